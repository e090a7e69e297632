package io.pdkit.autoconfigure.webhooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * Reads a request body up to a limit, so that an oversized or lying
 * {@code Content-Length} never makes the endpoint buffer more than the limit plus one
 * read.
 */
final class BoundedBody {

	private static final int CHUNK = 8192;

	private BoundedBody() {
	}

	/**
	 * Reads the whole stream.
	 * @return the bytes, or {@code null} if the stream holds more than {@code limit}
	 * bytes
	 */
	static byte @Nullable [] read(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, CHUNK));
		byte[] buffer = new byte[CHUNK];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > limit) {
				return null;
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

}
