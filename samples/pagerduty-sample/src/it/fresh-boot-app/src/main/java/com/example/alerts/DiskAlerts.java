package com.example.alerts;

import java.util.List;
import java.util.Map;

import io.pdkit.events.EventsApiV2Client;
import io.pdkit.rest.RestApiV2Client;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

@Service
public class DiskAlerts {

    private final ObjectProvider<EventsApiV2Client> events;

    private final ObjectProvider<RestApiV2Client> rest;

    public DiskAlerts(ObjectProvider<EventsApiV2Client> events, ObjectProvider<RestApiV2Client> rest) {
        this.events = events;
        this.rest = rest;
    }

    public String diskFull(String host) {
        return this.events.getObject().trigger("Disk full on " + host, host);
    }

    public List<JsonNode> openIncidents() {
        return this.rest.getObject().listAll("incidents", Map.of("statuses", List.of("triggered", "acknowledged")));
    }

}
