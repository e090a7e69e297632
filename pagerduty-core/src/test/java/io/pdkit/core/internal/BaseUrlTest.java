package io.pdkit.core.internal;

import java.net.URI;

import io.pdkit.core.PagerDutyUrlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BaseUrlTest {

	private final BaseUrl rest = BaseUrl.parse("https://api.pagerduty.com");

	private final BaseUrl slack = BaseUrl.parse("https://api.pagerduty.com/integration-slack/");

	@ParameterizedTest
	@CsvSource({ "users, https://api.pagerduty.com/users", "/users, https://api.pagerduty.com/users",
			"//users, https://api.pagerduty.com/users",
			"users/PABC/contact_methods, https://api.pagerduty.com/users/PABC/contact_methods",
			"'users?limit=1', https://api.pagerduty.com/users?limit=1",
			"https://api.pagerduty.com/users?x=1, https://api.pagerduty.com/users?x=1",
			"HTTPS://API.PAGERDUTY.COM/users, HTTPS://API.PAGERDUTY.COM/users",
			"https://api.pagerduty.com:443/users, https://api.pagerduty.com:443/users",
			"users/a b, https://api.pagerduty.com/users/a%20b",
			"'users?query=a b[]', https://api.pagerduty.com/users?query=a%20b%5B%5D" })
	void resolveWhenUrlIsUnderBaseShouldReturnAbsoluteUri(String url, String expected) {
		assertThat(this.rest.resolve(url)).isEqualTo(URI.create(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://api.pagerduty.com.evil.example/users", "https://evil.example/users",
			"http://api.pagerduty.com/users", "https://api.pagerduty.com:8443/users",
			"https://user:pw@api.pagerduty.com/users", "https://api.pagerduty.comusers" })
	void resolveWhenAbsoluteUrlIsNotUnderBaseShouldRefuse(String url) {
		assertThatExceptionOfType(PagerDutyUrlException.class).isThrownBy(() -> this.rest.resolve(url))
			.withMessageContaining("is not under the API base URL https://api.pagerduty.com");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://api.pagerduty.com/integration-slackers/x", "https://api.pagerduty.com/users",
			"https://api.pagerduty.com/integration-slack/../users" })
	void resolveWhenPathIsNotUnderBasePathSegmentShouldRefuse(String url) {
		assertThatExceptionOfType(PagerDutyUrlException.class).isThrownBy(() -> this.slack.resolve(url));
	}

	@Test
	void resolveWhenUrlIsUnderBasePathShouldAccept() {
		assertThat(this.slack.resolve("https://api.pagerduty.com/integration-slack/incidents/P1/dedicated_channel"))
			.hasPath("/integration-slack/incidents/P1/dedicated_channel");
		assertThat(this.slack.resolve("/incidents/P1/dedicated_channel"))
			.isEqualTo(URI.create("https://api.pagerduty.com/integration-slack/incidents/P1/dedicated_channel"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "../users", "users/../../x", "users/%2e%2e/x", "users#frag", "  " })
	void resolveWhenPathEscapesOrIsMalformedShouldRefuse(String url) {
		assertThatExceptionOfType(PagerDutyUrlException.class).isThrownBy(() -> this.rest.resolve(url));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "users/.", "users/..", "users/%2E/x", "users/.%2e/x", "users/%2E./x", "./users", "users/./x" })
	void resolveWhenAnySegmentIsADotSegmentShouldRefuse(String url) {
		assertThatExceptionOfType(PagerDutyUrlException.class).isThrownBy(() -> this.rest.resolve(url))
			.withMessageEndingWith("must not contain '.' or '..' path segments");
	}

	@ParameterizedTest
	@CsvSource({ "users/..., https://api.pagerduty.com/users/...", "users/.x, https://api.pagerduty.com/users/.x",
			"users/%2e%2e%2e, https://api.pagerduty.com/users/%2e%2e%2e",
			"users/x., https://api.pagerduty.com/users/x.", "users/é, https://api.pagerduty.com/users/%C3%A9",
			"users/a%2Fb, https://api.pagerduty.com/users/a%2Fb" })
	void resolveWhenSegmentOnlyLooksLikeADotSegmentShouldKeepIt(String url, String expected) {
		assertThat(this.rest.resolve(url)).isEqualTo(URI.create(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\tjavascript:alert(1)", "\njavascript:alert(1)", "x-custom+1.2:thing", "users:1" })
	void resolveWhenUrlStartsWithASchemeAfterWhiteSpaceShouldRefuse(String url) {
		assertThatExceptionOfType(PagerDutyUrlException.class).isThrownBy(() -> this.rest.resolve(url))
			.withMessageStartingWith("url has the scheme '" + url.strip().substring(0, url.strip().indexOf(':')) + "'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080", "http://127.0.0.1:1234", "http://127.10.0.3", "http://[::1]:80",
			"https://api.eu.pagerduty.com" })
	void parseWhenHttpsOrLoopbackShouldAccept(String url) {
		assertThat(BaseUrl.parse(url).value()).isEqualTo(url);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://api.pagerduty.com", "http://10.0.0.1", "http://localhost.evil.example",
			"http://128.0.0.1", "api.pagerduty.com", "ftp://api.pagerduty.com" })
	void parseWhenNotHttpsAndNotLoopbackShouldRefuseNamingBaseUrl(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> BaseUrl.parse(url)).withMessageStartingWith("baseUrl");
	}

	@Test
	void parseWhenQueryOrUserInfoShouldRefuse() {
		assertThatIllegalArgumentException().isThrownBy(() -> BaseUrl.parse("https://api.pagerduty.com?x=1"))
			.withMessage("baseUrl must not contain user information, a query or a fragment");
		assertThatIllegalArgumentException().isThrownBy(() -> BaseUrl.parse("https://u:p@api.pagerduty.com"));
	}

	@Test
	void relativePathShouldStripBasePath() {
		URI uri = this.slack.resolve("incidents/P1/notification_channels?x=1");

		assertThat(this.slack.relativePath(uri)).isEqualTo("/incidents/P1/notification_channels");
		assertThat(this.rest.relativePath(this.rest.resolve("users"))).isEqualTo("/users");
	}

}
