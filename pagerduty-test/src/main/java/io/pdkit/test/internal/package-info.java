/**
 * The simulator's routing, in-memory state, JSON rendering and per-resource handlers; not
 * public API.
 */
@NullMarked
package io.pdkit.test.internal;

import org.jspecify.annotations.NullMarked;
