package io.pdkit.core;

import java.io.IOException;
import java.net.URI;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

/**
 * Answers requests from a script: a status, or a network failure. Records what was sent.
 */
final class ScriptedRequestFactory implements ClientHttpRequestFactory {

	static final int NETWORK_ERROR = -1;

	private final Deque<Integer> script = new ArrayDeque<>();

	private final List<MockClientHttpRequest> requests = new ArrayList<>();

	private int repeatLast;

	ScriptedRequestFactory then(int... statuses) {
		for (int status : statuses) {
			this.script.add(status);
		}
		return this;
	}

	ScriptedRequestFactory times(int count, int status) {
		for (int i = 0; i < count; i++) {
			this.script.add(status);
		}
		return this;
	}

	ScriptedRequestFactory forever(int status) {
		this.repeatLast = status;
		return this;
	}

	List<MockClientHttpRequest> requests() {
		return this.requests;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
		Integer next = this.script.isEmpty() ? (Integer) this.repeatLast : this.script.poll();
		if (next == null || next == 0) {
			throw new IllegalStateException("script exhausted after " + this.requests.size() + " requests");
		}
		MockClientHttpRequest request = new MockClientHttpRequest(httpMethod, uri) {
			@Override
			protected ClientHttpResponse executeInternal() throws IOException {
				if (next == NETWORK_ERROR) {
					throw new ConnectException("Connection refused (scripted)");
				}
				return super.executeInternal();
			}
		};
		if (next != NETWORK_ERROR) {
			MockClientHttpResponse response = new MockClientHttpResponse(
					("{\"status\":" + next + "}").getBytes(StandardCharsets.UTF_8), HttpStatus.valueOf(next));
			response.getHeaders().add("x-request-id", "req-" + (this.requests.size() + 1));
			request.setResponse(response);
		}
		this.requests.add(request);
		return request;
	}

}
