/**
 * The pdkit sample application.
 */
@NullMarked
package io.pdkit.sample;

import org.jspecify.annotations.NullMarked;
