// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.NormalizedText;
import dossier.entities.TextNormalizer;

/**
 * Within one article, a later partial name ("Meloni", "بوتين", "Kim") links to the nearest full name before it
 * that contains it ("Giorgia Meloni"). Two people sharing a word (كيم جونغ أون, كيم جونغ إيل) stay apart: the
 * shared word links to whichever of them was named last.
 */
public final class PartialNames {

	/** The recogniser id on linked partial names. */
	public static final String RECOGNIZER = "dossier.linker"; //$NON-NLS-1$

	private static final Set<String> PARTICLES = Stream.of("al", "el", "bin", "ben", "ibn", "von", "van", "der", "den", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"de", "da", "di", "do", "dos", "del", "la", "le", "bin", "بن", "ابن", "ابو", "عبد", "jr", "sr").collect(Collectors.toUnmodifiableSet()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011]+"); //$NON-NLS-1$

	private PartialNames() {
	}

	public static List<Mention> link(Article article, NormalizedText normalized, TextNormalizer normalizer,
			List<Mention> chosen, List<Mention> rejected) {
		List<Mention> fullNames = new ArrayList<>();
		Gazetteer.Builder builder = Gazetteer.builder(normalizer);
		Set<String> added = new HashSet<>();
		for (Mention mention : chosen) {
			if (!EntityType.PERSON.id().equals(mention.type())) {
				continue;
			}
			String[] tokens = SEPARATORS.split(mention.text().strip());
			if (tokens.length < 2) {
				continue;
			}
			fullNames.add(mention);
			for (String token : tokens) {
				if (!added.add(mention.entityId() + '\u0000' + token)) {
					continue;
				}
				String key = normalizer.key(token);
				if (key.length() >= 3 && !PARTICLES.contains(key)) {
					builder.add(token, mention.entityId(), EntityType.PERSON.id(), RECOGNIZER, 0.7);
				}
			}
		}
		if (fullNames.isEmpty()) {
			return chosen;
		}
		BitSet taken = new BitSet(article.text().length());
		for (Mention mention : chosen) {
			taken.set(mention.start(), mention.end());
		}
		Map<String, FullNames> fullNamesOf = new HashMap<>();
		for (Mention full : fullNames) {
			fullNamesOf.computeIfAbsent(full.entityId(), id -> new FullNames()).names.add(full);
		}
		Set<Mention> rejectedLinks = new HashSet<>();
		for (Mention mention : rejected) {
			rejectedLinks.add(key(mention));
		}
		Map<Long, Mention> best = new HashMap<>();
		Map<Long, Integer> bestFullStart = new HashMap<>();
		for (Gazetteer.Match match : builder.build().find(normalized)) {
			int next = taken.nextSetBit(match.start());
			if (next >= 0 && next < match.end()) {
				continue;
			}
			FullNames names = fullNamesOf.get(match.entry().entityId());
			Mention full = names == null ? null : names.lastBefore(match.start());
			if (full == null) {
				continue;
			}
			long key = Gazetteer.spanKey(match.start(), match.end());
			Integer currentFullStart = bestFullStart.get(key);
			if (currentFullStart == null || full.start() > currentFullStart) {
				Mention linked = new Mention(article.id(), match.start(), match.end(),
						article.text().substring(match.start(), match.end()), full.entityId(), full.type(), RECOGNIZER, 0.7, MentionStatus.SUGGESTED);
				if (rejectedLinks.isEmpty() || !rejectedLinks.contains(key(linked))) {
					best.put(key, linked);
					bestFullStart.put(key, full.start());
				}
			}
		}
		if (best.isEmpty()) {
			return chosen;
		}
		List<Mention> result = new ArrayList<>(chosen);
		List<Mention> partials = new ArrayList<>(best.values());
		partials.sort(Mention.TEXT_ORDER);
		for (Mention partial : partials) {
			int next = taken.nextSetBit(partial.start());
			if (next < 0 || next >= partial.end()) {
				taken.set(partial.start(), partial.end());
				result.add(partial);
			}
		}
		result.sort(Mention.TEXT_ORDER);
		return result;
	}

	/** One entity's full names in text order. */
	private static final class FullNames {
		final List<Mention> names = new ArrayList<>();
		/** Whether the ends ascend too, found on the first look-up (after every name was added). */
		private @Nullable Boolean endsAscend;

		/**
		 * The last name (in text order) that ends at or before {@code offset}, or null. Chosen mentions do not
		 * overlap, so their ends ascend too and a binary search finds it; overlapping accepted decisions are
		 * searched one by one.
		 */
		@Nullable Mention lastBefore(int offset) {
			if (endsAscend == null) {
				endsAscend = Boolean.TRUE;
				for (int i = 1; i < names.size(); i++) {
					if (names.get(i).end() < names.get(i - 1).end()) {
						endsAscend = Boolean.FALSE;
					}
				}
			}
			if (!endsAscend.booleanValue()) {
				Mention last = null;
				for (Mention full : names) {
					if (full.end() <= offset) {
						last = full;
					}
				}
				return last;
			}
			int low = 0;
			int high = names.size() - 1;
			while (low <= high) { // the first that ends after offset
				int middle = (low + high) >>> 1;
				if (names.get(middle).end() <= offset) {
					low = middle + 1;
				} else {
					high = middle - 1;
				}
			}
			return low == 0 ? null : names.get(low - 1);
		}
	}

	/** A mention reduced to what a decision is remembered by: span and entity. */
	private static Mention key(Mention mention) {
		return new Mention("", mention.start(), mention.end(), "", mention.entityId(), "", "", 0, MentionStatus.SUGGESTED); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
