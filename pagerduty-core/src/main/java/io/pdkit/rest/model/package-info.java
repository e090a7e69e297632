/**
 * Records for PagerDuty's core REST resources (incidents, users, services, schedules and
 * the references between them), generated from PagerDuty's API description; see
 * {@link io.pdkit.rest.model.Incident}.
 */
@NullMarked
package io.pdkit.rest.model;

import org.jspecify.annotations.NullMarked;
