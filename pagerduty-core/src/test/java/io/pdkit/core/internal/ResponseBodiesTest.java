package io.pdkit.core.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.client.MockClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseBodiesTest {

	private static final byte[] BODY = "{\"user\":{\"id\":\"P1\"}}".getBytes(StandardCharsets.UTF_8);

	@Test
	void readWhenContentLengthMatchesShouldReturnTheBody() throws IOException {
		assertThat(read(BODY, BODY.length)).isEqualTo(BODY);
	}

	@Test
	void readWhenBodyIsLongerThanContentLengthShouldReturnAllOfIt() throws IOException {
		assertThat(read(BODY, 5)).isEqualTo(BODY);
		assertThat(read(BODY, 0)).isEqualTo(BODY);
	}

	@Test
	void readWhenBodyIsShorterThanContentLengthShouldReturnWhatArrived() throws IOException {
		assertThat(read(BODY, BODY.length + 100)).isEqualTo(BODY);
		assertThat(read(new byte[0], 10)).isEmpty();
	}

	@Test
	void readWhenContentLengthIsMissingOrTooLargeToTrustShouldReadToTheEnd() throws IOException {
		assertThat(read(BODY, -1)).isEqualTo(BODY);
		assertThat(read(BODY, ResponseBodies.LARGEST_PRESIZED + 1L)).isEqualTo(BODY);
	}

	@Test
	void readWhenBodyIsLargerThanOneBufferShouldReturnAllOfIt() throws IOException {
		byte[] large = new byte[70_000];
		for (int i = 0; i < large.length; i++) {
			large[i] = (byte) ('a' + i % 26);
		}
		assertThat(read(large, large.length)).isEqualTo(large);
		assertThat(read(large, 8192)).isEqualTo(large);
		assertThat(read(large, -1)).isEqualTo(large);
	}

	@Test
	void readShouldCloseTheStream() throws IOException {
		boolean[] closed = new boolean[1];
		InputStream stream = new ByteArrayInputStream(BODY) {
			@Override
			public void close() {
				closed[0] = true;
			}
		};
		MockClientHttpResponse response = new MockClientHttpResponse(stream, HttpStatus.OK);
		response.getHeaders().setContentLength(BODY.length);

		ResponseBodies.read(response, response.getHeaders());

		assertThat(closed[0]).isTrue();
	}

	private static byte[] read(byte[] body, long contentLength) throws IOException {
		MockClientHttpResponse response = new MockClientHttpResponse(body, HttpStatus.OK);
		HttpHeaders headers = response.getHeaders();
		if (contentLength >= 0) {
			headers.setContentLength(contentLength);
		}
		return ResponseBodies.read(response, headers);
	}

}
