package io.pdkit.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LargeCursorWalkCheckTest {

	@Test
	void walkWhenStubGeneratesPagesShouldYieldEveryRecordOnce() throws Exception {
		assertThat(LargeCursorWalkCheck.walk(1_050, () -> {
		})).isEqualTo(1_050);
	}

}
