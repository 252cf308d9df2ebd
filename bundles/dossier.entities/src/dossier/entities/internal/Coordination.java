// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.internal.OpenNames.Candidate;

/**
 * Names joined by "and" take each other's type: "in Nyanga and Philippi", "Pfizer e BioNTech", "Lula et Nyusi".
 * A Latin-script name that no evidence typed is typed like the name it is coordinated with — a typed candidate
 * or a mention the catalogues found — when that one is a person, an organisation or a place, and the two sides do
 * not disagree. A conjunction joins (", and" too); a comma joins only inside a list that a conjunction closes after
 * the candidate ("Nelsy Lizarazo, Javier Tolcachier, Tony Robinson y Pía Figueroa"), since "In Paris, Macron said"
 * is no list.
 */
final class Coordination {

	/** The conjunctions of the seven languages' Latin-script text, between two names. */
	private static final Pattern AND = Pattern.compile("\\s*,?\\s+(?:and|or|et|ou|und|oder|y|o|e|ed|i|&)\\s+" //$NON-NLS-1$
			// the article or preposition said again after the conjunction: "pela BioNTech e pela Pfizer", "in Nyanga and in Philippi";
			// not German's ("Gedanken und die CDU": its nouns are capitalised), nor "of"/"de" ("del Barça y de España")
			+ "(?:(?:the|in|from|at|la|le|les|el|los|las|il|lo|gli|au|aux|pela|pelo|pelas|pelos|della|dello|delle|dei|degli|al|alla|nel|nella|na|no|em|en|à|a)\\s+)?"); //$NON-NLS-1$

	/** A comma between two names of a list. */
	private static final Pattern COMMA = Pattern.compile("\\s*,\\s+"); //$NON-NLS-1$

	/**
	 * The rest of a list that a conjunction closes, right after a name: ", Javier Tolcachier, Tony Robinson y Pía
	 * Figueroa". Up to six more items of capitalised words ("eBay" too), none crossing a sentence or a bracket.
	 */
	private static final Pattern CLOSED_LIST = Pattern.compile("(?:\\s*,\\s+\\p{Ll}?\\p{Lu}[^,;:.!?()\\n]{0,40}?){0,6}\\s*,?\\s+" //$NON-NLS-1$
			+ "(?:and|or|et|ou|und|oder|y|o|e|ed|i)\\s+\\p{Lu}"); //$NON-NLS-1$

	private record Typed(int start, int end, String type) {
	}

	private Coordination() {
	}

	/** The candidates, the untyped ones typed by the names they are coordinated with where that is clear. */
	static List<Candidate> type(List<Candidate> candidates, List<Mention> found, String text) {
		if (candidates.stream().allMatch(c -> c.type() != null)) {
			return candidates; // nothing to type: most Arabic articles, and every article whose names all had evidence
		}
		List<Typed> typed = new ArrayList<>();
		for (Candidate candidate : candidates) {
			String type = candidate.type();
			if (type != null && !EntityType.DATE.id().equals(type)) {
				typed.add(new Typed(candidate.start(), candidate.end(), type));
			}
		}
		for (Mention mention : found) {
			if (!EntityType.DATE.id().equals(mention.type())) {
				typed.add(new Typed(mention.start(), mention.end(), mention.type()));
			}
		}
		if (typed.isEmpty()) {
			return candidates;
		}
		typed.sort(Comparator.comparingInt(Typed::start));
		List<Candidate> result = new ArrayList<>(candidates.size());
		for (Candidate candidate : candidates) {
			if (candidate.type() != null || Character.UnicodeScript.of(text.codePointAt(candidate.start())) != Character.UnicodeScript.LATIN) {
				result.add(candidate);
				continue;
			}
			String left = neighbour(typed, text, candidate, true);
			String right = neighbour(typed, text, candidate, false);
			String type = left == null ? right : right == null || right.equals(left) ? left : null;
			result.add(type == null ? candidate : candidate.typed(type, 0.45));
		}
		return result;
	}

	/** The type of the name right before ({@code before}) or after the candidate across a conjunction, or null. */
	private static @Nullable String neighbour(List<Typed> typed, String text, Candidate candidate, boolean before) {
		int low = 0;
		int high = typed.size();
		while (low < high) { // the first typed name starting at or after the candidate's end
			int middle = (low + high) >>> 1;
			if (typed.get(middle).start() < candidate.end()) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		if (!before) {
			if (low == typed.size()) {
				return null;
			}
			Typed next = typed.get(low);
			if (next.start() - candidate.end() > 20) {
				return null;
			}
			String gap = text.substring(candidate.end(), next.start());
			return AND.matcher(gap).matches() || COMMA.matcher(gap).matches() && closedList(text, candidate.end()) ? next.type() : null;
		}
		for (int i = low - 1; i >= 0 && i >= low - 4; i--) { // names before may overlap each other (a catalogue's inside an open one)
			Typed previous = typed.get(i);
			if (previous.end() <= candidate.start() && candidate.start() - previous.end() <= 20) {
				String gap = text.substring(previous.end(), candidate.start());
				return AND.matcher(gap).matches() || COMMA.matcher(gap).matches() && closedList(text, candidate.end()) ? previous.type() : null;
			}
		}
		return null;
	}

	/**
	 * "Nelsy Lizarazo, Javier Tolcachier, Tony Robinson y Pía Figueroa": inside a list that a conjunction closes after
	 * the candidate, a comma joins as the conjunction does; "In Paris, Macron said" closes no list.
	 */
	private static boolean closedList(String text, int from) {
		Matcher matcher = CLOSED_LIST.matcher(text);
		matcher.region(from, Math.min(text.length(), from + 300));
		return matcher.lookingAt();
	}
}
