package io.pdkit.rest.internal;

import java.util.Map;

import io.pdkit.core.ApiResponse;
import org.jspecify.annotations.Nullable;

/**
 * Sends one GET for a page and requires a 2xx response.
 */
@FunctionalInterface
public interface PageFetcher {

	/**
	 * Fetches a page.
	 * @param url the URL being paginated
	 * @param query the query parameters of this page
	 * @param context what is being done, named in error messages
	 * @return the successful response
	 */
	ApiResponse fetch(String url, Map<String, ? extends @Nullable Object> query, String context);

}
