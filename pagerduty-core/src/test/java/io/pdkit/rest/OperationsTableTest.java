package io.pdkit.rest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsTableTest {

	private static RestApiV2Client client;

	record Operation(String method, String path, String sampleUrl, EntityWrappers expected, EntityWrappers python,
			boolean knownToPython, String reason) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	@BeforeAll
	static void createClient() {
		client = new RestApiV2Client("secret-key-1234");
	}

	@AfterAll
	static void closeClient() {
		client.close();
	}

	static List<Operation> operations() throws IOException {
		List<Operation> operations = new ArrayList<>();
		try (InputStream in = OperationsTableTest.class.getResourceAsStream("operations.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				String[] f = line.split("\t", -1);
				operations.add(new Operation(f[0], f[1], f[2], new EntityWrappers(wrapper(f[3]), wrapper(f[4])),
						new EntityWrappers(wrapper(f[5]), wrapper(f[6])), !f[5].equals("n/a"), f[7]));
			}
		}
		return operations;
	}

	private static String wrapper(String field) {
		return (field.equals("-") || field.equals("n/a")) ? null : field;
	}

	@Test
	void operationsWhenTableLoadedShouldCoverEveryOperationOfTheSpec() throws IOException {
		List<Operation> operations = operations();

		assertThat(operations).hasSize(465);
		assertThat(operations.stream().map(Operation::path).distinct())
			.as("the spec's 273 paths, less /incidents/count, which documents no operation")
			.hasSize(272);
	}

	@ParameterizedTest
	@MethodSource("operations")
	void canonicalPathWhenSampleUrlGivenShouldResolveToItsOperation(Operation operation) {
		assertThat(client.canonicalPath(operation.sampleUrl())).isEqualTo(operation.path());
		assertThat(client.canonicalPath("https://api.pagerduty.com" + operation.sampleUrl() + "?limit=1"))
			.isEqualTo(operation.path());
	}

	@ParameterizedTest
	@MethodSource("operations")
	void entityWrappersWhenOperationKnownShouldMatchPythonUnlessTheReportExplainsWhy(Operation operation) {
		EntityWrappers actual = client.entityWrappers(operation.method(), operation.path());

		assertThat(actual).isEqualTo(operation.expected());
		if (operation.knownToPython() && !actual.equals(operation.python())) {
			assertThat(operation.reason()).as("reason for differing from python-pagerduty").isNotBlank();
		}
	}

}
