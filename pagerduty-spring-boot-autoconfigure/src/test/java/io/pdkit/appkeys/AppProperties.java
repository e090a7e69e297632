package io.pdkit.appkeys;

import java.util.function.BooleanSupplier;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An application's own configuration properties bound below {@code pagerduty.}, outside
 * pdkit's packages. The class is local to a method so that the configuration processor
 * writes no metadata for it: the unknown-key check must find it through the bean factory.
 */
public final class AppProperties {

	private AppProperties() {
	}

	/**
	 * Returns a {@code @ConfigurationProperties("pagerduty.sample")} type with one
	 * boolean property, {@code serve}.
	 * @return the type; {@link BooleanSupplier#getAsBoolean()} returns {@code serve}
	 */
	public static Class<? extends BooleanSupplier> sampleType() {
		@ConfigurationProperties("pagerduty.sample")
		class SampleProperties implements BooleanSupplier {

			private boolean serve;

			public boolean isServe() {
				return this.serve;
			}

			public void setServe(boolean serve) {
				this.serve = serve;
			}

			@Override
			public boolean getAsBoolean() {
				return this.serve;
			}

		}
		return SampleProperties.class;
	}

}
