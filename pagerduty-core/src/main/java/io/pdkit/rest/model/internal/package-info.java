/**
 * Helpers of the generated records; not part of pdkit's API.
 */
@NullMarked
package io.pdkit.rest.model.internal;

import org.jspecify.annotations.NullMarked;
