package io.pdkit.rest.typed;

import java.util.List;

import io.pdkit.rest.model.ContactMethod;
import io.pdkit.rest.model.ContactMethodReference;
import io.pdkit.rest.model.NotificationRule;
import io.pdkit.rest.model.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.IntNode;

import static org.assertj.core.api.Assertions.assertThat;

class UsersTest extends TypedStubSupport {

	@Test
	void listWhenGivenQueryAndTeamsShouldSendThem() throws Exception {
		reply("{'users':[{'id':'PUSER1','type':'user','name':'Ann','email':'ann@example.com','role':'admin'}],"
				+ "'more':false}");

		List<User> users = this.client.users()
			.list(UserFilter.create().query("ann").teamIds("PT1", "PT2").include("contact_methods"))
			.toList();

		assertThat(users).singleElement().satisfies(user -> {
			assertThat(user.email()).isEqualTo("ann@example.com");
			assertThat(user.role()).isEqualTo(User.Role.ADMIN);
		});
		expect("GET", "/users",
				page("query", "ann", "team_ids[]", "PT1", "team_ids[]", "PT2", "include[]", "contact_methods"), null);
	}

	@Test
	void getMeCreateUpdateDeleteWhenCalledShouldSendTheDocumentedRequests() throws Exception {
		reply("{'user':{'id':'PUSER1','name':'Ann'}}");
		reply("{'user':{'id':'PME','name':'Me'}}");
		reply(201, "{'user':{'id':'PUSER2','name':'Bob','email':'bob@example.com'}}");
		reply("{'user':{'id':'PUSER2','name':'Bob','job_title':'SRE'}}");
		replyEmpty(204);

		assertThat(this.client.users().get("PUSER1").name()).isEqualTo("Ann");
		assertThat(this.client.users().me().id()).isEqualTo("PME");
		User bob = this.client.users()
			.from("admin@example.com")
			.create(User.of().withName("Bob").withEmail("bob@example.com").withRole(User.Role.LIMITED_USER));
		User updated = this.client.users().update(bob.withJobTitle("SRE"));
		this.client.users().delete("PUSER2");

		assertThat(updated.jobTitle()).isEqualTo("SRE");
		expect("GET", "/users/PUSER1");
		expect("GET", "/users/me");
		assertThat(expect("POST", "/users",
				"{'user':{'type':'user','name':'Bob','email':'bob@example.com'," + "'role':'limited_user'}}")
			.getHeaders()
			.get("From")).isEqualTo("admin@example.com");
		expect("PUT", "/users/PUSER2",
				"{'user':{'id':'PUSER2','name':'Bob','email':'bob@example.com'," + "'job_title':'SRE'}}");
		expect("DELETE", "/users/PUSER2");
	}

	@Test
	void contactMethodsWhenListedCreatedAndDeletedShouldUseTheUsersCollection() throws Exception {
		reply("{'contact_methods':[{'id':'PCM1','type':'email_contact_method','label':'Work',"
				+ "'address':'ann@example.com','send_short_email':false}]}");
		reply(201, "{'contact_method':{'id':'PCM2','type':'phone_contact_method','label':'Mobile',"
				+ "'address':'5555550100','country_code':1}}");
		replyEmpty(204);

		List<ContactMethod> methods = this.client.users().contactMethods("PUSER1").list().toList();
		ContactMethod phone = this.client.users()
			.contactMethods("PUSER1")
			.create(ContactMethod.of()
				.withType("phone_contact_method")
				.withLabel("Mobile")
				.withAddress("5555550100")
				.withExtra("country_code", IntNode.valueOf(1)));
		this.client.users().contactMethods("PUSER1").delete("PCM2");

		assertThat(methods.get(0).extra().get("send_short_email").asBoolean()).isFalse();
		assertThat(phone.extra().get("country_code").asInt()).isEqualTo(1);
		expect("GET", "/users/PUSER1/contact_methods", page(), null);
		expect("POST", "/users/PUSER1/contact_methods", "{'contact_method':{'type':'phone_contact_method',"
				+ "'label':'Mobile','address':'5555550100','country_code':1}}");
		expect("DELETE", "/users/PUSER1/contact_methods/PCM2");
	}

	@Test
	void notificationRulesWhenCreatedShouldPostTheRule() throws Exception {
		reply(201,
				"{'notification_rule':{'id':'PNR1','type':'assignment_notification_rule',"
						+ "'start_delay_in_minutes':5,'urgency':'high','contact_method':{'id':'PCM1',"
						+ "'type':'email_contact_method_reference'}}}");

		NotificationRule rule = this.client.users()
			.notificationRules("PUSER1")
			.create(NotificationRule.of()
				.withStartDelayInMinutes(5)
				.withUrgency(NotificationRule.Urgency.HIGH)
				.withContactMethod(ContactMethodReference.of("PCM1").withType("email_contact_method_reference")));

		assertThat(rule.contactMethod().id()).isEqualTo("PCM1");
		assertThat(rule.urgency()).isEqualTo(NotificationRule.Urgency.HIGH);
		expect("POST", "/users/PUSER1/notification_rules",
				"{'notification_rule':{'type':'assignment_notification_rule',"
						+ "'start_delay_in_minutes':5,'contact_method':{'id':'PCM1','type':'email_contact_method_reference'},"
						+ "'urgency':'high'}}");
	}

}
