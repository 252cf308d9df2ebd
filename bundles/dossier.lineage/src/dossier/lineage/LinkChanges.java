// SPDX-License-Identifier: EPL-2.0
package dossier.lineage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What adding one article changed among the links ({@link LineageIndex#add(dossier.core.model.Article)}): the new article's own links,
 * and the links between articles added before that its arrival revised (docs/lineage.md, <i>What the index
 * remembers</i>). A store of the links applies them in this order: the article's links replace its earlier ones,
 * then each revision replaces the link it revises ({@link LineageFile#apply}, {@link #applyTo}).
 *
 * @param links the new article's links with the articles already added, suggested, strongest first
 * @param retyped links between two earlier articles that the new one made another type (a translation that a closer
 *        source makes a same story; a same story that a cluster closes into a translation), each with the link it
 *        replaces
 * @param removed the derivation links the article's earlier version had (an article added again under its id) that
 *        it no longer has, or the removed article had ({@link LineageIndex#remove}), as the index remembers them
 *        (without their evidence), and the links it had revised that are judged no link now that it is gone; the
 *        index remembers no other links, so a store drops the article's other links itself (its links replace them)
 */
public record LinkChanges(List<LineageLink> links, List<Retyped> retyped, List<LineageLink> removed) {

	/** A link revised: {@code was} (as it stood, or as the pair is judged now) is replaced by {@code now}. */
	public record Retyped(LineageLink was, LineageLink now) {
	}

	public LinkChanges {
		links = List.copyOf(links);
		retyped = List.copyOf(retyped);
		removed = List.copyOf(removed);
	}

	/** Only the new article's links: nothing revised. */
	public static LinkChanges of(List<LineageLink> links) {
		return new LinkChanges(links, List.of(), List.of());
	}

	/**
	 * {@code revisions} with one revision a pair: a pair revised twice (undone, then made again by an article's new
	 * version) keeps the link it was first and the link it is last, and none when those are the same type and direction.
	 */
	static List<Retyped> lastByPair(List<Retyped> revisions) {
		if (revisions.size() < 2) {
			return revisions; // nearly every add: nothing revised twice
		}
		Map<String, Retyped> byPair = new LinkedHashMap<>();
		for (Retyped revision : revisions) {
			String pair = LineageLink.pair(revision.now().from(), revision.now().to());
			Retyped first = byPair.get(pair);
			byPair.put(pair, first == null ? revision : new Retyped(first.was(), revision.now()));
		}
		byPair.values().removeIf(revision -> revision.was().type() == revision.now().type()
				&& revision.was().directed() == revision.now().directed()
				&& revision.was().from().equals(revision.now().from()));
		return List.copyOf(byPair.values());
	}

	/**
	 * Applies these changes to links held by pair ({@link LineageLink#pair}: two articles have one link at most): the
	 * article's links put, each revision put in place of the link it revises, the removed links dropped. The article's other earlier links (added again under its
	 * id) are the holder's to drop first; {@link Lineage#addAll} adds each article once.
	 */
	public void applyTo(Map<String, LineageLink> byPair) {
		for (LineageLink link : removed) {
			String pair = LineageLink.pair(link.from(), link.to());
			LineageLink held = byPair.get(pair);
			if (held != null && held.type() == link.type()) {
				byPair.remove(pair);
			}
		}
		for (LineageLink link : links) {
			byPair.put(LineageLink.pair(link.from(), link.to()), link);
		}
		for (Retyped revision : retyped) {
			byPair.put(LineageLink.pair(revision.now().from(), revision.now().to()), revision.now());
		}
	}
}
