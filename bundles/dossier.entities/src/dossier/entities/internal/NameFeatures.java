// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.Mention;
import dossier.entities.internal.LatinNames.PlaceTest;
import dossier.entities.internal.OpenNames.Candidate;
import dossier.entities.internal.Words.Word;

/**
 * The features {@link NameModel} reads for one Latin-script candidate name: what the rules made of it (their type
 * and confidence), the shape, affixes and lexicon hits of its words, the words around it, and what the article
 * says about its words elsewhere (written in lower case somewhere: a common noun; capitalised inside sentences
 * again and again: a name). Every feature is a string; the language is joined to the ones whose meaning differs by
 * language (the words around a name, the rules' type).
 */
final class NameFeatures {

	private final NameLexicons lexicons;
	private final List<Word> words;
	private final String language;
	private final PlaceTest places;
	private final List<Mention> found;
	/** Keys the article writes in lower case somewhere. */
	private final Set<String> lowerCase = new HashSet<>();
	/** How often the article writes each key capitalised inside a sentence (not first, not in a headline line). */
	private final Map<String, Integer> capitalisedInside = new HashMap<>();

	NameFeatures(NameLexicons lexicons, List<Word> words, String language, PlaceTest places, List<Mention> found) {
		this.lexicons = lexicons;
		this.words = words;
		this.language = language;
		this.places = places;
		this.found = found;
		for (Word word : words) {
			if (word.arabic()) {
				continue;
			}
			if (!word.capitalised()) {
				lowerCase.add(word.key());
			} else if (!word.sentenceStart() && !word.titleLine()) {
				capitalisedInside.merge(word.key(), 1, Integer::sum);
			}
		}
	}

	/** The words of the article a candidate covers (by offsets). */
	private List<Word> covered(Candidate candidate) {
		int low = 0;
		int high = words.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (words.get(middle).start() < candidate.start()) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		List<Word> covered = new ArrayList<>();
		for (int i = low; i < words.size() && words.get(i).start() < candidate.end(); i++) {
			covered.add(words.get(i));
		}
		return covered;
	}

	List<String> of(Candidate candidate) {
		List<String> f = new ArrayList<>(48);
		List<Word> name = covered(candidate);
		if (name.isEmpty()) {
			return f;
		}
		Word first = name.get(0);
		Word last = name.get(name.size() - 1);
		String rule = candidate.type() == null ? "none" : candidate.type(); //$NON-NLS-1$
		int size = Math.min(4, (int) name.stream().filter(Word::capitalised).count());
		f.add("bias"); //$NON-NLS-1$
		f.add("lang=" + language); //$NON-NLS-1$
		f.add("rule=" + rule); //$NON-NLS-1$
		f.add("rule+lang=" + rule + language); //$NON-NLS-1$
		f.add("rule+conf=" + rule + Math.round(candidate.confidence() * 20)); //$NON-NLS-1$
		f.add("size=" + size); //$NON-NLS-1$
		f.add("rule+size=" + rule + size); //$NON-NLS-1$
		StringBuilder shape = new StringBuilder();
		for (Word word : name) {
			shape.append(shape(word.text())).append('_');
			f.add("word=" + word.key()); //$NON-NLS-1$
		}
		f.add("shape=" + shape); //$NON-NLS-1$
		f.add("first=" + first.key()); //$NON-NLS-1$
		f.add("last=" + last.key()); //$NON-NLS-1$
		String lastKey = last.key();
		f.add("suffix3=" + tail(lastKey, 3)); //$NON-NLS-1$
		f.add("suffix2=" + tail(lastKey, 2)); //$NON-NLS-1$
		f.add("suffix3+lang=" + tail(lastKey, 3) + language); //$NON-NLS-1$
		f.add("firstSuffix3=" + tail(first.key(), 3)); //$NON-NLS-1$
		boolean anyGiven = false;
		boolean anySurname = false;
		boolean anyOrgHead = false;
		boolean anyPlaceHead = false;
		boolean allLowerElsewhere = true;
		boolean anyLowerElsewhere = false;
		for (Word word : name) {
			if (!word.capitalised()) {
				f.add("connector=" + word.key()); //$NON-NLS-1$
				continue;
			}
			anyGiven |= lexicons.givenNames.contains(word.key());
			anySurname |= lexicons.surnames.contains(word.key());
			anyOrgHead |= lexicons.orgHeads.contains(word.key());
			anyPlaceHead |= lexicons.placeHeads.contains(word.key());
			boolean lower = lowerCase.contains(word.key());
			allLowerElsewhere &= lower;
			anyLowerElsewhere |= lower;
		}
		flag(f, lexicons.givenNames.contains(first.key()), "givenFirst"); //$NON-NLS-1$
		flag(f, anyGiven, "givenAny"); //$NON-NLS-1$
		flag(f, lexicons.surnames.contains(lastKey) && name.size() > 1, "surnameLast"); //$NON-NLS-1$
		flag(f, anySurname, "surnameAny"); //$NON-NLS-1$
		flag(f, anyOrgHead, "orgHead"); //$NON-NLS-1$
		flag(f, anyPlaceHead, "placeHead"); //$NON-NLS-1$
		flag(f, lexicons.legalSuffixes.contains(lastKey.replace(".", "")), "legalSuffix"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		flag(f, lexicons.demonyms.contains(first.key()), "demonymFirst"); //$NON-NLS-1$
		flag(f, lexicons.isStopword(first.key(), language), "stopwordFirst"); //$NON-NLS-1$
		flag(f, allLowerElsewhere, "lowerElsewhere+lang=" + language); //$NON-NLS-1$
		flag(f, anyLowerElsewhere, "someLowerElsewhere+size=" + size); //$NON-NLS-1$
		flag(f, first.sentenceStart(), "sentenceStart"); //$NON-NLS-1$
		flag(f, first.titleLine(), "titleLine"); //$NON-NLS-1$
		flag(f, first.allCaps() && name.size() == 1, "acronym"); //$NON-NLS-1$
		flag(f, candidate.joined().chars().anyMatch(Character::isDigit), "digit"); //$NON-NLS-1$
		flag(f, name.size() == 1 && first.text().indexOf('-') > 0, "hyphen"); //$NON-NLS-1$
		int inside = capitalisedInside.getOrDefault(first.key(), 0);
		f.add("capitalisedInside=" + Math.min(inside, 3)); //$NON-NLS-1$
		f.add("population=" + populationBucket(places.population(first.start(), last.end()))); //$NON-NLS-1$
		if (name.size() > 1) {
			f.add("populationLast=" + populationBucket(places.population(last.start(), last.end()))); //$NON-NLS-1$
		}
		int low = 0;
		int high = found.size();
		while (low < high) { // the first mention starting at or after the candidate; one before it may reach into it
			int middle = (low + high) >>> 1;
			if (found.get(middle).start() < candidate.start()) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		for (int i = Math.max(0, low - 1); i < found.size() && found.get(i).start() < candidate.end(); i++) {
			Mention mention = found.get(i);
			if (candidate.start() < mention.end() && !"DATE".equals(mention.type())) { //$NON-NLS-1$
				f.add("contains=" + mention.type() + (mention.start() == candidate.start() ? "@start" : "@inside")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		context(f, first.index() - 1, "before", first.gap()); //$NON-NLS-1$
		context(f, first.index() - 2, "before2", null); //$NON-NLS-1$
		Word after = last.index() + 1 < words.size() ? words.get(last.index() + 1) : null;
		context(f, last.index() + 1, "after", after == null ? null : after.gap()); //$NON-NLS-1$
		context(f, last.index() + 2, "after2", null); //$NON-NLS-1$
		return f;
	}

	/** The word at {@code index} as a feature (lower-case words by their key, capitalised ones by their shape), and the gap. */
	private void context(List<String> f, int index, String name, @Nullable String gap) {
		if (gap != null) {
			String stripped = gap.strip().replaceAll("\\s+", "_"); //$NON-NLS-1$ //$NON-NLS-2$
			f.add(name + "Gap=" + (stripped.isEmpty() ? (gap.contains("\n") ? "newline" : "space") : stripped)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		if (index < 0 || index >= words.size()) {
			f.add(name + "=edge"); //$NON-NLS-1$
			return;
		}
		Word word = words.get(index);
		String value = word.capitalised() ? "Cap" + (lexicons.titles.contains(word.key()) ? ":title" : "") : word.key(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.add(name + "=" + value); //$NON-NLS-1$
		f.add(name + "+lang=" + value + language); //$NON-NLS-1$
		if (lexicons.titles.contains(word.key())) {
			f.add(name + "Title"); //$NON-NLS-1$
		}
		if (lexicons.personVerbs.contains(word.key()) || lexicons.speechBefore.contains(word.key())) {
			f.add(name + "Speech"); //$NON-NLS-1$
		}
		if (lexicons.orgKinds.contains(word.key())) {
			f.add(name + "OrgKind"); //$NON-NLS-1$
		}
		if (lexicons.placePrepositions.getOrDefault(language, Set.of()).contains(word.key())) {
			f.add(name + "PlacePreposition"); //$NON-NLS-1$
		}
	}

	private static void flag(List<String> f, boolean on, String name) {
		if (on) {
			f.add(name);
		}
	}

	private static String populationBucket(int population) {
		if (population == Integer.MAX_VALUE) {
			return "gazetteer"; //$NON-NLS-1$
		}
		if (population >= PlaceNames.REGION) {
			return "region"; //$NON-NLS-1$
		}
		return population >= 100_000 ? "city" : population > 0 ? "town" : "none"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String tail(String key, int length) {
		return key.length() <= length ? key : key.substring(key.length() - length);
	}

	/** "Xx", "XX", "X.X.", "Xx-Xx", "xX": letters by case, digits as d, runs collapsed. */
	static String shape(String text) {
		StringBuilder shape = new StringBuilder();
		char previous = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
			if (s != previous) {
				shape.append(s);
			}
			previous = s;
		}
		return shape.toString();
	}
}
