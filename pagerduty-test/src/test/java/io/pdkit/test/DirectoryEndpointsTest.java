package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class DirectoryEndpointsTest {

	private PagerDutySimulator sim;

	private SimHttp http;

	@BeforeEach
	void inject(PagerDutySimulator injected) {
		sim = injected;
		http = SimHttp.rest(injected);
	}

	@Test
	void listUsersShouldWrapInUsersWithClassicPaginationFields() {
		JsonNode body = http.get("/users").json();

		assertThat(body.propertyNames()).containsExactly("users", "limit", "offset", "more", "total");
		assertThat(body.path("users")).hasSize(4);
		assertThat(body.path("limit").asInt()).isEqualTo(25);
		assertThat(body.path("offset").asInt()).isZero();
		assertThat(body.path("more").asBoolean()).isFalse();
		assertThat(body.path("total").isNull()).isTrue();
		JsonNode user = body.path("users").path(0);
		assertThat(user.path("type").asString()).isEqualTo("user");
		assertThat(user.path("self").asString()).isEqualTo(sim.restBaseUrl() + "/users/" + user.path("id").asString());
		assertThat(user.path("html_url").asString()).startsWith("https://pdkit-sim.pagerduty.com/users/");
		assertThat(user.path("summary").asString()).isEqualTo(user.path("name").asString());
	}

	@Test
	void getUserShouldWrapInUserAndUnknownIdShouldAnswer404() {
		String id = http.get("/users").json().path("users").path(1).path("id").asString();

		JsonNode body = http.get("/users/" + id).json();

		assertThat(body.propertyNames()).containsExactly("user");
		assertThat(body.path("user").path("id").asString()).isEqualTo(id);
		assertThat(http.get("/users/PNOPE00").status()).isEqualTo(404);
	}

	@Test
	void getCurrentUserShouldAnswerTheKeyOwner() {
		JsonNode me = http.get("/users/me").json().path("user");

		assertThat(me.path("email").asString()).isEqualTo(sim.ownerEmail());
		assertThat(me.path("name").asString()).isEqualTo("Ada Lovelace");
	}

	@Test
	void listUsersWithQueryShouldFilterByNameOrEmail() {
		JsonNode users = http.get("/users?query=grace").json().path("users");

		assertThat(users).hasSize(1);
		assertThat(users.path(0).path("name").asString()).isEqualTo("Grace Hopper");
	}

	@Test
	void listContactMethodsShouldWrapInContactMethods() {
		JsonNode me = http.get("/users/me").json().path("user");

		JsonNode body = http.get("/users/" + me.path("id").asString() + "/contact_methods").json();

		assertThat(body.propertyNames()).containsExactly("contact_methods");
		JsonNode method = body.path("contact_methods").path(0);
		assertThat(method.path("type").asString()).isEqualTo("email_contact_method");
		assertThat(method.path("address").asString()).isEqualTo(sim.ownerEmail());
		assertThat(method.path("self").asString()).startsWith(sim.restBaseUrl() + "/users/");
		assertThat(http.get("/users/" + me.path("id").asString() + "/contact_methods/" + method.path("id").asString())
			.json()
			.path("contact_method")
			.path("id")
			.asString()).isEqualTo(method.path("id").asString());
	}

	@Test
	void teamsPoliciesAndSchedulesShouldListAndGetWithTheirWrappers() {
		assertListAndGet("teams", "team", 2);
		assertListAndGet("escalation_policies", "escalation_policy", 2);
		assertListAndGet("schedules", "schedule", 2);
		assertListAndGet("services", "service", 3);
	}

	private void assertListAndGet(String collection, String singular, int size) {
		JsonNode list = http.get("/" + collection).json();
		assertThat(list.path(collection)).hasSize(size);
		JsonNode first = list.path(collection).path(0);
		assertThat(first.path("type").asString()).isEqualTo(singular);
		assertThat(first.path("self").asString())
			.isEqualTo(sim.restBaseUrl() + "/" + collection + "/" + first.path("id").asString());
		JsonNode one = http.get("/" + collection + "/" + first.path("id").asString()).json();
		assertThat(one.propertyNames()).containsExactly(singular);
		ObjectNode single = (ObjectNode) one.path(singular).deepCopy();
		single.remove(List.of("final_schedule", "overrides_subschedule"));
		assertThat(single).isEqualTo(first);
	}

	@Test
	void abilitiesShouldListAndTestWith204Or402Or404() {
		JsonNode abilities = http.get("/abilities").json();

		assertThat(abilities.propertyNames()).containsExactly("abilities");
		assertThat(abilities.path("abilities").toString()).contains("\"teams\"", "\"sso\"");
		SimHttp.Response has = http.get("/abilities/teams");
		assertThat(has.status()).isEqualTo(204);
		assertThat(has.body()).isEmpty();
		assertThat(http.get("/abilities/event_intelligence").status()).isEqualTo(402);
		assertThat(http.get("/abilities/made_up").status()).isEqualTo(404);
	}

	@Test
	void listOncallsShouldNameTheUserAtEachLevelAndFilterByUser() {
		JsonNode body = http.get("/oncalls").json();

		assertThat(body.propertyNames()).containsExactly("oncalls", "limit", "offset", "more", "total");
		assertThat(body.path("oncalls")).hasSize(4);
		JsonNode first = body.path("oncalls").path(0);
		assertThat(first.path("escalation_level").asInt()).isEqualTo(1);
		assertThat(first.path("user").path("type").asString()).isEqualTo("user_reference");
		assertThat(first.path("escalation_policy").path("type").asString()).isEqualTo("escalation_policy_reference");
		String userId = first.path("user").path("id").asString();
		assertThat(http.get("/oncalls?user_ids%5B%5D=" + userId).json().path("oncalls")).hasSize(1);
	}

}
