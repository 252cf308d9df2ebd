package dossier.entities.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dossier.core.model.Article;
import dossier.entities.EntityType;
import dossier.entities.Mention;
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

	private static final Set<String> PARTICLES = java.util.stream.Stream.of("al", "el", "bin", "ben", "ibn", "von", "van", "der", "den", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"de", "da", "di", "do", "dos", "del", "la", "le", "bin", "بن", "ابن", "ابو", "عبد", "jr", "sr").collect(java.util.stream.Collectors.toUnmodifiableSet()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$

	private PartialNames() {
	}

	public static List<Mention> link(Article article, NormalizedText normalized, TextNormalizer normalizer,
			List<Mention> chosen, List<Mention> rejected) {
		List<Mention> fullNames = new ArrayList<>();
		Gazetteer.Builder builder = Gazetteer.builder(normalizer);
		for (Mention mention : chosen) {
			if (!EntityType.PERSON.id().equals(mention.type())) {
				continue;
			}
			String[] tokens = mention.text().strip().split("[\\s\\-\u2010\u2011]+"); //$NON-NLS-1$
			if (tokens.length < 2) {
				continue;
			}
			fullNames.add(mention);
			for (String token : tokens) {
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
		Map<Long, Mention> best = new HashMap<>();
		for (Gazetteer.Match match : builder.build().find(normalized)) {
			int next = taken.nextSetBit(match.start());
			if (next >= 0 && next < match.end()) {
				continue;
			}
			Mention full = lastFullNameBefore(fullNames, match.entry().entityId(), match.start());
			if (full == null) {
				continue;
			}
			long key = (long) match.start() << 32 | match.end();
			Mention current = best.get(key);
			if (current == null || full.start() > startOfLastFullName(fullNames, current.entityId(), match.start())) {
				Mention linked = new Mention(article.id(), match.start(), match.end(),
						article.text().substring(match.start(), match.end()), full.entityId(), full.type(), RECOGNIZER, 0.7, null);
				boolean isRejected = rejected.stream().anyMatch(linked::sameSpanAndEntity);
				if (!isRejected) {
					best.put(key, linked);
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

	private static Mention lastFullNameBefore(List<Mention> fullNames, String entityId, int offset) {
		Mention last = null;
		for (Mention full : fullNames) {
			if (full.entityId().equals(entityId) && full.end() <= offset) {
				last = full;
			}
		}
		return last;
	}

	private static int startOfLastFullName(List<Mention> fullNames, String entityId, int offset) {
		Mention last = lastFullNameBefore(fullNames, entityId, offset);
		return last == null ? -1 : last.start();
	}
}
