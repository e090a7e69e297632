/**
 * The Events API v2 client: alerts (trigger, acknowledge, resolve) and change events.
 */
@NullMarked
package io.pdkit.events;

import org.jspecify.annotations.NullMarked;
