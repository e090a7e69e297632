package io.pdkit.test.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pdkit.rest.RestApiV2Client;
import io.pdkit.rest.model.ContactMethod;
import io.pdkit.rest.model.EscalationPolicy;
import io.pdkit.rest.model.EscalationPolicyReference;
import io.pdkit.rest.model.EscalationRule;
import io.pdkit.rest.model.EscalationTargetReference;
import io.pdkit.rest.model.Integration;
import io.pdkit.rest.model.OnCall;
import io.pdkit.rest.model.Schedule;
import io.pdkit.rest.model.Service;
import io.pdkit.rest.model.Team;
import io.pdkit.rest.model.User;
import io.pdkit.rest.typed.ScheduleFilter;
import io.pdkit.rest.typed.UserFilter;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;

@ExtendWith(PagerDutySimulatorExtension.class)
class TypedDirectoryFlowTest {

	private static final Instant SINCE = Instant.parse("2026-03-01T00:00:00Z");

	private static final Instant UNTIL = Instant.parse("2026-03-08T00:00:00Z");

	private final List<Duration> sleeps = new ArrayList<>();

	private PagerDutySimulator sim;

	private RestApiV2Client client;

	@BeforeEach
	void connect(PagerDutySimulator injected) {
		sim = injected;
		client = FlowClients.rest(sim, sleeps).build();
	}

	@AfterEach
	void disconnect() {
		client.close();
	}

	@Test
	void userWithContactMethodsShouldBeFoundReadAndListedTyped() {
		User grace = client.users().list(UserFilter.create().query("Grace")).findFirst().orElseThrow();

		User read = client.users().get(grace.id());
		List<ContactMethod> methods = client.users().contactMethods(grace.id()).list().toList();
		ContactMethod first = client.users().contactMethods(grace.id()).get(methods.get(0).id());
		User me = client.users().me();

		assertThat(read.email()).isEqualTo("grace@pdkit.example");
		assertThat(read.role()).isEqualTo(User.Role.ADMIN);
		assertThat(read.teams()).extracting(team -> team.summary()).containsExactly("Platform");
		assertThat(methods).isNotEmpty().allSatisfy(method -> assertThat(method.type()).endsWith("_contact_method"));
		assertThat(methods).extracting(ContactMethod::address).contains("grace@pdkit.example");
		assertThat(first).isEqualTo(methods.get(0));
		assertThat(me.email()).isEqualTo(sim.ownerEmail());
	}

	@Test
	void onCallsShouldBeListedBySchedulePolicyAndUser() {
		Schedule platform = client.schedules()
			.list(ScheduleFilter.create().query("Platform"))
			.findFirst()
			.orElseThrow();
		EscalationPolicy policy = client.escalationPolicies()
			.create(EscalationPolicy.of()
				.withName("Platform rota")
				.withEscalationRules(List.of(EscalationRule.of()
					.withEscalationDelayInMinutes(15)
					.withTargets(
							List.of(EscalationTargetReference.of(platform.id()).withType("schedule_reference"))))));
		sim.clearRequests();

		List<OnCall> bySchedule = client.onCalls().forSchedule(platform.id(), SINCE, UNTIL).toList();
		List<OnCall> byPolicy = client.onCalls().forEscalationPolicy(policy.id(), SINCE, UNTIL).toList();
		String onCallUser = bySchedule.get(0).user().id();
		List<OnCall> byUser = client.onCalls().forUser(onCallUser, SINCE, UNTIL).toList();

		assertThat(bySchedule).isNotEmpty()
			.allSatisfy(onCall -> assertThat(onCall.schedule().id()).isEqualTo(platform.id()));
		assertThat(byPolicy).isNotEmpty().allSatisfy(onCall -> {
			assertThat(onCall.escalationPolicy().id()).isEqualTo(policy.id());
			assertThat(onCall.escalationLevel()).isEqualTo(1);
			assertThat(onCall.schedule().id()).isEqualTo(platform.id());
		});
		assertThat(byPolicy).extracting(onCall -> onCall.user().id()).contains(onCallUser);
		assertThat(byUser).isNotEmpty().extracting(onCall -> onCall.user().id()).containsOnly(onCallUser);
		assertThat(sim.requests()).hasSize(3)
			.allSatisfy(r -> assertThat(r.target()).startsWith("/oncalls?")
				.contains("since=2026-03-01T00%3A00%3A00Z", "until=2026-03-08T00%3A00%3A00Z"));
	}

	@Test
	void schedulesPoliciesAndTeamsShouldBeReadTyped() {
		Schedule listed = client.schedules()
			.list()
			.filter(s -> s.name().equals("Payments Primary"))
			.findFirst()
			.orElseThrow();
		Schedule read = client.schedules().get(listed.id());
		EscalationPolicy policy = client.escalationPolicies()
			.get(client.escalationPolicies()
				.list()
				.filter(p -> p.name().equals("Payments On-Call"))
				.findFirst()
				.orElseThrow()
				.id());
		Team created = client.teams().create(Team.of().withName("Reliability").withDescription("Keeps it up"));

		assertThat(read.name()).isEqualTo("Payments Primary");
		assertThat(read.users()).extracting(user -> user.summary()).contains("Alan Turing");
		assertThat(policy.escalationRules()).isNotEmpty().allSatisfy(rule -> assertThat(rule.targets()).isNotEmpty());
		assertThat(created.id()).isNotBlank();
		assertThat(client.teams().get(created.id()).name()).isEqualTo("Reliability");
	}

	@Test
	void serviceLifecycleWithIntegrationShouldCreateUpdateAndDelete() {
		EscalationPolicy policy = client.escalationPolicies().list().findFirst().orElseThrow();

		Service created = client.services()
			.create(Service.of()
				.withName("Search API")
				.withEscalationPolicy(EscalationPolicyReference.of(policy.id())));
		Integration events = client.services()
			.integrations(created.id())
			.create(Integration.of().withType("events_api_v2_inbound_integration").withName("Monitoring"));
		Integration fetched = client.services().integrations(created.id()).get(events.id());
		Service renamed = client.services().update(client.services().get(created.id()).withName("Search API v2"));
		client.services().delete(created.id());

		assertThat(created.status()).isEqualTo(Service.Status.ACTIVE);
		assertThat(fetched.id()).isEqualTo(events.id());
		assertThat(fetched.type()).isEqualTo("events_api_v2_inbound_integration");
		assertThat(fetched.service().id()).isEqualTo(created.id());
		assertThat(renamed.name()).isEqualTo("Search API v2");
		assertThat(client.services().list().map(Service::id)).doesNotContain(created.id());
		assertThat(sim.requests()).extracting(r -> r.method(), r -> r.target().replace(created.id(), "{id}"))
			.contains(tuple("POST", "/services"), tuple("POST", "/services/{id}/integrations"),
					tuple("PUT", "/services/{id}"), tuple("DELETE", "/services/{id}"));
	}

}
