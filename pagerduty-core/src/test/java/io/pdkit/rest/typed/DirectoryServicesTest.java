package io.pdkit.rest.typed;

import java.time.OffsetDateTime;
import java.util.List;

import io.pdkit.rest.model.EscalationPolicy;
import io.pdkit.rest.model.EscalationPolicyReference;
import io.pdkit.rest.model.EscalationRule;
import io.pdkit.rest.model.EscalationTargetReference;
import io.pdkit.rest.model.Integration;
import io.pdkit.rest.model.MaintenanceWindow;
import io.pdkit.rest.model.Service;
import io.pdkit.rest.model.ServiceReference;
import io.pdkit.rest.model.Team;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryServicesTest extends TypedStubSupport {

	@Test
	void servicesWhenListedCreatedUpdatedAndDeletedShouldSendTheDocumentedRequests() throws Exception {
		reply("{'services':[{'id':'PSVC1','type':'service','name':'Web','status':'active'}]}");
		reply(201, "{'service':{'id':'PSVC2','type':'service','name':'Api','status':'active',"
				+ "'escalation_policy':{'id':'PEP1','type':'escalation_policy_reference'}}}");
		reply("{'service':{'id':'PSVC2','type':'service','name':'Api v2','status':'disabled'}}");
		replyEmpty(204);

		List<Service> services = this.client.services()
			.list(ServiceFilter.create().query("we").teamIds("PT1"))
			.toList();
		Service api = this.client.services()
			.create(Service.of().withName("Api").withEscalationPolicy(EscalationPolicyReference.of("PEP1")));
		Service renamed = this.client.services().update(api.withName("Api v2").withStatus(Service.Status.DISABLED));
		this.client.services().delete("PSVC2");

		assertThat(services).extracting(Service::status).containsExactly(Service.Status.ACTIVE);
		assertThat(renamed.status()).isEqualTo(Service.Status.DISABLED);
		expect("GET", "/services", page("query", "we", "team_ids[]", "PT1"), null);
		expect("POST", "/services", "{'service':{'type':'service','name':'Api','escalation_policy':{'id':'PEP1',"
				+ "'type':'escalation_policy_reference'}}}");
		expect("PUT", "/services/PSVC2", "{'service':{'id':'PSVC2','type':'service','name':'Api v2',"
				+ "'status':'disabled','escalation_policy':{'id':'PEP1','type':'escalation_policy_reference'}}}");
		expect("DELETE", "/services/PSVC2");
	}

	@Test
	void integrationsWhenCreatedAndFetchedShouldUseTheServicesCollection() throws Exception {
		reply(201, "{'integration':{'id':'PINT1','type':'events_api_v2_inbound_integration','name':'Monitoring',"
				+ "'integration_key':'abc123def456','service':{'id':'PSVC1','type':'service_reference'}}}");
		reply("{'integration':{'id':'PINT1','type':'events_api_v2_inbound_integration'}}");

		Integration created = this.client.services()
			.integrations("PSVC1")
			.create(Integration.of().withType("events_api_v2_inbound_integration").withName("Monitoring"));
		Integration fetched = this.client.services().integrations("PSVC1").get("PINT1");

		assertThat(created.extra().get("integration_key").asString()).isEqualTo("abc123def456");
		assertThat(created.service()).isEqualTo(ServiceReference.of("PSVC1"));
		assertThat(fetched.id()).isEqualTo("PINT1");
		expect("POST", "/services/PSVC1/integrations",
				"{'integration':{'type':'events_api_v2_inbound_integration'," + "'name':'Monitoring'}}");
		expect("GET", "/services/PSVC1/integrations/PINT1");
	}

	@Test
	void teamsWhenCalledShouldSendTheDocumentedRequests() throws Exception {
		reply("{'teams':[{'id':'PT1','type':'team','name':'Ops','default_role':'manager'}]}");
		reply("{'team':{'id':'PT1','type':'team','name':'Ops'}}");
		reply(201, "{'team':{'id':'PT2','type':'team','name':'Dev'}}");
		reply("{'team':{'id':'PT2','type':'team','name':'Dev','description':'Builders'}}");
		replyEmpty(204);

		Team ops = this.client.teams().list(TeamFilter.create().query("op")).findFirst().orElseThrow();
		this.client.teams().get("PT1");
		Team dev = this.client.teams().create(Team.of().withName("Dev"));
		this.client.teams().update(dev.withDescription("Builders"));
		this.client.teams().delete("PT2");

		assertThat(ops.defaultRole()).isEqualTo(Team.DefaultRole.MANAGER);
		expect("GET", "/teams", page("query", "op"), null);
		expect("GET", "/teams/PT1");
		expect("POST", "/teams", "{'team':{'type':'team','name':'Dev'}}");
		expect("PUT", "/teams/PT2", "{'team':{'id':'PT2','type':'team','name':'Dev','description':'Builders'}}");
		expect("DELETE", "/teams/PT2");
	}

	@Test
	void escalationPoliciesWhenCreatedShouldSendRulesAndTargets() throws Exception {
		reply("{'escalation_policies':[]}");
		reply(201,
				"{'escalation_policy':{'id':'PEP1','type':'escalation_policy','name':'Web','num_loops':2,"
						+ "'escalation_rules':[{'id':'PR1','escalation_delay_in_minutes':30,"
						+ "'targets':[{'id':'PUSER1','type':'user_reference'}]}]}}");

		long none = this.client.escalationPolicies().list(EscalationPolicyFilter.create().userIds("PUSER1")).count();
		EscalationPolicy policy = this.client.escalationPolicies()
			.create(EscalationPolicy.of()
				.withName("Web")
				.withNumLoops(2)
				.withEscalationRules(List.of(EscalationRule.of()
					.withEscalationDelayInMinutes(30)
					.withTargets(List.of(EscalationTargetReference.of("PUSER1").withType("user_reference"))))));

		assertThat(none).isZero();
		assertThat(policy.escalationRules().get(0).targets().get(0).id()).isEqualTo("PUSER1");
		expect("GET", "/escalation_policies", page("user_ids[]", "PUSER1"), null);
		expect("POST", "/escalation_policies",
				"{'escalation_policy':{'type':'escalation_policy','name':'Web',"
						+ "'num_loops':2,'escalation_rules':[{'escalation_delay_in_minutes':30,"
						+ "'targets':[{'id':'PUSER1','type':'user_reference'}]}]}}");
	}

	@Test
	void maintenanceWindowsWhenCalledShouldSendTheDocumentedRequests() throws Exception {
		reply("{'maintenance_windows':[{'id':'PMW1','type':'maintenance_window',"
				+ "'start_time':'2026-03-01T10:00:00Z','end_time':'2026-03-01T12:00:00Z'}]}");
		reply(201, "{'maintenance_window':{'id':'PMW2','type':'maintenance_window'}}");
		replyEmpty(204);

		MaintenanceWindow window = this.client.maintenanceWindows()
			.list(MaintenanceWindowFilter.create().filter("ongoing").serviceIds("PSVC1"))
			.findFirst()
			.orElseThrow();
		this.client.maintenanceWindows()
			.from("admin@example.com")
			.create(MaintenanceWindow.of()
				.withStartTime(OffsetDateTime.parse("2026-03-02T10:00:00Z"))
				.withEndTime(OffsetDateTime.parse("2026-03-02T12:00:00Z"))
				.withServices(List.of(ServiceReference.of("PSVC1"))));
		this.client.maintenanceWindows().delete("PMW2");

		assertThat(window.endTime()).isEqualTo(OffsetDateTime.parse("2026-03-01T12:00:00Z"));
		expect("GET", "/maintenance_windows", page("filter", "ongoing", "service_ids[]", "PSVC1"), null);
		assertThat(expect("POST", "/maintenance_windows",
				"{'maintenance_window':{'type':'maintenance_window',"
						+ "'start_time':'2026-03-02T10:00:00Z','end_time':'2026-03-02T12:00:00Z',"
						+ "'services':[{'id':'PSVC1','type':'service_reference'}]}}")
			.getHeaders()
			.get("From")).isEqualTo("admin@example.com");
		expect("DELETE", "/maintenance_windows/PMW2");
	}

}
