// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.entities.internal.ExtensionReader;

/**
 * The entity types every corpus knows: the four built in, plus those contributed through the
 * {@code dossier.recognizers} extension point ({@code entityType} elements), read once on first use and not changed
 * after. A type a corpus declares for itself belongs to its {@link Catalogue} ({@link Catalogue#type(String)}).
 */
public final class EntityTypes {

	private EntityTypes() {
	}

	/** PERSON, PLACE, ORG, DATE. */
	public static List<EntityType> builtIn() {
		return List.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORG, EntityType.DATE);
	}

	/** The contributed types, in id order (none outside OSGi); a contribution cannot replace a built-in type. */
	public static List<EntityType> contributed() {
		return Contributed.TYPES;
	}

	/** The type with this id; an unknown id gives a type with that id as its label, so no data is lost. */
	public static EntityType get(String id) {
		for (EntityType type : builtIn()) {
			if (type.id().equals(id)) {
				return type;
			}
		}
		for (EntityType type : contributed()) {
			if (type.id().equals(id)) {
				return type;
			}
		}
		return new EntityType(id, id, null);
	}

	/** Every known type, built-in first. */
	public static List<EntityType> all() {
		List<EntityType> all = new ArrayList<>(builtIn());
		all.addAll(contributed());
		return all;
	}

	/** Whether {@code id} names a built-in type. */
	static boolean isBuiltIn(String id) {
		return builtIn().stream().anyMatch(type -> type.id().equals(id));
	}

	/** The contributions, read when first asked for. */
	private static final class Contributed {
		static final List<EntityType> TYPES = read();

		private static List<EntityType> read() {
			Map<String, EntityType> byId = new LinkedHashMap<>();
			if (Recognizers.registryPresent()) {
				for (EntityType type : ExtensionReader.types()) {
					if (!isBuiltIn(type.id())) {
						byId.putIfAbsent(type.id(), type);
					}
				}
			}
			List<EntityType> types = new ArrayList<>(byId.values());
			types.sort(Comparator.comparing(EntityType::id));
			return List.copyOf(types);
		}
	}
}
