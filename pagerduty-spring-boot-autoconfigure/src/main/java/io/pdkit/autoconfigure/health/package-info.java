/**
 * The {@code pagerduty} health contributor.
 */
@NullMarked
package io.pdkit.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
