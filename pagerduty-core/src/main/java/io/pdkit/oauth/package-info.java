/**
 * PagerDuty OAuth: authorization code and PKCE grants, scoped app tokens, refresh, and
 * credential sources that keep a client's token fresh by themselves.
 */
@NullMarked
package io.pdkit.oauth;

import org.jspecify.annotations.NullMarked;
