/**
 * Start-up failure reports for pdkit's configuration: unknown {@code pagerduty.*} keys,
 * missing client beans and invalid values.
 */
@NullMarked
package io.pdkit.autoconfigure.diagnostics;

import org.jspecify.annotations.NullMarked;
