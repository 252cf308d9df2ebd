// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;

/**
 * Which link an article is read side by side through: the analyst's choice when there is one; else its original's
 * link (a translation or republication it was made from, a confirmed one before a suggested one, then the strongest);
 * else a copy of it whose original is not known for sure (an undirected link); else, for an original, its strongest
 * copy. Duplicates come after translations and republications; same stories are never read side by side (neither
 * was made from the other).
 */
final class SideBySidePairs {

	private SideBySidePairs() {
	}

	/** The link to show {@code id} through, among {@code links} (rejected ones already left out). */
	static Optional<LineageLink> choose(String id, @Nullable String partner, List<LineageLink> links) {
		List<LineageLink> derivations = links.stream()
				.filter(link -> link.type().isDerivation() && link.status() != LinkStatus.REJECTED && link.involves(id))
				.toList();
		if (partner != null) {
			Optional<LineageLink> chosen = derivations.stream().filter(link -> link.involves(partner))
					.min(strongestFirst());
			if (chosen.isPresent()) {
				return chosen;
			}
		}
		Optional<LineageLink> original = derivations.stream().filter(link -> link.directed() && link.to().equals(id))
				.min(strongestFirst());
		if (original.isPresent()) {
			return original;
		}
		Optional<LineageLink> undirected = derivations.stream().filter(link -> !link.directed()).min(strongestFirst());
		return undirected.isPresent() ? undirected : derivations.stream().min(strongestFirst());
	}

	/** The original of {@code link} as it is read: its {@code from} (the smaller id when undirected). */
	static String originalOf(LineageLink link) {
		return link.from();
	}

	private static Comparator<LineageLink> strongestFirst() {
		return Comparator.<LineageLink>comparingInt(link -> link.status() == LinkStatus.CONFIRMED ? 0 : 1)
				.thenComparingInt(link -> link.type() == LinkType.DUPLICATE ? 1 : 0)
				.thenComparing(Comparator.comparingDouble(LineageLink::score).reversed())
				.thenComparing(LineageLink::pairKey);
	}
}
