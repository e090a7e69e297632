/**
 * Internals of pdkit's webhook support; not for use outside pdkit.
 */
@NullMarked
package io.pdkit.webhooks.internal;

import org.jspecify.annotations.NullMarked;
