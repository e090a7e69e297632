package io.pdkit.core;

/**
 * The HTTP client a pdkit client builds when the caller passes no HTTP stack of its own.
 *
 * <pre>{@code
 * RestApiV2Client client = RestApiV2Client.builder(apiKey)
 *     .httpClientType(HttpClientType.JDK)
 *     .build();
 * }</pre>
 */
public enum HttpClientType {

	/**
	 * Apache HttpClient 5 (classic, pooled connections), through Spring's
	 * {@code HttpComponentsClientHttpRequestFactory}: starts no thread per request and
	 * releases every connection on close. The default.
	 */
	APACHE,

	/**
	 * The JDK's {@code java.net.http.HttpClient}, through Spring's
	 * {@code JdkClientHttpRequestFactory}. Spring sends with {@code sendAsync}, which on
	 * small machines completes each call on a new thread, and on Java 17 the client
	 * cannot be closed (its threads and sockets end when it is garbage collected).
	 */
	JDK

}
