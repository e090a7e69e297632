package io.pdkit.test.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The simulator's identity service: the configured OAuth clients, the authorization codes
 * handed out by {@code /oauth/authorize}, and the access and refresh tokens issued by
 * {@code /oauth/token}, each valid until an expiry read from the simulator's clock.
 * Thread-safe.
 */
public final class OAuthTokens {

	/** How long an authorization code may be exchanged. */
	static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

	/** How long a refresh token is valid, as for PagerDuty's scoped OAuth. */
	static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

	/** What a code or token was granted for. */
	record Grant(String clientId, String scope, Instant expiresAt, @Nullable String redirectUri,
			@Nullable String codeChallenge) {
	}

	/** An issued access token, with its refresh token when the grant has one. */
	record Issued(String accessToken, @Nullable String refreshToken, long expiresIn, String scope) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, String> clients;

	private final Clock clock;

	private final Duration accessLifetime;

	private final Map<String, Grant> codes = new HashMap<>();

	private final Map<String, Grant> accessTokens = new HashMap<>();

	private final Map<String, Grant> refreshTokens = new HashMap<>();

	/**
	 * An identity service knowing these clients.
	 * @param clients client id to client secret
	 * @param accessLifetime how long an access token is valid
	 */
	public OAuthTokens(Map<String, String> clients, Clock clock, Duration accessLifetime) {
		this.clients = Map.copyOf(clients);
		this.clock = clock;
		this.accessLifetime = accessLifetime;
	}

	/** Whether the client id is configured and the secret is its secret. */
	boolean authenticates(@Nullable String clientId, @Nullable String secret) {
		String expected = clientId == null ? null : clients.get(clientId);
		return expected != null && secret != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
				expected.getBytes(StandardCharsets.UTF_8));
	}

	/** Whether the client id is configured. */
	boolean knows(@Nullable String clientId) {
		return clientId != null && clients.containsKey(clientId);
	}

	/**
	 * Hands out a single-use authorization code, as if the account owner had consented.
	 */
	synchronized String newCode(String clientId, String scope, String redirectUri, @Nullable String challenge) {
		String code = random(24);
		codes.put(code, new Grant(clientId, scope, clock.instant().plus(CODE_LIFETIME), redirectUri, challenge));
		return code;
	}

	/** Consumes an authorization code; null when unknown, used or expired. */
	synchronized @Nullable Grant redeemCode(String code) {
		Grant grant = codes.remove(code);
		return grant == null || !clock.instant().isBefore(grant.expiresAt()) ? null : grant;
	}

	/** Consumes a refresh token (tokens rotate); null when unknown, used or expired. */
	synchronized @Nullable Grant redeemRefreshToken(String refreshToken) {
		Grant grant = refreshTokens.remove(refreshToken);
		return grant == null || !clock.instant().isBefore(grant.expiresAt()) ? null : grant;
	}

	/** Issues an access token, and a refresh token when {@code refreshable}. */
	synchronized Issued issue(String clientId, String scope, boolean refreshable) {
		Instant now = clock.instant();
		String access = "pdus+_" + random(30);
		accessTokens.put(access, new Grant(clientId, scope, now.plus(accessLifetime), null, null));
		String refresh = null;
		if (refreshable) {
			refresh = "pdrt+_" + random(30);
			refreshTokens.put(refresh, new Grant(clientId, scope, now.plus(REFRESH_LIFETIME), null, null));
		}
		return new Issued(access, refresh, accessLifetime.toSeconds(), scope);
	}

	/**
	 * Whether an access token was issued here and has not expired by the simulator's
	 * clock.
	 */
	public synchronized boolean isValidAccessToken(String token) {
		Grant grant = accessTokens.get(token);
		return grant != null && clock.instant().isBefore(grant.expiresAt());
	}

	/** Forgets every code and token; the configured clients stay. */
	public synchronized void clear() {
		codes.clear();
		accessTokens.clear();
		refreshTokens.clear();
	}

	/** The RFC 7636 S256 challenge of a verifier. */
	static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}

	private static String random(int bytes) {
		byte[] buffer = new byte[bytes];
		RANDOM.nextBytes(buffer);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
	}

}
