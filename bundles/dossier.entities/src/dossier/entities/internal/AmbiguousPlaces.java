// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dossier.entities.EntityType;
import dossier.entities.NormalizedText;
import dossier.entities.TextNormalizer;

/**
 * Place names that are also everyday words and are taken for the place only in a place-like context. The Arabic
 * name of Mali, مالي, is also "financial" (عجز مالي, الوضع المالي) and "my money" (مالي الخاص). It is accepted after a
 * word that introduces a place (في, إلى, من, جمهورية, دولة, شمال...), with a proclitic ب ل و (بمالي, لمالي, ومالي), or in
 * a list of places (مالي والنيجر, النيجر، مالي); never with the article (المالي, the adjective).
 */
public final class AmbiguousPlaces {

	/** Normalised name to the entity it names when the context is right. */
	private static final Map<String, String> NAMES = Map.of("مالي", "iso3166:ML"); //$NON-NLS-1$ //$NON-NLS-2$

	/** Words after which a name is a place (normalised: alef unified, ة read as ه). */
	private static final Set<String> CUES = Stream.of("في", "الى", "إلى", "من", "عن", "جمهورية", "دولة", "شمال", "جنوب", "شرق", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"غرب", "وسط", "عاصمة", "حكومة", "جيش", "سلطات", "رئيس", "حدود", "شعب", "سفير", "سفارة").map(TextNormalizer.standard()::key) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			.collect(Collectors.toUnmodifiableSet());

	/** Proclitics that make the word a place: "in/by", "to/for", "and" (not the article: المالي is an adjective). */
	private static final Set<String> PLACE_PROCLITICS = Set.of("ب", "ل", "و", "وب", "ول", "فب", "فل"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/** What may separate two places of a list, spaces aside. */
	private static final Set<String> LIST_SEPARATORS = Set.of("،", ",", "و", "،و", ",و"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private AmbiguousPlaces() {
	}

	/** {@code matches} without the ambiguous names whose context is not place-like. */
	public static List<Gazetteer.Match> filter(NormalizedText text, List<Gazetteer.Match> matches) {
		String norm = text.text();
		matches = withoutAdjectives(norm, matches);
		List<Gazetteer.Match> ambiguous = null;
		for (Gazetteer.Match match : matches) {
			if (isAmbiguous(norm, match)) {
				if (ambiguous == null) {
					ambiguous = new ArrayList<>();
				}
				ambiguous.add(match);
			}
		}
		if (ambiguous == null) {
			return matches;
		}
		Set<Integer> placeStarts = new HashSet<>();
		Set<Integer> placeEnds = new HashSet<>();
		for (Gazetteer.Match match : matches) {
			if (EntityType.PLACE.id().equals(match.entry().type()) && !isAmbiguous(norm, match)) {
				placeStarts.add(match.normalizedStart());
				placeEnds.add(match.normalizedEnd());
			}
		}
		Set<Gazetteer.Match> rejected = new HashSet<>();
		for (Gazetteer.Match match : ambiguous) {
			if (!placeLike(norm, match, placeStarts, placeEnds)) {
				rejected.add(match);
			}
		}
		if (rejected.isEmpty()) {
			return matches;
		}
		List<Gazetteer.Match> kept = new ArrayList<>(matches.size());
		for (Gazetteer.Match match : matches) {
			if (!rejected.contains(match)) {
				kept.add(match);
			}
		}
		return kept;
	}

	/**
	 * A country named by its feminine nisba with the article (السعودية) is the adjective, not the country, right after
	 * a definite noun: "السلطات السعودية" is "the Saudi authorities".
	 */
	private static List<Gazetteer.Match> withoutAdjectives(String norm, List<Gazetteer.Match> matches) {
		List<Gazetteer.Match> kept = null;
		for (int i = 0; i < matches.size(); i++) {
			Gazetteer.Match match = matches.get(i);
			int start = match.normalizedStart();
			String name = norm.substring(start, match.normalizedEnd());
			boolean adjective = EntityType.PLACE.id().equals(match.entry().type()) && name.startsWith("ال") //$NON-NLS-1$
					&& name.endsWith("يه") && name.indexOf(' ') < 0 && (start == 0 || norm.charAt(start - 1) == ' ') //$NON-NLS-1$
					&& previousWord(norm, start).startsWith("ال") && !CUES.contains(previousWord(norm, start)); //$NON-NLS-1$
			if (adjective && kept == null) {
				kept = new ArrayList<>(matches.subList(0, i));
			} else if (!adjective && kept != null) {
				kept.add(match);
			}
		}
		return kept == null ? matches : kept;
	}

	private static String previousWord(String norm, int start) {
		int end = start;
		while (end > 0 && norm.charAt(end - 1) == ' ') {
			end--;
		}
		int from = end;
		while (from > 0 && TextNormalizer.isWordChar(norm.charAt(from - 1))) {
			from--;
		}
		return norm.substring(from, end);
	}

	private static boolean isAmbiguous(String norm, Gazetteer.Match match) {
		int length = match.normalizedEnd() - match.normalizedStart();
		if (length < 2 || length > 4 || !Gazetteer.isArabic(norm.charAt(match.normalizedStart()))) {
			return false; // cheap test first: every name here is a short Arabic word
		}
		String id = NAMES.get(norm.substring(match.normalizedStart(), match.normalizedEnd()));
		return id != null && id.equals(match.entry().entityId());
	}

	private static boolean placeLike(String norm, Gazetteer.Match match, Set<Integer> placeStarts, Set<Integer> placeEnds) {
		int start = match.normalizedStart();
		int wordStart = start;
		while (wordStart > 0 && TextNormalizer.isWordChar(norm.charAt(wordStart - 1))) {
			wordStart--;
		}
		if (wordStart < start) {
			return PLACE_PROCLITICS.contains(norm.substring(wordStart, start));
		}
		String previous = previousWord(norm, wordStart);
		if (CUES.contains(previous) || previous.length() > 1 && (previous.charAt(0) == 'و' || previous.charAt(0) == 'ف')
				&& CUES.contains(previous.substring(1))) {
			return true;
		}
		for (int end = wordStart; end >= 0 && end >= wordStart - 4; end--) { // a place just before, then a separator
			if (placeEnds.contains(end) && LIST_SEPARATORS.contains(norm.substring(end, wordStart).replace(" ", ""))) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		int after = match.normalizedEnd();
		for (int next = after; next < norm.length() && next <= after + 4; next++) { // a separator, then a place
			if (placeStarts.contains(next) && LIST_SEPARATORS.contains(norm.substring(after, next).replace(" ", ""))) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}
}
