package io.pdkit.oauth;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

import io.pdkit.core.CredentialSource;
import io.pdkit.core.Secrets;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CredentialSource} that keeps an OAuth access token fresh: before the token
 * expires (within the client's early-refresh buffer, but never more than half the token's
 * lifetime early) it obtains a new one — with the refresh token, or for scoped app tokens
 * with the client-credentials grant — exactly once even when many threads need it at the
 * same moment, and hands it to a {@link TokenStore}. After a 401 the client asks it for
 * one forced refresh.
 *
 * <pre>{@code
 * OAuthTokenSource source = oauth.tokenSource(storedToken, tokenRepository::save);
 * RestApiV2Client client = RestApiV2Client.builder(source).authType(AuthType.BEARER).build();
 * }</pre>
 */
public final class OAuthTokenSource implements CredentialSource {

	private final OAuthTokenClient oauth;

	private final @Nullable String appScope;

	private final TokenStore store;

	private final ReentrantLock lock = new ReentrantLock();

	private volatile @Nullable OAuthToken token;

	OAuthTokenSource(OAuthTokenClient oauth, @Nullable OAuthToken token, @Nullable String appScope, TokenStore store) {
		this.oauth = oauth;
		this.token = token;
		this.appScope = appScope;
		this.store = Objects.requireNonNull(store, "store must not be null");
	}

	@Override
	public String secret() {
		OAuthToken current = this.token;
		if (current != null && !needsRefresh(current)) {
			return current.accessToken();
		}
		this.lock.lock();
		try {
			current = this.token;
			if (current == null || needsRefresh(current)) {
				current = refresh(current);
			}
			return current.accessToken();
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public boolean refreshAfterRejection(String rejectedSecret) {
		this.lock.lock();
		try {
			OAuthToken current = this.token;
			if (current != null && !current.accessToken().equals(rejectedSecret)) {
				return true;
			}
			return !refresh(current).accessToken().equals(rejectedSecret);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Returns the current token, if one was obtained.
	 * @return the token
	 */
	public java.util.Optional<OAuthToken> currentToken() {
		return java.util.Optional.ofNullable(this.token);
	}

	@Override
	public String masked() {
		OAuthToken current = this.token;
		return (current != null) ? Secrets.mask(current.accessToken()) : "(no token yet)";
	}

	@Override
	public String toString() {
		return "OAuthTokenSource[token=" + masked() + "]";
	}

	private boolean needsRefresh(OAuthToken current) {
		Duration halfLife = Duration.ofSeconds(Math.max(current.expiresIn(), 0) / 2);
		Duration buffer = (this.oauth.earlyRefreshBuffer().compareTo(halfLife) < 0) ? this.oauth.earlyRefreshBuffer()
				: halfLife;
		return current.expiresWithin(this.oauth.tokenClock().instant(), buffer);
	}

	private OAuthToken refresh(@Nullable OAuthToken current) {
		OAuthToken fresh;
		if (current != null && current.refreshToken() != null) {
			fresh = this.oauth.getRefreshedToken(current.refreshToken());
		}
		else if (this.appScope != null) {
			fresh = this.oauth.getScopedAppToken(this.appScope);
		}
		else {
			throw new IllegalStateException("The OAuth token expired and has no refresh token; obtain a new one");
		}
		this.token = fresh;
		this.store.save(fresh);
		return fresh;
	}

}
