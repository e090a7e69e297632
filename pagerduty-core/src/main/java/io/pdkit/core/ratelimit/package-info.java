/**
 * Client-side rate limiting: a token bucket per API and credential that a request waits
 * on before it is sent, in memory or shared across instances through Bucket4j.
 */
@NullMarked
package io.pdkit.core.ratelimit;

import org.jspecify.annotations.NullMarked;
