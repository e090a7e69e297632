package io.pdkit.test.internal.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

/**
 * The objects the spec-driven operations created or changed, keyed by their concrete path
 * ({@code /widgets/PABC123}), and the paths deleted since. Not thread-safe: callers hold
 * the simulator's lock.
 */
public final class SpecStore {

	private final Map<String, ObjectNode> objects = new LinkedHashMap<>();

	private final Set<String> deleted = new HashSet<>();

	/** The object stored at a path. */
	public Optional<ObjectNode> get(String path) {
		return Optional.ofNullable(objects.get(path));
	}

	/** Stores an object at a path (undoing an earlier delete). */
	public void put(String path, ObjectNode object) {
		deleted.remove(path);
		objects.put(path, object);
	}

	/** Removes the object at a path and remembers that it was deleted. */
	public void delete(String path) {
		objects.remove(path);
		deleted.add(path);
	}

	/** Whether the path was deleted and not created again. */
	public boolean isDeleted(String path) {
		return deleted.contains(path);
	}

	/** The objects stored directly under a collection path, in creation order. */
	public List<ObjectNode> children(String collectionPath) {
		String prefix = collectionPath.endsWith("/") ? collectionPath : collectionPath + "/";
		List<ObjectNode> children = new ArrayList<>();
		objects.forEach((path, object) -> {
			if (path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0) {
				children.add(object);
			}
		});
		return children;
	}

	/** Forgets everything. */
	public void clear() {
		objects.clear();
		deleted.clear();
	}

}
