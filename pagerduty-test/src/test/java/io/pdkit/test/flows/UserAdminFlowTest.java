package io.pdkit.test.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class UserAdminFlowTest {

	private final List<Duration> sleeps = new ArrayList<>();

	private RestApiV2Client client;

	@BeforeEach
	void connect(PagerDutySimulator sim) {
		client = FlowClients.rest(sim, sleeps).build();
	}

	@AfterEach
	void disconnect() {
		client.close();
	}

	private static int status(Throwable error) {
		return ((PagerDutyHttpException) error).status();
	}

	private static String firstError(Throwable error) {
		return ((PagerDutyHttpException) error).httpResponse().json().path("error").path("errors").path(0).asString();
	}

	@Test
	void userShouldBeCreatedUpdatedFoundAndDeleted() {
		JsonNode user = client.rpost("users",
				Map.of("type", "user", "name", "Barbara Liskov", "email", "barbara@pdkit.example", "role", "user"));
		String path = "users/" + user.path("id").asString();

		JsonNode updated = client.rput(path, Map.of("type", "user", "name", "Barbara Liskov", "email",
				"barbara@pdkit.example", "job_title", "Distributed systems", "role", "admin"));

		assertThat(updated.path("job_title").asString()).isEqualTo("Distributed systems");
		assertThat(updated.path("role").asString()).isEqualTo("admin");
		assertThat(client.find("users", "barbara@pdkit.example", "email")).isPresent();
		assertThatThrownBy(() -> client.rpost("users",
				Map.of("type", "user", "name", "Another Barbara", "email", "BARBARA@pdkit.example")))
			.satisfies(e -> {
				assertThat(status(e)).isEqualTo(400);
				assertThat(firstError(e)).isEqualTo("Email has already been taken");
			});
		assertThat(client.rdelete(path).status()).isEqualTo(204);
		assertThatThrownBy(() -> client.rget(path)).satisfies(e -> assertThat(status(e)).isEqualTo(404));
		assertThat(client.find("users", "barbara@pdkit.example", "email")).isEmpty();
	}

	@Test
	void contactMethodShouldBeCreatedUpdatedUsedByARuleAndDeletedOnceFree() {
		JsonNode grace = client.find("users", "grace@pdkit.example", "email").orElseThrow();
		String userPath = "users/" + grace.path("id").asString();
		JsonNode phone = client.rpost(userPath + "/contact_methods",
				Map.of("type", "sms_contact_method", "label", "Mobile", "address", "5550100", "country_code", 1));
		String methodPath = userPath + "/contact_methods/" + phone.path("id").asString();

		assertThat(client.rput(methodPath, Map.of("label", "Work mobile")).path("label").asString())
			.isEqualTo("Work mobile");
		JsonNode rule = client.rpost(userPath + "/notification_rules",
				Map.of("type", "assignment_notification_rule", "start_delay_in_minutes", 5, "urgency", "high",
						"contact_method",
						Map.of("id", phone.path("id").asString(), "type", "sms_contact_method_reference")));
		assertThat(client.rget(userPath).path("notification_rules")).extracting(r -> r.path("id").asString())
			.containsExactly(rule.path("id").asString());
		assertThatThrownBy(() -> client.rdelete(methodPath)).satisfies(e -> {
			assertThat(status(e)).isEqualTo(400);
			assertThat(firstError(e)).isEqualTo("The contact method is used by a notification rule");
		});

		client.rdelete(userPath + "/notification_rules/" + rule.path("id").asString());
		assertThat(client.rdelete(methodPath).status()).isEqualTo(204);

		assertThat(client.listAll(userPath + "/contact_methods")).extracting(m -> m.path("type").asString())
			.containsExactly("email_contact_method");
		assertThat(client
			.rget(userPath, io.pdkit.core.RequestOptions.builder().queryParam("include[]", "contact_methods").build())
			.path("contact_methods")
			.path(0)
			.path("address")
			.asString()).isEqualTo("grace@pdkit.example");
	}

	@Test
	void teamMembershipShouldCarryRolesAndFilterUsers() {
		JsonNode team = client.rpost("teams", Map.of("type", "team", "name", "Storage"));
		JsonNode alan = client.find("users", "alan@pdkit.example", "email").orElseThrow();
		String teamPath = "teams/" + team.path("id").asString();

		client.jput(teamPath + "/users/" + alan.path("id").asString(), Map.of("role", "responder"));

		assertThat(client.listAll(teamPath + "/members"))
			.extracting(m -> m.path("user").path("summary").asString() + " " + m.path("role").asString())
			.containsExactly("Alan Turing responder");
		assertThat(client.listAll("users", Map.of("team_ids", List.of(team.path("id").asString()))))
			.extracting(u -> u.path("name").asString())
			.containsExactly("Alan Turing");
		client.rdelete(teamPath + "/users/" + alan.path("id").asString());
		assertThat(client.listAll(teamPath + "/members")).isEmpty();
	}

	@Test
	void tagsShouldBeAddedByLabelListedPerEntityAndRemoved() {
		JsonNode alan = client.find("users", "alan@pdkit.example", "email").orElseThrow();
		String userPath = "users/" + alan.path("id").asString();

		client.jpost(userPath + "/change_tags", Map.of("add", List.of(Map.of("type", "tag", "label", "payments"))));

		JsonNode tag = client.find("tags", "payments", "label").orElseThrow();
		assertThat(client.listAll(userPath + "/tags")).extracting(t -> t.path("label").asString())
			.containsExactly("payments");
		assertThat(client.listAll("tags/" + tag.path("id").asString() + "/users"))
			.extracting(u -> u.path("name").asString())
			.containsExactly("Alan Turing");
		client.jpost(userPath + "/change_tags",
				Map.of("remove", List.of(Map.of("type", "tag_reference", "id", tag.path("id").asString()))));
		assertThat(client.listAll(userPath + "/tags")).isEmpty();
	}

	@Test
	void escalationPolicyInUseShouldNotBeDeletedButAnUnusedOneShould() {
		JsonNode used = client.find("escalation_policies", "Payments On-Call").orElseThrow();
		JsonNode alan = client.find("users", "alan@pdkit.example", "email").orElseThrow();
		JsonNode spare = client.rpost("escalation_policies",
				Map.of("type", "escalation_policy", "name", "Spare", "escalation_rules",
						List.of(Map.of("escalation_delay_in_minutes", 5, "targets",
								List.of(Map.of("id", alan.path("id").asString(), "type", "user_reference"))))));

		assertThat(
				client
					.rput(spare,
							Map.of("type", "escalation_policy", "name", "Spare rota", "num_loops", 2,
									"escalation_rules", spare.path("escalation_rules")))
					.path("num_loops")
					.asInt())
			.isEqualTo(2);
		assertThatThrownBy(() -> client.rdelete(used)).satisfies(e -> assertThat(status(e)).isEqualTo(400));
		assertThat(client.listAll("escalation_policies", Map.of("user_ids", List.of(alan.path("id").asString()))))
			.extracting(p -> p.path("name").asString())
			.containsExactly("Payments On-Call", "Spare rota");
		assertThat(client.rdelete(spare).status()).isEqualTo(204);
	}

}
