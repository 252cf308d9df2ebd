// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.time.LocalDate;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What an entity network shows.
 *
 * @param once whether a story (an article and its copies) counts once
 * @param types the entity types taken ({@code PERSON}, {@code PLACE}, {@code ORG}); all types when empty
 * @param minWeight the fewest articles (stories) two entities must share to be linked, at least 1
 * @param maxNodes the most entities taken: the most mentioned, before links are counted, so that a large corpus
 *        stays readable and quick to lay out
 * @param from the first day of publication taken, or null for no lower bound
 * @param to the last day taken, or null for no upper bound (with either bound, undated articles are left out)
 * @param largestOnly whether only the largest connected group of entities is kept
 */
public record NetworkOptions(boolean once, Set<String> types, int minWeight, int maxNodes, @Nullable LocalDate from,
		@Nullable LocalDate to, boolean largestOnly) {

	/** The entities a view shows at most. */
	public static final int DEFAULT_MAX_NODES = 150;
	/**
	 * The links kept per entity taken, at most (the heaviest): 150 entities of a dense corpus share 11,000 links,
	 * a grey mat that takes long to draw and hides who matters; 600 still show the groups.
	 */
	public static final int LINKS_PER_NODE = 4;

	public NetworkOptions {
		types = Set.copyOf(types);
		minWeight = Math.max(1, minWeight);
		maxNodes = Math.max(1, maxNodes);
	}

	/** Every article, every type, links of at least {@code minWeight}, the {@value #DEFAULT_MAX_NODES} top entities. */
	public static NetworkOptions of(boolean once, Set<String> types, int minWeight) {
		return new NetworkOptions(once, types, minWeight, DEFAULT_MAX_NODES, null, null, false);
	}

	/** The most links kept: {@value #LINKS_PER_NODE} per entity taken. */
	public int maxLinks() {
		return LINKS_PER_NODE * maxNodes;
	}

	/** Whether an article published on {@code day} (null: undated) is taken. */
	public boolean inPeriod(@Nullable LocalDate day) {
		if (from == null && to == null) {
			return true;
		}
		if (day == null) {
			return false;
		}
		LocalDate first = from;
		LocalDate last = to;
		return (first == null || !day.isBefore(first)) && (last == null || !day.isAfter(last));
	}
}
