package io.pdkit.autoconfigure.diagnostics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code pagerduty.*} keys described by the configuration metadata on the class path
 * (every jar's {@code META-INF/spring-configuration-metadata.json}; only files that
 * mention {@code "pagerduty.} are parsed), plus the prefixes under which any key is
 * accepted (maps and other configuration properties classes bound below
 * {@code pagerduty.}).
 */
final class KnownKeys {

	static final String PREFIX = "pagerduty.";

	private static final String PDKIT_KEYS = "configuration-keys.txt";

	private static final String QUOTED_PREFIX = "\"" + PREFIX;

	private static final String[] LOCATIONS = { "META-INF/spring-configuration-metadata.json",
			"META-INF/additional-spring-configuration-metadata.json" };

	private final Set<String> names;

	private final Set<String> openPrefixes;

	KnownKeys(Collection<String> names, Collection<String> openPrefixes) {
		this.names = new TreeSet<>(names);
		this.openPrefixes = new TreeSet<>(openPrefixes);
	}

	/**
	 * Returns the keys pdkit's starter declares, from the list that
	 * {@code scripts/generate-configuration-keys.py} derives from its configuration
	 * metadata: no metadata file is read or parsed.
	 * @return the keys, empty if the list is missing
	 */
	static KnownKeys pdkit() {
		List<String> names = new ArrayList<>();
		List<String> prefixes = new ArrayList<>();
		InputStream in = KnownKeys.class.getResourceAsStream(PDKIT_KEYS);
		if (in == null) {
			return new KnownKeys(names, prefixes);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				names.add(fields[0]);
				if (fields.length > 1 && fields[1].equals("map")) {
					prefixes.add(fields[0]);
				}
			}
		}
		catch (IOException ex) {
			return new KnownKeys(List.of(), List.of());
		}
		return new KnownKeys(names, prefixes);
	}

	static KnownKeys load(@Nullable ClassLoader classLoader, Collection<String> extraPrefixes) {
		ClassLoader loader = (classLoader != null) ? classLoader : KnownKeys.class.getClassLoader();
		List<String> names = new ArrayList<>();
		List<String> prefixes = new ArrayList<>(extraPrefixes);
		JsonMapper mapper = null;
		for (String location : LOCATIONS) {
			try {
				Enumeration<URL> resources = loader.getResources(location);
				while (resources.hasMoreElements()) {
					byte[] metadata;
					try (InputStream in = resources.nextElement().openStream()) {
						metadata = in.readAllBytes();
					}
					if (!mentionsPrefix(metadata)) {
						continue;
					}
					mapper = (mapper != null) ? mapper : JsonMapper.builder().build();
					for (JsonNode property : mapper.readTree(metadata).path("properties")) {
						String name = property.path("name").asString("");
						if (!name.startsWith(PREFIX)) {
							continue;
						}
						names.add(name);
						if (property.path("type").asString("").startsWith("java.util.Map")) {
							prefixes.add(name);
						}
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// unreadable metadata only makes the check less complete
			}
		}
		return new KnownKeys(names, prefixes);
	}

	private static boolean mentionsPrefix(byte[] metadata) {
		return new String(metadata, StandardCharsets.UTF_8).contains(QUOTED_PREFIX);
	}

	KnownKeys withPrefixes(Collection<String> extraPrefixes) {
		List<String> prefixes = new ArrayList<>(this.openPrefixes);
		prefixes.addAll(extraPrefixes);
		return new KnownKeys(this.names, prefixes);
	}

	boolean isEmpty() {
		return this.names.isEmpty();
	}

	boolean isKnown(String canonicalName) {
		String name = withoutIndexes(canonicalName);
		if (this.names.contains(name)) {
			return true;
		}
		for (String prefix : this.openPrefixes) {
			if (name.startsWith(prefix + ".") || canonicalName.startsWith(prefix + "[")) {
				return true;
			}
		}
		return false;
	}

	String nearest(String canonicalName) {
		String name = withoutIndexes(canonicalName);
		String best = "";
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : this.names) {
			int distance = distance(name, candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}

	Set<String> names() {
		return this.names;
	}

	Set<String> openPrefixes() {
		return this.openPrefixes;
	}

	static String withoutIndexes(String name) {
		return name.replaceAll("\\[[^\\]]*\\]", "");
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
