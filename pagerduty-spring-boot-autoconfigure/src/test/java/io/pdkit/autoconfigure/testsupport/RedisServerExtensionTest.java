package io.pdkit.autoconfigure.testsupport;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RedisServerExtensionTest {

	@Test
	void beforeAllWhenNoRedisServerBinaryShouldSkipWithTheReason() {
		RedisServerExtension extension = new RedisServerExtension(Optional::empty);

		assertThatExceptionOfType(TestAbortedException.class).isThrownBy(() -> extension.beforeAll(null))
			.withMessageContaining("redis-server not found on the PATH")
			.withMessageContaining("apt-get install -y redis-server");
	}

}
