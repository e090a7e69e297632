package com.example.alerts;

import io.pdkit.rest.RestApiV2Client;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AlertsApplicationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void applicationWithTheDocumentedYamlAndNoVariablesShouldStartWithoutClients() {
        assertThat(this.context.getBeanNamesForType(RestApiV2Client.class)).isEmpty();
    }

}
