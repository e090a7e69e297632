package io.pdkit.rest;

import io.pdkit.core.PagerDutyUrlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlRefusalTest extends MockServerSupport {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "javascript:alert(1)|javascript", "JavaScript:alert(document.cookie)|JavaScript",
					"file:///etc/passwd|file", "mailto:ops@example.com|mailto", "data:text/plain,hi|data",
					"ftp://127.0.0.1/users|ftp", " javascript:alert(1)|javascript" })
	void getWhenUrlHasAnotherSchemeThanHttpShouldRefuseNamingTheArgument(String url, String scheme) {
		assertThatThrownBy(() -> this.client.get(url)).isInstanceOf(PagerDutyUrlException.class)
			.hasMessage("url has the scheme '" + scheme + "'; only a path or an http:// or https:// URL under the API "
					+ "base URL " + baseUrl() + " is accepted");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void rgetWhenUrlIsJavascriptShouldRefuseBeforeTheWire() {
		assertThatThrownBy(() -> this.client.rget("javascript:alert(1)")).isInstanceOf(PagerDutyUrlException.class)
			.hasMessageStartingWith("url has the scheme 'javascript'");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void getWhenForeignUrlCarriesTheKeyInItsQueryShouldQuoteItMasked() {
		assertThatThrownBy(() -> this.client.get("https://evil.example/users?token=" + API_KEY + "&limit=1"))
			.isInstanceOf(PagerDutyUrlException.class)
			.hasMessage("URL https://evil.example/users?token=*opqr&limit=**** is not under the API base URL "
					+ baseUrl() + "; requests never leave the base URL.")
			.message()
			.doesNotContain(API_KEY);
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void getWhenForeignUrlCarriesUserInformationShouldDropIt() {
		assertThatThrownBy(() -> this.client.get("https://" + API_KEY + "@evil.example/users"))
			.isInstanceOf(PagerDutyUrlException.class)
			.hasMessage("URL https://evil.example/users is not under the API base URL " + baseUrl()
					+ "; requests never leave the base URL.");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void getWhenPathWithKeyInQueryHasAFragmentShouldQuoteItMasked() {
		assertThatThrownBy(() -> this.client.get("users?token=" + API_KEY + "#top"))
			.isInstanceOf(PagerDutyUrlException.class)
			.hasMessage("URL users?token=*opqr#… must not contain a fragment");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void getWhenPathContainsAColonAfterTheFirstSegmentShouldStillBeSent() {
		enqueueJson("{}");

		assertThat(this.client.get("users/P1:2").status()).isEqualTo(200);
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

}
