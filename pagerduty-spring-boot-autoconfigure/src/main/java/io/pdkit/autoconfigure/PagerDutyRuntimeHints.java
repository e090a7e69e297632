package io.pdkit.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * Runtime hints for AOT and native images: pdkit's data files (canonical paths, entity
 * wrappers, cursor paths under {@code io/pdkit/}), its version file
 * ({@code pdkit.properties}), the configuration metadata the unknown-key check reads, and
 * the field of Spring's JDK request factory that the core reads reflectively.
 */
final class PagerDutyRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources()
			.registerPattern("io/pdkit/**/*.txt")
			.registerPattern("io/pdkit/**/*.tsv")
			.registerPattern("io/pdkit/**/*.properties")
			.registerPattern("io/pdkit/**/*.json")
			.registerPattern("pdkit.properties")
			.registerPattern("META-INF/spring-configuration-metadata.json")
			.registerPattern("META-INF/additional-spring-configuration-metadata.json");
		hints.reflection()
			.registerType(TypeReference.of("org.springframework.http.client.JdkClientHttpRequestFactory"),
					builder -> builder.withField("httpClient"));
		hints.reflection()
			.registerType(TypeReference.of("io.pdkit.core.Region"), MemberCategory.INVOKE_PUBLIC_METHODS)
			.registerType(TypeReference.of("io.pdkit.core.AuthType"), MemberCategory.INVOKE_PUBLIC_METHODS);
	}

}
