package io.pdkit.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class ApiResponseCharsetTest {

	private static final String TEXT = "{\"name\":\"Zoë Müller\"}";

	@ParameterizedTest
	@ValueSource(strings = { "application/json", "application/json; charset=utf-8", "application/json;version=2",
			"text/plain; charset=nonsense", "not a media type; x" })
	void textWhenContentTypeNamesNoOtherUsableCharsetShouldDecodeUtf8(String contentType) {
		ApiResponse response = response(contentType, TEXT.getBytes(StandardCharsets.UTF_8));

		assertThat(response.text()).isEqualTo(TEXT);
		assertThat(response.json().path("name").asString()).isEqualTo("Zoë Müller");
	}

	@Test
	void textWhenContentTypeNamesLatin1ShouldDecodeLatin1() {
		ApiResponse response = response("application/json; charset=ISO-8859-1",
				TEXT.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(response.text()).isEqualTo(TEXT);
		assertThat(response.json().path("name").asString()).isEqualTo("Zoë Müller");
	}

	@Test
	void textWhenNoContentTypeShouldDecodeUtf8() {
		ApiResponse response = response(null, TEXT.getBytes(StandardCharsets.UTF_8));

		assertThat(response.text()).isEqualTo(TEXT);
	}

	private static ApiResponse response(String contentType, byte[] body) {
		HttpHeaders headers = new HttpHeaders();
		if (contentType != null) {
			headers.set(HttpHeaders.CONTENT_TYPE, contentType);
		}
		return new ApiResponse("GET", URI.create("https://api.pagerduty.com/users/P1"), 200, headers, body,
				Duration.ZERO, JsonMapper.builder().build());
	}

}
