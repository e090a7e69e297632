package io.pdkit.core.internal;

import java.lang.reflect.Field;

import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Reads which request factory a caller's {@link RestClient.Builder} was given. A builder
 * without one would let Spring pick a library default when it is built (Apache
 * HttpClient's system client follows redirects and repeats 429 and 503 answers after a
 * real wait of its own), so pdkit sends through its own stack instead and keeps the rest
 * of the caller's builder. Only Spring's own builder can be read; any other is used as it
 * is.
 */
final class CallerBuilders {

	private CallerBuilders() {
	}

	/**
	 * Tells whether the builder is known to have no request factory.
	 * @param builder the caller's builder
	 * @return {@code true} only if the builder can be read and has none
	 */
	static boolean hasNoRequestFactory(RestClient.Builder builder) {
		Field field = requestFactoryField(builder);
		return field != null && read(field, builder) == null;
	}

	/**
	 * Returns the request factory the builder was given.
	 * @param builder the caller's builder
	 * @return the factory, or {@code null} if it has none or cannot be read
	 */
	static @Nullable ClientHttpRequestFactory requestFactory(RestClient.Builder builder) {
		Field field = requestFactoryField(builder);
		return (field != null) ? read(field, builder) : null;
	}

	private static @Nullable Field requestFactoryField(RestClient.Builder builder) {
		try {
			Field field = builder.getClass().getDeclaredField("requestFactory");
			if (!ClientHttpRequestFactory.class.isAssignableFrom(field.getType())) {
				return null;
			}
			field.setAccessible(true);
			return field;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	private static @Nullable ClientHttpRequestFactory read(Field field, RestClient.Builder builder) {
		try {
			return (ClientHttpRequestFactory) field.get(builder);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}
