/**
 * Internals of the REST API v2 clients (path data, canonical paths, entity wrapping,
 * pagination); not for users.
 */
@NullMarked
package io.pdkit.rest.internal;

import org.jspecify.annotations.NullMarked;
