package io.pdkit.rest.typed;

import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.rest.model.IncidentNote;

/**
 * The notes of one incident, from {@code client.incidents().notes(id)}.
 *
 * <pre>{@code
 * client.incidents().from("me@example.com").notes("PINC001").create("Restarted the database");
 * }</pre>
 */
public final class IncidentNotes {

	private final TypedCalls calls;

	private final String path;

	IncidentNotes(TypedCalls calls, String path) {
		this.calls = calls;
		this.path = path;
	}

	/**
	 * Streams the incident's notes ({@code GET /incidents/{id}/notes}).
	 * @return the notes
	 */
	public Stream<IncidentNote> list() {
		return this.calls.list(this.path, Map.of(), IncidentNote.class);
	}

	/**
	 * Adds a note ({@code POST /incidents/{id}/notes}).
	 * @param content the note's text
	 * @return the note as created
	 */
	public IncidentNote create(String content) {
		if (content == null || content.isBlank()) {
			throw new IllegalArgumentException("content must not be blank");
		}
		return this.calls.post(this.path, IncidentNote.of().withContent(content), IncidentNote.class);
	}

}
