/**
 * PagerDuty's integration APIs (Slack, Microsoft Teams, Jira Cloud, Jira Server), SCIM
 * and MCP clients.
 */
@NullMarked
package io.pdkit.integrations;

import org.jspecify.annotations.NullMarked;
