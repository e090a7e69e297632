package io.pdkit.core;

import org.jspecify.annotations.Nullable;

final class FixedCredentialSource implements CredentialSource {

	private final String secret;

	FixedCredentialSource(@Nullable String secret, String name) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
		this.secret = secret;
	}

	@Override
	public String secret() {
		return this.secret;
	}

	@Override
	public String toString() {
		return "CredentialSource[" + masked() + "]";
	}

}
