/**
 * Spring Boot auto-configuration of an HTTP endpoint that receives PagerDuty v3 webhooks
 * ({@code pagerduty.webhooks.*}).
 */
@NullMarked
package io.pdkit.autoconfigure.webhooks;

import org.jspecify.annotations.NullMarked;
