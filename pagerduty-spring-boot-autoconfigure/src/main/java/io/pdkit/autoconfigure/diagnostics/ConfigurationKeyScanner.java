package io.pdkit.autoconfigure.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Finds the {@code pagerduty.*} keys of an environment that the configuration metadata
 * does not describe. Only the application's configuration counts (config files,
 * command-line arguments, system properties, test properties): environment variables are
 * skipped, since unrelated {@code PAGERDUTY_*} variables are common.
 */
final class ConfigurationKeyScanner {

	private static final ConfigurationPropertyName PAGERDUTY = ConfigurationPropertyName.of("pagerduty");

	private ConfigurationKeyScanner() {
	}

	static List<UnknownKey> unknownKeys(Environment environment, KnownKeys known) {
		if (!(environment instanceof ConfigurableEnvironment configurable) || known.isEmpty()) {
			return List.of();
		}
		Map<String, UnknownKey> unknown = new LinkedHashMap<>();
		for (PropertySource<?> source : configurable.getPropertySources()) {
			if (source instanceof SystemEnvironmentPropertySource
					|| StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(source.getName())) {
				continue;
			}
			ConfigurationPropertySource adapted = ConfigurationPropertySource.from(source);
			if (!(adapted instanceof IterableConfigurationPropertySource iterable)) {
				continue;
			}
			iterable.stream().filter(PAGERDUTY::isAncestorOf).forEach(name -> {
				String key = name.toString();
				if (!known.isKnown(key) && !unknown.containsKey(key)) {
					unknown.put(key, new UnknownKey(key, origin(iterable, name, source), known.nearest(key)));
				}
			});
		}
		return new ArrayList<>(unknown.values());
	}

	private static String origin(ConfigurationPropertySource source, ConfigurationPropertyName name,
			PropertySource<?> propertySource) {
		ConfigurationProperty property = source.getConfigurationProperty(name);
		if (property != null && property.getOrigin() != null) {
			return property.getOrigin().toString();
		}
		return propertySource.getName();
	}

}
