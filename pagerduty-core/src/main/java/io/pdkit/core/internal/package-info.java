/**
 * Implementation details of {@code io.pdkit.core}; not part of the public API and subject
 * to change.
 */
@NullMarked
package io.pdkit.core.internal;

import org.jspecify.annotations.NullMarked;
