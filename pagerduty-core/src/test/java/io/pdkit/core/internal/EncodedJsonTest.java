package io.pdkit.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class EncodedJsonTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void withParametersWhenObjectShouldSendTheBytesOfTheObjectWithTheParametersPutLast() {
		ObjectNode event = JSON.createObjectNode();
		event.put("event_action", "trigger");
		event.putObject("payload").put("summary", "Disk \"full\"").put("source", "db01");
		ObjectNode expected = event.deepCopy();
		expected.put("routing_key", "key\\with\"quotes");

		byte[] sent = EncodedJson.of(JSON, event).withParameters(Map.of("routing_key", "key\\with\"quotes"), JSON);

		assertThat(text(sent)).isEqualTo(JSON.writeValueAsString(expected))
			.isEqualTo(
					"{\"event_action\":\"trigger\",\"payload\":{\"summary\":\"Disk \\\"full\\\"\",\"source\":\"db01\"},"
							+ "\"routing_key\":\"key\\\\with\\\"quotes\"}");
		assertThat(event.has("routing_key")).isFalse();
	}

	@Test
	void withParametersWhenObjectIsEmptyShouldWriteNoLeadingComma() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", "id");
		parameters.put("client_secret", "secret");

		byte[] sent = EncodedJson.of(JSON, JSON.createObjectNode()).withParameters(parameters, JSON);

		assertThat(text(sent)).isEqualTo("{\"client_id\":\"id\",\"client_secret\":\"secret\"}");
	}

	@Test
	void withParametersWhenObjectHasTheParameterShouldReplaceItInPlace() {
		ObjectNode body = JSON.createObjectNode().put("routing_key", "old").put("event_action", "trigger");

		byte[] sent = EncodedJson.of(JSON, body).withParameters(Map.of("routing_key", "new"), JSON);

		assertThat(text(sent)).isEqualTo("{\"routing_key\":\"new\",\"event_action\":\"trigger\"}");
		assertThat(body.get("routing_key").asString()).isEqualTo("old");
	}

	@Test
	void withParametersWhenBodyIsNotAnObjectShouldSendItAsItIs() {
		byte[] sent = EncodedJson.of(JSON, JSON.createArrayNode().add(1))
			.withParameters(Map.of("routing_key", "k"), JSON);

		assertThat(text(sent)).isEqualTo("[1]");
	}

	@Test
	void withParametersWhenMapperIndentsShouldStillProduceTheSameJson() {
		JsonMapper indenting = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		ObjectNode body = JSON.createObjectNode().put("event_action", "trigger");

		byte[] sent = EncodedJson.of(indenting, body).withParameters(Map.of("routing_key", "k"), indenting);

		assertThat(JSON.readTree(sent)).isEqualTo(body.deepCopy().put("routing_key", "k"));
	}

	@Test
	void withParametersWhenNoParametersShouldSendTheBytesSerialisedOnce() {
		EncodedJson encoded = EncodedJson.of(JSON, JSON.createObjectNode().put("a", 1));

		assertThat(encoded.withParameters(Map.of(), JSON)).isSameAs(encoded.withParameters(Map.of(), JSON));
	}

	@Test
	void sizeWithParametersShouldBeTheSizeOfWhatIsSent() {
		ObjectNode event = JSON.createObjectNode().put("summary", "Disque plein à 99 %");
		EncodedJson encoded = EncodedJson.of(JSON, event);
		Map<String, String> key = Map.of("routing_key", "clé\"1");

		assertThat(encoded.sizeWithParameters(key, JSON)).isEqualTo(encoded.withParameters(key, JSON).length)
			.isEqualTo(JSON.writeValueAsBytes(event.deepCopy().put("routing_key", "clé\"1")).length);
		assertThat(EncodedJson.of(JSON, JSON.createObjectNode()).sizeWithParameters(key, JSON))
			.isEqualTo(JSON.writeValueAsBytes(JSON.createObjectNode().put("routing_key", "clé\"1")).length);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
