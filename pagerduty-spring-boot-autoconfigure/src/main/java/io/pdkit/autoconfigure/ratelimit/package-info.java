/**
 * Auto-configuration of the client-side rate limiter ({@code pagerduty.rate-limit.*}), in
 * memory or shared on Redis through Bucket4j.
 */
@NullMarked
package io.pdkit.autoconfigure.ratelimit;

import org.jspecify.annotations.NullMarked;
