package io.pdkit.rest.typed;

import java.util.Map;

/** The filter of lists that take no query parameters. */
final class NoFilter extends QueryFilter<NoFilter> {

	static final NoFilter INSTANCE = new NoFilter(Map.of());

	private NoFilter(Map<String, Object> query) {
		super(query);
	}

	@Override
	protected NoFilter copy(Map<String, Object> query) {
		return new NoFilter(query);
	}

}
