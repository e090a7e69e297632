package io.pdkit.autoconfigure.webhooks;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedBodyTest {

	@Test
	void readWhenAtLimitShouldReturnAllBytes() throws Exception {
		byte[] body = new byte[20_000];
		body[19_999] = 7;

		assertThat(BoundedBody.read(new ByteArrayInputStream(body), 20_000)).isEqualTo(body);
	}

	@Test
	void readWhenOneByteOverLimitShouldReturnNull() throws Exception {
		assertThat(BoundedBody.read(new ByteArrayInputStream(new byte[20_001]), 20_000)).isNull();
	}

	@Test
	void readWhenEmptyShouldReturnNoBytes() throws Exception {
		assertThat(BoundedBody.read(new ByteArrayInputStream(new byte[0]), 10)).isEmpty();
	}

}
