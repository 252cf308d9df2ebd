// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The canonical entities of one corpus, by id. Adding an entity whose id is already present merges the two
 * (names are united, existing labels win), which is how an import from another corpus or an accepted new name
 * joins. Not thread-safe; the {@link EntityEngine} takes a snapshot when it builds its gazetteer.
 */
public final class Catalogue {

	private final Map<String, Entity> entities = new TreeMap<>();
	/** The same entities for look-ups by id, which the engine makes for every entity it finds. */
	private final Map<String, Entity> byId = new HashMap<>();
	/** The types this corpus declares for itself (stored with its catalogue), by id. */
	private final Map<String, EntityType> declared = new TreeMap<>();

	public Catalogue() {
	}

	public Catalogue(Collection<Entity> initial) {
		initial.forEach(this::add);
	}

	/**
	 * Declares a type of this corpus (its label and colour hint), kept with the catalogue; a built-in type is never
	 * redeclared. Declaring an id again replaces its label and colour.
	 */
	public void declare(EntityType type) {
		if (!EntityTypes.isBuiltIn(type.id())) {
			declared.put(type.id(), type);
		}
	}

	/** The types declared with this catalogue, in id order. */
	public List<EntityType> declaredTypes() {
		return List.copyOf(declared.values());
	}

	/**
	 * The type with this id: built in, declared with this catalogue, contributed, or else one named by its id (so no
	 * data is lost).
	 */
	public EntityType type(String id) {
		EntityType own = EntityTypes.isBuiltIn(id) ? null : declared.get(id);
		return own != null ? own : EntityTypes.get(id);
	}

	/** Every type a mention of this corpus may have: built in first, then contributed and declared, by id. */
	public List<EntityType> types() {
		Map<String, EntityType> others = new TreeMap<>();
		EntityTypes.contributed().forEach(type -> others.put(type.id(), type));
		others.putAll(declared);
		List<EntityType> all = new ArrayList<>(EntityTypes.builtIn());
		all.addAll(others.values());
		return all;
	}

	/** Adds {@code entity}, merging it into an existing one of the same id. Returns the stored entity. */
	public Entity add(Entity entity) {
		Entity stored = entities.merge(entity.id(), entity, Entity::mergedWith);
		byId.put(stored.id(), stored);
		return stored;
	}

	/** Replaces the entity of that id (or adds it). */
	public void put(Entity entity) {
		entities.put(entity.id(), entity);
		byId.put(entity.id(), entity);
	}

	public @Nullable Entity remove(String id) {
		byId.remove(id);
		return entities.remove(id);
	}

	public @Nullable Entity get(String id) {
		return byId.get(id);
	}

	public boolean contains(String id) {
		return byId.containsKey(id);
	}

	/** Entities in id order. */
	public List<Entity> entities() {
		return new ArrayList<>(entities.values());
	}

	public int size() {
		return entities.size();
	}

	/** Adds every entity of {@code other}, and the types it declares that this one does not; returns how many entities were new. */
	public int addAll(Catalogue other) {
		other.declared.values().forEach(type -> declared.putIfAbsent(type.id(), type));
		int added = 0;
		for (Entity entity : other.entities.values()) {
			if (!entities.containsKey(entity.id())) {
				added++;
			}
			add(entity);
		}
		return added;
	}

	/** The entity with this Wikidata id, or null. */
	public Entity byQid(String qid) {
		return entities.values().stream().filter(entity -> qid.equals(entity.qid())).findFirst().orElse(null);
	}
}
