package io.pdkit.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when every named property has text (a blank value, as
 * {@code ${PAGERDUTY_API_KEY:}} gives with no variable set, counts as absent) or, with
 * {@link #orConnectionDetails()}, when the context defines a
 * {@link PagerDutyConnectionDetails} bean of its own (a test slice, for example).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnPagerDutyCredentialCondition.class)
@interface ConditionalOnPagerDutyCredential {

	/**
	 * The properties that must all have text.
	 * @return property names
	 */
	String[] value();

	/**
	 * Whether a {@link PagerDutyConnectionDetails} bean other than the properties-based
	 * one also matches.
	 * @return true to accept one
	 */
	boolean orConnectionDetails() default false;

	/**
	 * Whether to match when the credential is absent instead.
	 * @return true to invert the condition
	 */
	boolean absent() default false;

}
