package io.pdkit.core.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QueryEncoderTest {

	private static final URI USERS = URI.create("https://api.pagerduty.com/users");

	@Test
	void mergeShouldEncodeScalarsCollectionsBooleansAndNulls() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("statuses[]", List.of("triggered", "acknowledged"));
		params.put("limit", 5);
		params.put("total", true);
		params.put("include", null);
		params.put("query", "a b&c=d");
		params.put("ratio", new BigDecimal("1E+3"));

		URI merged = QueryEncoder.merge(USERS, params);

		assertThat(merged.getRawQuery()).isEqualTo("statuses%5B%5D=triggered&statuses%5B%5D=acknowledged&limit=5"
				+ "&total=true&include=&query=a%20b%26c%3Dd&ratio=1000");
	}

	@Test
	void mergeWhenUrlHasQueryShouldKeepItAndLetParamsWin() {
		URI uri = URI.create("https://api.pagerduty.com/users?limit=1&offset=3&x%5B%5D=1");

		URI merged = QueryEncoder.merge(uri, Map.of("limit", 2, "x[]", List.of(9)));

		assertThat(merged.getRawQuery()).startsWith("offset=3&")
			.contains("limit=2")
			.contains("x%5B%5D=9")
			.doesNotContain("limit=1")
			.doesNotContain("x%5B%5D=1");
	}

	@Test
	void mergeWhenValueIsMapShouldRefuseNamingTheParameter() {
		assertThatIllegalArgumentException().isThrownBy(() -> QueryEncoder.merge(USERS, Map.of("filter", Map.of())))
			.withMessage("query: value of parameter 'filter' must be a scalar or a collection of scalars, was "
					+ Map.of().getClass().getSimpleName());
	}

	@Test
	void mergeWhenCollectionHoldsNullShouldSendEmptyValue() {
		URI merged = QueryEncoder.merge(USERS, Map.of("ids", Arrays.asList("a", null)));

		assertThat(merged.getRawQuery()).isEqualTo("ids=a&ids=");
	}

}
