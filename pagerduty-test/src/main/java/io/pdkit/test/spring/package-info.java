/**
 * Spring support for the PagerDuty simulator: point every {@code pagerduty.*} URL and key
 * at it.
 */
@NullMarked
package io.pdkit.test.spring;

import org.jspecify.annotations.NullMarked;
