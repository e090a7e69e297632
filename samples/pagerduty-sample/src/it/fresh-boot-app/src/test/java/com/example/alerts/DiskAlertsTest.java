package com.example.alerts;

import java.time.Duration;
import java.util.Map;

import io.pdkit.events.EventsApiV2Client;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.RecordingSleeper;
import io.pdkit.test.spring.AutoConfigurePagerDutySimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigurePagerDutySimulator
class DiskAlertsTest {

    @Autowired
    DiskAlerts alerts;

    @Autowired
    RestApiV2Client rest;

    @Autowired
    EventsApiV2Client events;

    @Autowired
    PagerDutySimulator simulator;

    @Autowired
    RecordingSleeper sleeper;

    @BeforeEach
    void reset() {
        this.simulator.reset();
    }

    @Test
    void diskFullShouldOpenAnIncidentThatCanBeAcknowledged() {
        String dedupKey = this.alerts.diskFull("db-1");

        JsonNode incident = this.alerts.openIncidents().stream()
            .filter(candidate -> dedupKey.equals(candidate.path("incident_key").asString()))
            .findFirst()
            .orElseThrow();
        JsonNode acknowledged = this.rest.rput(incident,
                Map.of("type", "incident_reference", "status", "acknowledged"));

        assertThat(acknowledged.path("status").asString()).isEqualTo("acknowledged");
        assertThat(this.rest.baseUrl()).isEqualTo(this.simulator.restBaseUrl());
        assertThat(this.events.baseUrl()).isEqualTo(this.simulator.eventsBaseUrl());
    }

    @Test
    void diskFullWhenEventsApiFailsOnceShouldRetryWithoutWaiting() {
        this.alerts.diskFull("warm-up");
        this.simulator.clearRequests();
        this.sleeper.clear();
        this.simulator.failNext(503);
        long started = System.nanoTime();

        String dedupKey = this.alerts.diskFull("db-2");

        assertThat(dedupKey).isNotBlank();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(this.simulator.requests()).filteredOn(request -> request.path().equals("/v2/enqueue")).hasSize(2);
        assertThat(this.sleeper.sleeps()).singleElement().satisfies(wait -> assertThat(wait).isPositive());
    }

}
