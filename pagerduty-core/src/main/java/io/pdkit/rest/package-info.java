/**
 * PagerDuty REST API v2: {@link io.pdkit.rest.RestApiV2Client}, its base with entity
 * wrapping and pagination, and their value types.
 */
@NullMarked
package io.pdkit.rest;

import org.jspecify.annotations.NullMarked;
