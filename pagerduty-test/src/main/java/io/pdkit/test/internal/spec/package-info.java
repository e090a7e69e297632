/**
 * The simulator's spec-derived layer: the operation table, request validation and the
 * resource store that answers every operation the stateful routes do not serve; not
 * public API.
 */
@NullMarked
package io.pdkit.test.internal.spec;

import org.jspecify.annotations.NullMarked;
