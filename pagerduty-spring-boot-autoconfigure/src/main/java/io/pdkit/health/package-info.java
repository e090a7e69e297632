/**
 * The {@code pagerduty} health indicator: whether PagerDuty's REST API accepts the
 * configured credential.
 */
@NullMarked
package io.pdkit.health;

import org.jspecify.annotations.NullMarked;
