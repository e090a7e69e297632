/**
 * PagerDuty webhooks v3: signature verification, signing and typed events parsed from
 * delivery bodies.
 */
@NullMarked
package io.pdkit.webhooks;

import org.jspecify.annotations.NullMarked;
