// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index from keys (shingle bands, anchors) to the ids of the articles holding each, made for keys that
 * nearly always belong to one article: a key held by one article maps to its id, a set is made only when a second
 * article holds it (a set for each key would cost several kilobytes an article, issue 18 item 6). Not thread-safe:
 * the index that owns it guards it.
 */
public final class IdPostings {

	private final Map<Long, Object> postings = new HashMap<>();
	private final int setCapacity;
	private final boolean backToOne;

	/**
	 * @param setCapacity the initial capacity of a set made for a second holder (it decides the order in which a
	 *        set's holders come, so an index keeps it to give candidates in the order it always did)
	 * @param backToOne whether a set left with one holder goes back to being that holder's id
	 */
	public IdPostings(int setCapacity, boolean backToOne) {
		this.setCapacity = setCapacity;
		this.backToOne = backToOne;
	}

	public void add(long key, String id) {
		Object held = postings.get(key);
		if (held == null) {
			postings.put(key, id);
		} else if (held instanceof String other) {
			if (!other.equals(id)) {
				Set<String> ids = new HashSet<>(setCapacity);
				ids.add(other);
				ids.add(id);
				postings.put(key, ids);
			}
		} else {
			@SuppressWarnings("unchecked")
			Set<String> ids = (Set<String>) held;
			ids.add(id);
		}
	}

	public void remove(long key, String id) {
		Object held = postings.get(key);
		if (held instanceof String other) {
			if (other.equals(id)) {
				postings.remove(key);
			}
		} else if (held instanceof Set<?> ids) {
			ids.remove(id);
			if (backToOne && ids.size() == 1) {
				postings.put(key, ids.iterator().next());
			} else if (ids.isEmpty()) {
				postings.remove(key);
			}
		}
	}

	/** The ids of the articles holding {@code key}, in the order candidates come from it; empty when none does. */
	@SuppressWarnings("unchecked")
	public Collection<String> holders(long key) {
		Object held = postings.get(key);
		return held == null ? List.of() : held instanceof String id ? List.of(id) : (Collection<String>) held;
	}
}
