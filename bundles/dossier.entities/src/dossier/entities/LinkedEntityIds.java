// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of the people and places an article's mentions link to, in text order, as the lineage engine takes them
 * into its language-independent fingerprint ({@code dossier.lineage.EntityIds}): "Japan", "Japon" and "اليابان" are
 * all {@code iso3166:JP}. Measured on the development half of the lineage set ({@code docs/quality.md}, Lineage):
 * <ul>
 * <li>only people and places: their names are the ones spelled per language and per script; organisations mostly
 * keep their names across languages, so their id only counted again a name the fingerprint already holds (with them,
 * the posts of one publisher about one person became translations of one another);</li>
 * <li>each entity once, at its first mention: a country named ten times is still one thing two articles share;</li>
 * <li>not dates (the fingerprint reads dates itself), not a new name an open recogniser proposed ({@code new:…},
 * spelled as the article spells it), not a rejected mention, not {@value EntityEngine#NOT_A_NAME}.</li>
 * </ul>
 */
public final class LinkedEntityIds {

	private static final Set<String> TYPES = Set.of(EntityType.PERSON.id(), EntityType.PLACE.id());
	private static final String NEW_PREFIX = "new:"; //$NON-NLS-1$

	private LinkedEntityIds() {
	}

	/** The linked ids of {@code mentions} (in any order), each once, in the order of their first mention. */
	public static List<String> of(List<Mention> mentions) {
		List<Mention> sorted = new ArrayList<>(mentions);
		sorted.sort(Mention.TEXT_ORDER);
		Set<String> ids = new LinkedHashSet<>();
		for (Mention mention : sorted) {
			String id = mention.entityId();
			if (mention.status() != MentionStatus.REJECTED && TYPES.contains(mention.type())
					&& !id.startsWith(NEW_PREFIX) && !id.equals(EntityEngine.NOT_A_NAME)) {
				ids.add(id);
			}
		}
		return List.copyOf(ids);
	}
}
