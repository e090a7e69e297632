package io.pdkit.rest.typed;

import java.util.List;
import java.util.Map;

import io.pdkit.core.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

class GenericReadsTest extends TypedStubSupport {

	record Person(String id, String name) {
	}

	@Test
	void rgetWhenGivenParameterizedTypeShouldConvertTheEntityToIt() throws Exception {
		reply("{'users':[{'id':'PUSER1','name':'Ann'},{'id':'PUSER2','name':'Bob'}],'more':false}");

		List<Person> people = this.client.rget("/users", RequestOptions.builder().queryParam("limit", 2).build(),
				new ParameterizedTypeReference<List<Person>>() {
				});

		assertThat(people).containsExactly(new Person("PUSER1", "Ann"), new Person("PUSER2", "Bob"));
		expect("GET", "/users", Map.of("limit", List.of("2")), null);
	}

	@Test
	void iterAllWhenGivenParameterizedTypeShouldConvertEachItem() throws Exception {
		reply("{'teams':[{'id':'PT1','name':'Ops'}],'more':false}");

		List<Map<String, Object>> teams = this.client
			.iterAll("/teams", Map.of("query", "op"), new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.toList();

		assertThat(teams).containsExactly(Map.of("id", "PT1", "name", "Ops"));
		expect("GET", "/teams", page("query", "op"), null);
	}

}
