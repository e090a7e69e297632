package io.pdkit.rest;

import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;

/**
 * Called for every item a paginating method yields, for example to report progress.
 *
 * <pre>{@code
 * PageOptions options = PageOptions.builder()
 *         .total(true)
 *         .itemHook((item, number, total) -> System.out.printf("%d of %s%n", number, total))
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface ItemHook {

	/**
	 * Receives one item.
	 * @param item the item, as received
	 * @param number its 1-based position in the whole iteration
	 * @param total the total number of items reported by the API, empty when unknown
	 */
	void accept(JsonNode item, long number, OptionalLong total);

}
