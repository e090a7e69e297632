package io.pdkit.autoconfigure.diagnostics;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Checks, before any bean is created, that every {@code pagerduty.*} key of the
 * application's configuration is one that pdkit (or another configuration properties
 * class bound below {@code pagerduty.}) knows; an unknown key fails the start with
 * {@link UnknownPagerDutyKeysException}, reported with the nearest valid key.
 * {@code pagerduty.fail-on-unknown-keys=false} logs a warning instead. The keys are first
 * checked against the list of pdkit's own keys; the configuration metadata of every jar,
 * and the other configuration properties classes, are only read when a key is not on that
 * list.
 *
 * <pre>{@code
 * &#64;Bean
 * static PagerDutyConfigurationKeys pagerDutyConfigurationKeys() {
 *     return new PagerDutyConfigurationKeys();
 * }
 * }</pre>
 */
public final class PagerDutyConfigurationKeys
		implements BeanFactoryPostProcessor, EnvironmentAware, BeanClassLoaderAware, Ordered {

	/** The property that turns the failure into a warning. */
	public static final String FAIL_PROPERTY = "pagerduty.fail-on-unknown-keys";

	private static final Log logger = LogFactory.getLog(PagerDutyConfigurationKeys.class);

	private @Nullable Environment environment;

	private ClassLoader classLoader = PagerDutyConfigurationKeys.class.getClassLoader();

	/** Creates the check; Spring supplies the environment. */
	public PagerDutyConfigurationKeys() {
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		Environment environment = this.environment;
		if (environment == null) {
			return;
		}
		KnownKeys pdkit = KnownKeys.pdkit();
		if (!pdkit.isEmpty() && ConfigurationKeyScanner.unknownKeys(environment, pdkit).isEmpty()) {
			return;
		}
		KnownKeys known = KnownKeys.load(this.classLoader, List.of());
		List<UnknownKey> unknown = ConfigurationKeyScanner.unknownKeys(environment, known);
		if (!unknown.isEmpty()) {
			known = known.withPrefixes(otherPrefixes(beanFactory));
			unknown = ConfigurationKeyScanner.unknownKeys(environment, known);
		}
		if (unknown.isEmpty()) {
			return;
		}
		if (environment.getProperty(FAIL_PROPERTY, Boolean.class, true)) {
			throw new UnknownPagerDutyKeysException(unknown);
		}
		unknown.forEach(key -> logger.warn("Unknown PagerDuty configuration key " + key.describe()));
	}

	private static List<String> otherPrefixes(ConfigurableListableBeanFactory beanFactory) {
		List<String> prefixes = new ArrayList<>();
		for (String name : beanFactory.getBeanNamesForAnnotation(ConfigurationProperties.class)) {
			Class<?> type = beanFactory.getType(name, false);
			if (type == null || type.getName().startsWith("io.pdkit.autoconfigure.")) {
				continue;
			}
			ConfigurationProperties annotation = beanFactory.findAnnotationOnBean(name, ConfigurationProperties.class,
					false);
			String prefix = (annotation != null) ? annotation.prefix() : "";
			prefix = prefix.isEmpty() && annotation != null ? annotation.value() : prefix;
			if (prefix.startsWith(KnownKeys.PREFIX)) {
				prefixes.add(prefix);
			}
		}
		return prefixes;
	}

}
