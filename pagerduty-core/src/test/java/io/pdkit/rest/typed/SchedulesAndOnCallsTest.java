package io.pdkit.rest.typed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.pdkit.core.PagerDutyException;
import io.pdkit.rest.model.OnCall;
import io.pdkit.rest.model.Priority;
import io.pdkit.rest.model.Schedule;
import io.pdkit.rest.model.ScheduleOverride;
import io.pdkit.rest.model.User;
import io.pdkit.rest.model.UserReference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchedulesAndOnCallsTest extends TypedStubSupport {

	private static final Instant SINCE = Instant.parse("2026-03-01T00:00:00Z");

	private static final Instant UNTIL = Instant.parse("2026-03-08T00:00:00Z");

	@Test
	void getWhenGivenRangeShouldSendItAndReturnRenderedLayers() throws Exception {
		reply("{'schedule':{'id':'PS1','type':'schedule','name':'Primary','time_zone':'UTC','schedule_layers':[{"
				+ "'id':'PL1','start':'2026-01-01T00:00:00Z','rotation_virtual_start':'2026-01-01T00:00:00Z',"
				+ "'rotation_turn_length_seconds':86400,'users':[{'user':{'id':'PUSER1','type':'user_reference'}}],"
				+ "'rendered_schedule_entries':[{'start':'2026-03-01T00:00:00Z','end':'2026-03-02T00:00:00Z',"
				+ "'user':{'id':'PUSER1','type':'user_reference'}}]}],'final_schedule':{'name':'Final Schedule'}}}");

		Schedule schedule = this.client.schedules().get("PS1", SINCE, UNTIL);

		assertThat(schedule.scheduleLayers().get(0).rotationTurnLengthSeconds()).isEqualTo(86400);
		assertThat(schedule.scheduleLayers().get(0).renderedScheduleEntries().get(0).user().id()).isEqualTo("PUSER1");
		assertThat(schedule.finalSchedule().name()).isEqualTo(io.pdkit.rest.model.SubSchedule.Name.FINAL_SCHEDULE);
		expect("GET", "/schedules/PS1",
				TypedStubSupport.queryOf("since=2026-03-01T00:00:00Z&until=2026-03-08T00:00:00Z"), null);
	}

	@Test
	void usersWhenGivenRangeShouldReturnTheScheduleUsers() throws Exception {
		reply("{'users':[{'id':'PUSER1','name':'Ann'},{'id':'PUSER2','name':'Bob'}]}");

		List<User> users = this.client.schedules().users("PS1", SINCE, UNTIL);

		assertThat(users).extracting(User::name).containsExactly("Ann", "Bob");
		expect("GET", "/schedules/PS1/users", queryOf("since=2026-03-01T00:00:00Z&until=2026-03-08T00:00:00Z"), null);
	}

	@Test
	void usersWhenRangeIsReversedShouldRefuse() {
		assertThatThrownBy(() -> this.client.schedules().users("PS1", UNTIL, SINCE))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("until must not be before since");
	}

	@Test
	void overridesWhenListedCreatedAndDeletedShouldSendTheDocumentedRequests() throws Exception {
		reply("{'overrides':[{'id':'PO1','start':'2026-03-02T09:00:00Z','end':'2026-03-02T17:00:00Z',"
				+ "'user':{'id':'PUSER2','type':'user_reference'}}],'more':false}");
		reply(201, "[{'status':201,'override':{'id':'PO2','start':'2026-03-03T09:00:00Z',"
				+ "'end':'2026-03-03T17:00:00Z','user':{'id':'PUSER2','type':'user_reference'}}}]");
		replyEmpty(204);
		ScheduleOverrides overrides = this.client.schedules().overrides("PS1");

		List<ScheduleOverride> listed = overrides.list(SINCE, UNTIL).toList();
		ScheduleOverride created = overrides.create(ScheduleOverride.of()
			.withStart(OffsetDateTime.parse("2026-03-03T09:00:00Z"))
			.withEnd(OffsetDateTime.parse("2026-03-03T17:00:00Z"))
			.withUser(UserReference.of("PUSER2")));
		overrides.delete("PO2");

		assertThat(listed).extracting(ScheduleOverride::id).containsExactly("PO1");
		assertThat(created.id()).isEqualTo("PO2");
		expect("GET", "/schedules/PS1/overrides",
				page("since", "2026-03-01T00:00:00Z", "until", "2026-03-08T00:00:00Z"), null);
		expect("POST", "/schedules/PS1/overrides", "{'overrides':[{'start':'2026-03-03T09:00:00Z',"
				+ "'end':'2026-03-03T17:00:00Z','user':{'id':'PUSER2','type':'user_reference'}}]}");
		expect("DELETE", "/schedules/PS1/overrides/PO2");
	}

	@Test
	void overridesWhenOneIsRefusedShouldRaiseWithTheAnswer() {
		reply(201, "[{'status':400,'errors':['User is not on the schedule']}]");

		assertThatThrownBy(() -> this.client.schedules()
			.overrides("PS1")
			.create(ScheduleOverride.of().withUser(UserReference.of("PUSER9")))).isInstanceOf(PagerDutyException.class)
			.hasMessageContaining("User is not on the schedule");
	}

	@Test
	void onCallsWhenBySchedulePolicyOrUserShouldSendTheFilterAndRange() throws Exception {
		String page = "{'oncalls':[{'user':{'id':'PUSER1','type':'user_reference','summary':'Ann'},"
				+ "'schedule':{'id':'PS1','type':'schedule_reference'},'escalation_level':1,"
				+ "'start':'2026-03-01T00:00:00Z','end':'2026-03-02T00:00:00Z'}],'more':false}";
		reply(page);
		reply(page);
		reply(page);
		reply(page);

		List<OnCall> bySchedule = this.client.onCalls().forSchedule("PS1", SINCE, UNTIL).toList();
		this.client.onCalls().forEscalationPolicy("PEP1", SINCE, UNTIL).toList();
		this.client.onCalls().forUser("PUSER1", SINCE, UNTIL).toList();
		this.client.onCalls().list(OnCallFilter.create().earliest().timeZone("UTC")).toList();

		assertThat(bySchedule).singleElement().satisfies(onCall -> {
			assertThat(onCall.user().summary()).isEqualTo("Ann");
			assertThat(onCall.schedule().id()).isEqualTo("PS1");
			assertThat(onCall.escalationLevel()).isEqualTo(1);
		});
		String range = "since=2026-03-01T00:00:00Z&until=2026-03-08T00:00:00Z";
		expect("GET", "/oncalls", withPage(queryOf(range + "&schedule_ids[]=PS1")), null);
		expect("GET", "/oncalls", withPage(queryOf(range + "&escalation_policy_ids[]=PEP1")), null);
		expect("GET", "/oncalls", withPage(queryOf(range + "&user_ids[]=PUSER1")), null);
		expect("GET", "/oncalls", page("earliest", "true", "time_zone", "UTC"), null);
	}

	@Test
	void prioritiesWhenListedShouldReturnRecords() throws Exception {
		reply("{'priorities':[{'id':'PP1','type':'priority','name':'P1'},{'id':'PP2','type':'priority','name':'P2'}]}");

		List<Priority> priorities = this.client.priorities().list().toList();

		assertThat(priorities).extracting(Priority::name).containsExactly("P1", "P2");
		expect("GET", "/priorities", page(), null);
	}

	private static java.util.Map<String, List<String>> withPage(java.util.Map<String, List<String>> query) {
		java.util.Map<String, List<String>> all = page();
		all.putAll(query);
		return all;
	}

}
