package io.pdkit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Starts a Boot application with {@code spring-boot-starter-restclient}, with
 * ({@code with}) or without ({@code without}) pdkit's auto-configurations, and prints the
 * milliseconds {@code SpringApplication.run} took (and the CPU time of the main thread,
 * which a busy machine inflates less than the elapsed time). {@code scripts/bench.sh}
 * runs it in fresh JVMs, alternating the two. A second argument {@code steps} also prints
 * every {@code ApplicationStartup} step of 2 ms or more (bean instantiations,
 * configuration class parsing), to see where the time goes.
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
			String url = System.getProperty("pdkit.bench.url", "http://127.0.0.1:8089");
			properties.addAll(List.of("pagerduty.api-key=" + Stub.API_KEY, "pagerduty.url=" + url,
					"pagerduty.events.routing-key=" + Stub.ROUTING_KEY, "pagerduty.events.url=" + url));
		}
		else {
			properties.add("spring.autoconfigure.exclude=" + String.join(",", pdkitAutoConfigurations()));
		}
		BufferingApplicationStartup steps = (args.length > 1 && args[1].equals("steps"))
				? new BufferingApplicationStartup(10_000) : null;
		if (steps != null) {
			application.setApplicationStartup(steps);
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStarted = threads.getCurrentThreadCpuTime();
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = application
			.run(properties.stream().map(property -> "--" + property).toArray(String[]::new))) {
			long millis = (System.nanoTime() - started) / 1_000_000;
			long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
			System.out.println("startup " + (withPdkit ? "with" : "without") + " " + millis + " ms, "
					+ context.getBeanDefinitionCount() + " beans, main thread cpu " + cpuMillis + " ms");
		}
		if (steps != null) {
			printSteps(steps.getBufferedTimeline());
		}
	}

	private static void printSteps(StartupTimeline timeline) {
		timeline.getEvents()
			.stream()
			.filter(event -> event.getDuration().toMillis() >= 2)
			.forEach(event -> System.out.println("step " + event.getDuration().toMillis() + " ms "
					+ event.getStartupStep().getName() + " " + tags(event.getStartupStep())));
	}

	private static String tags(StartupStep step) {
		StringBuilder text = new StringBuilder();
		step.getTags().forEach(tag -> text.append(tag.getKey()).append('=').append(tag.getValue()).append(' '));
		return text.toString().trim();
	}

	private static List<String> pdkitAutoConfigurations() throws IOException {
		List<String> names = new ArrayList<>();
		for (URL url : Collections.list(StartupProbe.class.getClassLoader()
			.getResources("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))) {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
				reader.lines().map(String::trim).filter(line -> line.startsWith("io.pdkit.")).forEach(names::add);
			}
		}
		return names;
	}

}
