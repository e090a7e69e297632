package io.pdkit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a Boot application with {@code spring-boot-starter-restclient}, with ({@code with}) or without
 * ({@code without}) pdkit's auto-configurations, and prints the milliseconds {@code SpringApplication.run} took.
 * {@code scripts/bench.sh} runs it in fresh JVMs, alternating the two.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StartupProbe {

    public static void main(String[] args) throws IOException {
        boolean withPdkit = args.length > 0 && args[0].equals("with");
        SpringApplication application = new SpringApplication(StartupProbe.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        List<String> properties = new ArrayList<>(List.of("spring.main.banner-mode=off", "logging.level.root=WARN"));
        if (withPdkit) {
            properties.addAll(List.of("pagerduty.api-key=" + Stub.API_KEY, "pagerduty.url=" + Stub.baseUrl(),
                    "pagerduty.events.routing-key=" + Stub.ROUTING_KEY, "pagerduty.events.url=" + Stub.baseUrl()));
        }
        else {
            properties.add("spring.autoconfigure.exclude=" + String.join(",", pdkitAutoConfigurations()));
        }
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = application.run(properties.stream()
            .map(property -> "--" + property)
            .toArray(String[]::new))) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("startup " + (withPdkit ? "with" : "without") + " " + millis + " ms, "
                    + context.getBeanDefinitionCount() + " beans");
        }
    }

    private static List<String> pdkitAutoConfigurations() throws IOException {
        List<String> names = new ArrayList<>();
        for (URL url : Collections.list(StartupProbe.class.getClassLoader()
            .getResources("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                reader.lines().map(String::trim).filter(line -> line.startsWith("io.pdkit.")).forEach(names::add);
            }
        }
        return names;
    }

}
