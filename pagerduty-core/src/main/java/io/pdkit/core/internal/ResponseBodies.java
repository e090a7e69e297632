package io.pdkit.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Reads a whole response body. When the response says how long it is, the bytes go
 * straight into an array of that size; {@link InputStream#readAllBytes()} would read
 * through 8 KB chunks and copy them into the result.
 */
public final class ResponseBodies {

	/** The largest {@code Content-Length} trusted to size the array up front. */
	static final int LARGEST_PRESIZED = 16 * 1024 * 1024;

	private ResponseBodies() {
	}

	/**
	 * Reads the body of a response to its end and closes the stream.
	 * @param response the response
	 * @param headers its headers
	 * @return the body bytes, whatever {@code Content-Length} claimed
	 * @throws IOException if reading fails
	 */
	public static byte[] read(ClientHttpResponse response, HttpHeaders headers) throws IOException {
		long length = headers.getContentLength();
		try (InputStream in = response.getBody()) {
			if (length < 0 || length > LARGEST_PRESIZED) {
				return in.readAllBytes();
			}
			return read(in, (int) length);
		}
	}

	static byte[] read(InputStream in, int length) throws IOException {
		byte[] body = new byte[length];
		int received = in.readNBytes(body, 0, length);
		if (received < length) {
			return Arrays.copyOf(body, received);
		}
		int next = in.read();
		if (next < 0) {
			return body;
		}
		byte[] rest = in.readAllBytes();
		byte[] whole = Arrays.copyOf(body, length + 1 + rest.length);
		whole[length] = (byte) next;
		System.arraycopy(rest, 0, whole, length + 1, rest.length);
		return whole;
	}

}
