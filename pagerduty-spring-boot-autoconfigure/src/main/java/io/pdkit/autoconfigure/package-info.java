/**
 * Spring Boot auto-configuration of pdkit's PagerDuty clients from {@code pagerduty.*}
 * properties.
 */
@NullMarked
package io.pdkit.autoconfigure;

import org.jspecify.annotations.NullMarked;
