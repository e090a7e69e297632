package io.pdkit.test.internal;

import java.util.Random;

/**
 * Generates PagerDuty-looking ids ({@code P} and six characters), the same sequence after
 * every reset.
 */
final class Ids {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

	private static final long SEED = 20_261_126L;

	private Random random = new Random(SEED);

	void reset() {
		random = new Random(SEED);
	}

	String next() {
		StringBuilder id = new StringBuilder("P");
		for (int i = 0; i < 6; i++) {
			id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

}
