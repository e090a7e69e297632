/**
 * Micrometer meters derived from pdkit's {@code pagerduty.client.requests} observations.
 */
@NullMarked
package io.pdkit.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
