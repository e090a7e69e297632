package io.pdkit.integrations;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.pdkit.core.internal.ResponseListener;
import io.pdkit.core.ApiClient;
import io.pdkit.core.ApiDefinition;
import io.pdkit.core.ApiResponse;
import io.pdkit.core.AuthMethod;
import io.pdkit.core.AuthType;
import io.pdkit.core.CredentialSource;
import io.pdkit.core.RawVerbs;
import io.pdkit.core.RequestOptions;
import io.pdkit.core.RetrySettings;
import io.pdkit.integrations.internal.IntegrationData;
import io.pdkit.integrations.internal.McpAnswers;
import io.pdkit.rest.internal.CanonicalPaths;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * PagerDuty's remote MCP (Model Context Protocol) server: JSON-RPC 2.0 calls posted to
 * {@code /mcp}.
 *
 * <pre>{@code
 * try (McpApiClient mcp = McpApiClient.builder(apiKey).build()) {
 *     JsonNode tools = mcp.call("tools/list").get("result").get("tools");
 *     JsonNode answer = mcp.call("tools/call", Map.of("name", "list_incidents", "arguments", Map.of()), 7);
 * }
 * }</pre>
 */
public final class McpApiClient extends ApiClient implements RawVerbs {

	/** The MCP server: base URLs per region, POST only, JSON or event-stream answers. */
	public static final ApiDefinition API = new ApiDefinition("mcp", "https://mcp.pagerduty.com",
			"https://mcp.eu.pagerduty.com", Set.of("POST"), Map.of("Accept", "application/json, text/event-stream"),
			RetrySettings.defaults());

	/** The path JSON-RPC calls are posted to. */
	public static final String PATH = "/mcp";

	private static final CanonicalPaths PATHS = IntegrationData.paths("mcp");

	private final AuthType authType;

	/**
	 * Creates a client for the US service region with the default settings.
	 * @param apiKey a REST API key (or an OAuth token with
	 * {@code authType(AuthType.BEARER)})
	 */
	public McpApiClient(String apiKey) {
		this(builder(apiKey));
	}

	private McpApiClient(Builder builder) {
		super(builder, PATHS.unwrappedEndpoints(), ResponseListener.NONE);
		this.authType = builder.authType;
	}

	/**
	 * Starts a builder.
	 * @param apiKey a REST API key (or an OAuth token with
	 * {@code authType(AuthType.BEARER)})
	 * @return the builder
	 * @throws IllegalArgumentException naming {@code apiKey} if it is null or blank
	 */
	public static Builder builder(String apiKey) {
		return new Builder(CredentialSource.of(IntegrationArguments.requireText(apiKey, "apiKey")));
	}

	@Override
	public ApiResponse request(String method, String url, RequestOptions options) {
		return super.request(method, url, options);
	}

	@Override
	public Builder mutate() {
		return new Builder(this);
	}

	/**
	 * Returns how the credential is put into the {@code Authorization} header.
	 * @return the auth type
	 */
	public AuthType authType() {
		return this.authType;
	}

	/**
	 * Calls a JSON-RPC method without parameters and with a random UUID as id.
	 * @param method the method, for example {@code tools/list}
	 * @return the whole JSON-RPC response, which has a {@code result}
	 */
	public JsonNode call(String method) {
		return call(method, null, null);
	}

	/**
	 * Calls a JSON-RPC method with a random UUID as id.
	 * @param method the method
	 * @param params the parameters; omitted from the request when {@code null} or empty
	 * @return the whole JSON-RPC response
	 */
	public JsonNode call(String method, @Nullable Map<String, ?> params) {
		return call(method, params, null);
	}

	/**
	 * Calls a JSON-RPC method: posts {@code {"jsonrpc": "2.0", "id": ..., "method": ...,
	 * "params": ...}} to {@code /mcp}.
	 * @param method the method
	 * @param params the parameters; omitted from the request when {@code null} or empty
	 * @param reqId the request id (a string or a number); a random UUID when {@code null}
	 * or blank
	 * @return the whole JSON-RPC response, which has a {@code result}
	 * @throws IllegalArgumentException naming {@code method} if it is null or blank
	 * @throws io.pdkit.core.PagerDutyHttpException if the status is not 2xx
	 * @throws io.pdkit.core.PagerDutyServerException if the answer is an event stream,
	 * not JSON, or has no {@code result} (for example a JSON-RPC {@code error})
	 */
	public JsonNode call(String method, @Nullable Map<String, ?> params, @Nullable Object reqId) {
		IntegrationArguments.requireText(method, "method");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("jsonrpc", "2.0");
		body.put("id", isBlank(reqId) ? UUID.randomUUID().toString() : Objects.requireNonNull(reqId));
		body.put("method", method);
		if (params != null && !params.isEmpty()) {
			body.put("params", params);
		}
		return McpAnswers.result(post(PATH, RequestOptions.builder().body(body).build()).requireSuccess());
	}

	private static boolean isBlank(@Nullable Object reqId) {
		return reqId == null || (reqId instanceof CharSequence text && text.toString().isBlank());
	}

	/**
	 * Builds a {@link McpApiClient}; adds the auth type to the common options.
	 */
	public static final class Builder extends ApiClient.Builder<McpApiClient, Builder> {

		private AuthType authType = AuthType.TOKEN;

		Builder(CredentialSource credentials) {
			super(API, credentials);
			authMethod(AuthMethod.header(AuthType.TOKEN));
		}

		Builder(McpApiClient source) {
			super(source);
			this.authType = source.authType;
		}

		/**
		 * Sets how the credential is put into the {@code Authorization} header (default
		 * {@link AuthType#TOKEN}; {@link AuthType#HEADER_PASSTHRU} sends the secret
		 * verbatim, for MCP gateways).
		 * @param authType the auth type
		 * @return this builder
		 */
		public Builder authType(AuthType authType) {
			this.authType = Objects.requireNonNull(authType, "authType must not be null");
			return authMethod(AuthMethod.header(authType));
		}

		@Override
		public McpApiClient build() {
			return new McpApiClient(this);
		}

	}

}
