/**
 * Validation, wire encoding and response handling behind the Events API v2 client; not
 * for applications.
 */
@NullMarked
package io.pdkit.events.internal;

import org.jspecify.annotations.NullMarked;
