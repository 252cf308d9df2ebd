// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The known entity types: the four built in, plus contributed ones. Thread-safe. Inside OSGi the contributions
 * of the {@code dossier.recognizers} extension point ({@code entityType} elements) are added on first use.
 */
public final class EntityTypes {

	private static final Map<String, EntityType> TYPES = new ConcurrentHashMap<>();

	static {
		for (EntityType type : builtIn()) {
			TYPES.put(type.id(), type);
		}
	}

	private EntityTypes() {
	}

	/** PERSON, PLACE, ORG, DATE. */
	public static List<EntityType> builtIn() {
		return List.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORG, EntityType.DATE);
	}

	/** Adds (or replaces the label and colour of) a contributed type. Built-in types cannot be replaced. */
	public static void register(EntityType type) {
		if (builtIn().stream().noneMatch(builtIn -> builtIn.id().equals(type.id()))) {
			TYPES.put(type.id(), type);
		}
	}

	/** The type with this id; an unknown id gives a type with that id as its label, so no data is lost. */
	public static EntityType get(String id) {
		Recognizers.contributions();
		EntityType type = TYPES.get(id);
		return type != null ? type : new EntityType(id, id, null);
	}

	/** Every known type, built-in first. */
	public static List<EntityType> all() {
		Recognizers.contributions();
		List<EntityType> all = new ArrayList<>(builtIn());
		TYPES.values().stream().filter(type -> !all.contains(type))
				.sorted((a, b) -> a.id().compareTo(b.id())).forEach(all::add);
		return all;
	}
}
