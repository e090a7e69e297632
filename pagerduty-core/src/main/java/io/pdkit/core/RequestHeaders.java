package io.pdkit.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;

/**
 * Request headers flattened once into parallel arrays, so that each attempt sets them on
 * its HTTP request by walking two arrays instead of copying a read-only
 * {@link HttpHeaders} view entry by entry.
 */
final class RequestHeaders {

	private final String[] names;

	private final String[][] values;

	private RequestHeaders(String[] names, String[][] values) {
		this.names = names;
		this.values = values;
	}

	static RequestHeaders of(HttpHeaders headers) {
		List<String> names = new ArrayList<>();
		List<String[]> values = new ArrayList<>();
		headers.forEach((name, list) -> {
			if (!list.isEmpty()) {
				names.add(name);
				values.add(list.toArray(String[]::new));
			}
		});
		return new RequestHeaders(names.toArray(String[]::new), values.toArray(String[][]::new));
	}

	static RequestHeaders of(Map<String, String> headers) {
		String[] names = new String[headers.size()];
		String[][] values = new String[headers.size()][];
		int index = 0;
		for (Map.Entry<String, String> header : headers.entrySet()) {
			names[index] = header.getKey();
			values[index] = new String[] { header.getValue() };
			index++;
		}
		return new RequestHeaders(names, values);
	}

	/**
	 * Sets every header on a request's headers, replacing any values it had (a default
	 * header of a caller's {@code RestClient.Builder}, for example).
	 */
	void setOn(HttpHeaders target) {
		for (int i = 0; i < this.names.length; i++) {
			String[] list = this.values[i];
			target.set(this.names[i], list[0]);
			for (int j = 1; j < list.length; j++) {
				target.add(this.names[i], list[j]);
			}
		}
	}

}
