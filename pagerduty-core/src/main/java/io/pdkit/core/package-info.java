/**
 * What every PagerDuty client shares: the {@link io.pdkit.core.ApiClient} base,
 * responses, request options, authentication, retry settings, regions and the exception
 * hierarchy.
 */
@NullMarked
package io.pdkit.core;

import org.jspecify.annotations.NullMarked;
