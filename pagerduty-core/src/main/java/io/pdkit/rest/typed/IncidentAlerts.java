package io.pdkit.rest.typed;

import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.rest.model.Alert;

/**
 * The alerts of one incident, from {@code client.incidents().alerts(id)}.
 *
 * <pre>{@code
 * client.incidents().alerts("PINC001").list(AlertFilter.create().statuses(Alert.Status.TRIGGERED))
 *       .forEach(alert -> System.out.println(alert.summary()));
 * }</pre>
 */
public final class IncidentAlerts {

	private final TypedCalls calls;

	private final String path;

	IncidentAlerts(TypedCalls calls, String path) {
		this.calls = calls;
		this.path = path;
	}

	/**
	 * Streams the incident's alerts ({@code GET /incidents/{id}/alerts}).
	 * @param filter the query parameters
	 * @return the alerts, fetched page by page
	 */
	public Stream<Alert> list(AlertFilter filter) {
		return this.calls.list(this.path, filter.toQuery(), Alert.class);
	}

	/**
	 * Returns one alert ({@code GET /incidents/{id}/alerts/{alert_id}}).
	 * @param alertId the alert's id
	 * @return the alert
	 */
	public Alert get(String alertId) {
		return this.calls.get(this.path + "/" + Ids.segment(alertId, "alertId"), Map.of(), Alert.class);
	}

	/**
	 * Changes an alert, for example to resolve it ({@code PUT
	 * /incidents/{id}/alerts/{alert_id}}).
	 * @param alert the changed alert, with its id
	 * @return the alert as updated
	 */
	public Alert update(Alert alert) {
		return this.calls.put(this.path + "/" + Ids.segment(alert.id(), "alert id"), alert, Alert.class);
	}

}
