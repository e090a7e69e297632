/**
 * Typed services over PagerDuty's REST API, reached from
 * {@link io.pdkit.rest.RestApiV2Client} (for example {@code client.incidents()}), and the
 * filters their lists take.
 */
@NullMarked
package io.pdkit.rest.typed;

import org.jspecify.annotations.NullMarked;
