package io.pdkit.autoconfigure;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

/**
 * The application's {@code RestClient.Builder} for PagerDuty clients. Boot's own builder
 * bean comes with a request factory that its configurer builds at once (an Apache
 * HttpClient with the JVM's trust store loaded), which the PagerDuty clients replace
 * anyway; so when the application uses Boot's bean, the same builder is made here from
 * {@code RestClient.builder()} and the application's {@code RestClientCustomizer} beans
 * in order (message converters, {@code http.client.requests} observation, the
 * application's own), without that factory. A builder bean the application defines itself
 * is used as it is.
 */
final class BootRestClientBuilders {

	private static final String CUSTOMIZER = "org.springframework.boot.restclient.RestClientCustomizer";

	private static final String BOOT_CONFIGURATION = "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration";

	private BootRestClientBuilders() {
	}

	static RestClient.Builder applicationBuilder(ListableBeanFactory beanFactory,
			ObjectProvider<RestClient.Builder> builders) {
		if (usesBootBuilder(beanFactory)) {
			return Customized.builder(beanFactory);
		}
		return builders.getIfAvailable(RestClient::builder);
	}

	private static boolean usesBootBuilder(ListableBeanFactory beanFactory) {
		if (!ClassUtils.isPresent(CUSTOMIZER, BootRestClientBuilders.class.getClassLoader())
				|| !(beanFactory instanceof ConfigurableListableBeanFactory configurable)) {
			return false;
		}
		String[] names = beanFactory.getBeanNamesForType(RestClient.Builder.class, true, false);
		if (names.length == 0) {
			return true;
		}
		if (names.length > 1) {
			return false;
		}
		BeanDefinition definition = configurable.getMergedBeanDefinition(names[0]);
		return BOOT_CONFIGURATION.equals(definition.getFactoryBeanName());
	}

	private static final class Customized {

		static RestClient.Builder builder(ListableBeanFactory beanFactory) {
			RestClient.Builder builder = RestClient.builder();
			for (RestClientCustomizer customizer : beanFactory.getBeanProvider(RestClientCustomizer.class)
				.orderedStream()
				.toList()) {
				customizer.customize(builder);
			}
			return builder;
		}

	}

}
