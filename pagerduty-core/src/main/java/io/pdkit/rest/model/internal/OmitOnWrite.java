package io.pdkit.rest.model.internal;

import org.jspecify.annotations.Nullable;

/**
 * Jackson's value filter for the generated records: a property is left out when written
 * if it is {@code null} or an enum constant named {@code UNKNOWN} (a value the server
 * sent that this version does not know, so that an update leaves the server's value as it
 * is).
 */
public final class OmitOnWrite {

	/** Creates the filter; Jackson calls this. */
	public OmitOnWrite() {
	}

	@Override
	public boolean equals(@Nullable Object value) {
		return value == null || (value instanceof Enum<?> constant && constant.name().equals("UNKNOWN"));
	}

	@Override
	public int hashCode() {
		return 0;
	}

}
