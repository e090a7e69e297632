package io.pdkit.test.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * PagerDuty's identity service: {@code GET /oauth/authorize} (answers 302 to the redirect
 * URI with a code, as if the account owner had consented) and {@code POST /oauth/token}
 * with the {@code client_credentials}, {@code authorization_code} (PKCE S256 checked when
 * a challenge was given) and {@code refresh_token} grants. Errors use OAuth's
 * {@code {"error":…,"error_description":…}} body.
 */
final class OAuthRoutes {

	/**
	 * The account subdomain a scoped app token must name, e.g.
	 * {@code as_account-us.pdkit-sim}.
	 */
	static final String SUBDOMAIN = "pdkit-sim";

	private static final Pattern ACCOUNT_SCOPE = Pattern.compile("as_account-(us|eu)\\.(\\S+)");

	private final OAuthTokens tokens;

	private OAuthRoutes(OAuthTokens tokens) {
		this.tokens = tokens;
	}

	static void register(Router router, OAuthTokens tokens) {
		OAuthRoutes routes = new OAuthRoutes(tokens);
		router.identity("GET", "/oauth/authorize", routes::authorize).identity("POST", "/oauth/token", routes::token);
	}

	private SimResponse authorize(SimRequest request, SimContext context) {
		String clientId = request.queryParam("client_id");
		String redirectUri = request.queryParam("redirect_uri");
		String scope = request.queryParam("scope");
		if (clientId == null || !tokens.knows(clientId)) {
			return error(400, "invalid_client", "Unknown client_id");
		}
		if (redirectUri == null || redirectUri.isBlank()) {
			return error(400, "invalid_request", "redirect_uri is required");
		}
		if (!"code".equals(request.queryParam("response_type"))) {
			return error(400, "unsupported_response_type", "response_type must be code");
		}
		String challenge = request.queryParam("code_challenge");
		String method = request.queryParam("code_challenge_method");
		if (challenge != null && !"S256".equals(method)) {
			return error(400, "invalid_request", "code_challenge_method must be S256");
		}
		String code = tokens.newCode(clientId, scope == null || scope.isBlank() ? "openid" : scope, redirectUri,
				challenge);
		String state = request.queryParam("state");
		String location = redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + encode(code)
				+ (state == null ? "" : "&state=" + encode(state));
		return new SimResponse(302, null, Map.of("Location", location));
	}

	private SimResponse token(SimRequest request, SimContext context) {
		Map<String, String> form = FormBody.parse(request.body());
		String[] basic = basicCredentials(request.header("Authorization"));
		String clientId = basic != null ? basic[0] : form.get("client_id");
		String secret = basic != null ? basic[1] : form.get("client_secret");
		if (clientId == null || !tokens.authenticates(clientId, secret)) {
			return error(401, "invalid_client", "Client authentication failed");
		}
		String grantType = form.getOrDefault("grant_type", "");
		return switch (grantType) {
			case "client_credentials" -> clientCredentials(clientId, form);
			case "authorization_code" -> authorizationCode(clientId, form);
			case "refresh_token" -> refresh(clientId, form);
			default -> error(400, "unsupported_grant_type",
					"grant_type must be client_credentials," + " authorization_code or refresh_token");
		};
	}

	private SimResponse clientCredentials(String clientId, Map<String, String> form) {
		String scope = form.getOrDefault("scope", "").trim();
		var account = ACCOUNT_SCOPE.matcher(scope);
		if (!account.find() || !account.group(1).equals("us") || !account.group(2).equals(SUBDOMAIN)) {
			return error(400, "invalid_scope", "The scope must name the account as as_account-us." + SUBDOMAIN);
		}
		return issued(tokens.issue(clientId, scope, false));
	}

	private SimResponse authorizationCode(String clientId, Map<String, String> form) {
		OAuthTokens.Grant grant = tokens.redeemCode(form.getOrDefault("code", ""));
		if (grant == null || !grant.clientId().equals(clientId)) {
			return error(400, "invalid_grant", "The authorization code is invalid, used or expired");
		}
		if (!Objects.equals(grant.redirectUri(), form.get("redirect_uri"))) {
			return error(400, "invalid_grant", "redirect_uri does not match the authorization request");
		}
		if (grant.codeChallenge() != null) {
			String verifier = form.get("code_verifier");
			if (verifier == null || !OAuthTokens.s256(verifier).equals(grant.codeChallenge())) {
				return error(400, "invalid_grant", "The code_verifier does not match the code_challenge");
			}
		}
		return issued(tokens.issue(clientId, grant.scope(), true));
	}

	private SimResponse refresh(String clientId, Map<String, String> form) {
		OAuthTokens.Grant grant = tokens.redeemRefreshToken(form.getOrDefault("refresh_token", ""));
		if (grant == null || !grant.clientId().equals(clientId)) {
			return error(400, "invalid_grant", "The refresh token is invalid, used or expired");
		}
		return issued(tokens.issue(clientId, grant.scope(), true));
	}

	private static SimResponse issued(OAuthTokens.Issued issued) {
		ObjectNode body = Json.object();
		body.put("access_token", issued.accessToken());
		body.put("token_type", "bearer");
		body.put("expires_in", issued.expiresIn());
		body.put("scope", issued.scope());
		if (issued.refreshToken() != null) {
			body.put("refresh_token", issued.refreshToken());
		}
		return new SimResponse(200, body, Map.of("Cache-Control", "no-store"));
	}

	private static SimResponse error(int status, String error, String description) {
		ObjectNode body = Json.object();
		body.put("error", error);
		body.put("error_description", description);
		return SimResponse.json(status, body);
	}

	private static String @Nullable [] basicCredentials(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
