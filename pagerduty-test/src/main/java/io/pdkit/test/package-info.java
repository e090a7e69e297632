/**
 * An in-process fake PagerDuty (REST API v2 and Events API v2) for tests, demos and local
 * development.
 */
@NullMarked
package io.pdkit.test;

import org.jspecify.annotations.NullMarked;
