package io.pdkit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Answers every request in memory with one canned 200 JSON body, to measure what a client
 * costs apart from the network.
 */
final class InMemoryRequestFactory implements ClientHttpRequestFactory {

	private final byte[] body;

	InMemoryRequestFactory(byte[] body) {
		this.body = body;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
		return new Request(uri, method, this.body);
	}

	private static final class Request implements ClientHttpRequest {

		private final URI uri;

		private final HttpMethod method;

		private final byte[] answer;

		private final HttpHeaders headers = new HttpHeaders();

		private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

		private final Map<String, Object> attributes = new HashMap<>();

		Request(URI uri, HttpMethod method, byte[] answer) {
			this.uri = uri;
			this.method = method;
			this.answer = answer;
		}

		@Override
		public ClientHttpResponse execute() {
			return new Response(this.answer);
		}

		@Override
		public OutputStream getBody() {
			return this.sent;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.attributes;
		}

	}

	private record Response(byte[] answer) implements ClientHttpResponse {

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatus.OK;
		}

		@Override
		public String getStatusText() {
			return "OK";
		}

		@Override
		public HttpHeaders getHeaders() {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.APPLICATION_JSON);
			return headers;
		}

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(this.answer);
		}

		@Override
		public void close() {
		}

	}

}
