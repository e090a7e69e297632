/**
 * Internals of the integration clients: generated API data, the Jira Server credentials,
 * SCIM paging and MCP answers; not for use outside pdkit.
 */
@NullMarked
package io.pdkit.integrations.internal;

import org.jspecify.annotations.NullMarked;
