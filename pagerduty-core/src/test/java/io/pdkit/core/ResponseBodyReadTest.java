package io.pdkit.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseBodyReadTest {

	private static final String BODY = "{\"user\":{\"id\":\"PABC\",\"name\":\"Ada\"}}";

	@ParameterizedTest
	@ValueSource(longs = { -1, 0, 10, 36, 37, 5000 })
	void getWhenContentLengthIsMissingWrongOrRightShouldReturnTheWholeBody(long contentLength) {
		ClientHttpRequestFactory factory = (URI uri, HttpMethod method) -> respond(method, uri, contentLength);
		try (TestApiClient client = TestApiClient.builder("secret-key-1234").requestFactory(factory).build()) {
			ApiResponse response = client.get("/users/PABC");

			assertThat(response.text()).isEqualTo(BODY);
			assertThat(response.json().path("user").path("name").asString()).isEqualTo("Ada");
		}
	}

	private static ClientHttpRequest respond(HttpMethod method, URI uri, long contentLength) {
		MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
		MockClientHttpResponse response = new MockClientHttpResponse(BODY.getBytes(StandardCharsets.UTF_8),
				HttpStatus.OK);
		response.getHeaders().set("Content-Type", "application/json");
		if (contentLength >= 0) {
			response.getHeaders().setContentLength(contentLength);
		}
		request.setResponse(response);
		return request;
	}

}
