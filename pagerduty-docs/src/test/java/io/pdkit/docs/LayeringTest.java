package io.pdkit.docs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The layering of the published modules. Known violations that cannot be fixed on this
 * branch are listed in {@code pagerduty-docs/layering-exceptions.txt} as
 * {@code SourceClass -> TargetClass}; every other violation fails, and so does an entry
 * that no longer matches a violation.
 */
class LayeringTest {

	static final String EXCEPTIONS = "pagerduty-docs/layering-exceptions.txt";

	private static final Pattern MODULE = Pattern.compile("/(pagerduty-[a-z-]+?)(?:-\\d[^/]*\\.jar!|/target/classes)/");

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.pdkit");

	private final List<String> exceptions = Repository.allowList(EXCEPTIONS);

	@Test
	void moduleWhenCompiledShouldNotUseAnotherModulesInternalPackages() {
		ArchRule rule = noClasses().should(useInternalsOfAnotherModule());
		assertNoViolations(rule);
	}

	@Test
	void corePackageWhenCompiledShouldNotDependOnClientPackages() {
		assertNoViolations(noClasses().that()
			.resideInAPackage("io.pdkit.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.pdkit.rest..", "io.pdkit.events..", "io.pdkit.oauth..", "io.pdkit.integrations..",
					"io.pdkit.webhooks.."));
	}

	@Test
	void eventsAndWebhooksWhenCompiledShouldNotDependOnRest() {
		assertNoViolations(noClasses().that()
			.resideInAnyPackage("io.pdkit.events..", "io.pdkit.webhooks..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.pdkit.rest.."));
	}

	/**
	 * Feature packages ({@code io.pdkit.rest} with its sub-packages,
	 * {@code io.pdkit.events} with its, …) form no cycle. A feature and its own
	 * {@code internal} package depend on each other by design (the API hands work to the
	 * internals, which use the API's types), so they are one slice.
	 */
	@Test
	void featurePackagesWhenCompiledShouldHaveNoCycles() {
		assertNoViolations(slices().matching("io.pdkit.(*)..").should().beFreeOfCycles());
	}

	@Test
	void exceptionWhenListedShouldStillMatchAViolation() {
		List<String> stale = new ArrayList<>(this.exceptions);
		EvaluationResult result = noClasses().should(useInternalsOfAnotherModule()).evaluate(CLASSES);
		stale.removeIf(
				entry -> result.getFailureReport().getDetails().stream().anyMatch(detail -> matches(entry, detail)));
		assertThat(stale).as("entries of %s that are fixed: remove them", EXCEPTIONS).isEmpty();
	}

	@Test
	void importedClassesWhenCountedShouldCoverEveryPublishedModule() {
		assertThat(CLASSES.stream().map(LayeringTest::module).flatMap(Optional::stream).distinct())
			.contains("pagerduty-core", "pagerduty-spring-boot-autoconfigure", "pagerduty-test", "pagerduty-cli");
	}

	private void assertNoViolations(ArchRule rule) {
		EvaluationResult result = rule.evaluate(CLASSES)
			.filterDescriptionsMatching(detail -> this.exceptions.stream().noneMatch(entry -> matches(entry, detail)));
		assertThat(result.hasViolation()).as("%s", result.getFailureReport()).isFalse();
	}

	private static boolean matches(String entry, String detail) {
		String[] pair = entry.split("\\s*->\\s*");
		return pair.length == 2 && Pattern.compile("<" + Pattern.quote(pair[0]) + "[.$>]").matcher(detail).find()
				&& Pattern.compile("<" + Pattern.quote(pair[1]) + "[.$>]").matcher(detail).find();
	}

	private static ArchCondition<JavaClass> useInternalsOfAnotherModule() {
		return new ArchCondition<>("use an internal package of another module") {
			@Override
			public void check(JavaClass source, ConditionEvents events) {
				Optional<String> sourceModule = module(source);
				for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					boolean internal = (target.getPackageName() + ".").contains(".internal.");
					Optional<String> targetModule = module(target);
					if (internal && targetModule.isPresent() && !targetModule.equals(sourceModule)) {
						events.add(SimpleConditionEvent.satisfied(dependency, sourceModule.orElse("?") + " uses "
								+ targetModule.get() + "'s internal " + dependency.getDescription()));
					}
				}
			}
		};
	}

	static Optional<String> module(JavaClass javaClass) {
		return javaClass.getSource()
			.map(source -> MODULE.matcher(source.getUri().toString()))
			.filter(Matcher::find)
			.map(matcher -> matcher.group(1));
	}

}
