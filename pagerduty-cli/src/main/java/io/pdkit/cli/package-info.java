/**
 * The {@code pagerduty} command: triggers, acknowledges and resolves alerts and sends
 * change events.
 */
@NullMarked
package io.pdkit.cli;

import org.jspecify.annotations.NullMarked;
