// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.EntityType;
import dossier.entities.internal.OpenNames.Candidate;
import dossier.entities.internal.Words.Word;

/**
 * Names in Latin script that no catalogue holds: runs of capitalised words, with the name particles between them
 * ("Luiz Inácio Lula da Silva", "Ministero dell'Interno", "Universidad de Buenos Aires"), all-capital acronyms,
 * hyphenated and apostrophe names. A sentence's first word counts only with evidence (a given name, a head word,
 * or the same word capitalised inside a sentence elsewhere in the article); in headline-style lines, where every
 * word is capitalised, only words confirmed in the body count. Each run is typed by its evidence: an
 * organisation's head word or legal suffix, a place's head word or a locative preposition before it, a given
 * name or a speech verb after it for a person.
 */
final class LatinNames {

	private final NameLexicons lexicons;
	private final NameEvidence cues;
	/** The words of the article being read. */
	private List<Word> article = List.of();
	/** The nicknames of the sports teams found in the article ("pacers" of "Indiana Pacers"), which stand for the team alone. */
	private final Set<String> teamNicknames = new HashSet<>();
	/** The spans ({@code start << 32 | end}) that a catalogue found as organisations in the article being read. */
	private Set<Long> knownOrganisations = Set.of();
	/**
	 * Per word length asked, the keys of the article's words of that length written in lower case: made once per length
	 * and article, so that asking for every candidate's words stays linear in the article (asking per key, each key a
	 * walk over every word, took a 500 KB article 7 s).
	 */
	private final Map<Integer, Set<String>> lowerCaseByLength = new HashMap<>();

	LatinNames(NameLexicons lexicons) {
		this.lexicons = lexicons;
		this.cues = new NameEvidence(lexicons);
	}

	/** How big a place {@code [start, end)} names: 0 for none, {@link Integer#MAX_VALUE} for one a gazetteer found. */
	interface PlaceTest {
		int population(int start, int end);

		default boolean isPlace(int start, int end) {
			return population(start, end) > 0;
		}
	}

	/** The organisations a catalogue found in the next article, as spans {@code start << 32 | end}. */
	void knownOrganisations(Set<Long> spans) {
		knownOrganisations = spans;
	}

	List<Candidate> find(List<Word> words, String language, PlaceTest places) {
		Set<String> confirmed = confirmedKeys(words, language);
		article = words;
		lowerCaseByLength.clear();
		teamNicknames.clear();
		List<Candidate> candidates = new ArrayList<>();
		Map<Integer, Integer> spelled = spelledByAcronyms(words);
		int i = 0;
		while (i < words.size()) {
			Word word = words.get(i);
			Matcher based = word.capitalised() && word.text().indexOf('-') > 0
					? NameWords.PLACE_THEN_PARTICIPLE.matcher(word.text()) : null;
			if (based != null && based.matches()) {
				// "the Delhi-based National Stock Exchange": a place the gazetteers know before "-based" is a name of its
				// own, and the words after it begin another
				int end = word.start() + based.end(1);
				if (places.isPlace(word.start(), end)) {
					candidates.add(new Candidate(word.start(), end, EntityType.PLACE.id(), 0.55, List.of(lexicons.key(based.group(1)))));
				}
				i++;
				continue;
			}
			Integer spelt = spelled.get(i);
			if (spelt != null) {
				// "Alternative für Deutschland (AfD)": the acronym after the name spells it, its place and particles too
				List<String> keys = new ArrayList<>();
				for (int k = i; k <= spelt; k++) {
					keys.add(words.get(k).key());
				}
				candidates.add(new Candidate(word.start(), words.get(spelt).end(), EntityType.ORG.id(), 0.6, keys));
				i = spelt + 1;
				continue;
			}
			if ("en".equals(language) && word.capitalised() && lexicons.platforms.contains(word.key()) && i + 1 < words.size() //$NON-NLS-1$
					&& words.get(i + 1).spaceBefore() && NameWords.COMPANY_ACTS.contains(words.get(i + 1).key())) {
				// "Twitter censors hundreds of accounts", "Facebook removed the page": the company acting, not the medium
				candidates.add(new Candidate(word.start(), word.end(), EntityType.ORG.id(), 0.6, List.of(word.key())));
				i++;
				continue;
			}
			if (hyphenatedWithPlace(word, places)) {
				// "Algerie-Focus", "Haïti-Presse": a hyphenated name that merely holds a country's is no place, nor a person
				candidates.add(new Candidate(word.start(), word.end(), EntityType.ORG.id(), 0.5, List.of(word.key())));
				i++;
				continue;
			}
			if (withoutBorders(words, i, language, places)) {
				// "Reporters Without Borders", "Reporteros sin Fronteras", "Ärzte ohne Grenzen", "Avocats sans frontières":
				// the name of a family of organisations, whatever its first word
				Word last = words.get(i + 2);
				candidates.add(new Candidate(word.start(), last.end(), EntityType.ORG.id(), 0.7,
						List.of(word.key(), words.get(i + 1).key(), last.key())));
				i += 3;
				continue;
			}
			// the next word first: most words stand before a lower-case word, and need no key then
			boolean demonymBeforeName = i + 1 < words.size() && words.get(i + 1).spaceBefore() && nameish(words.get(i + 1), language)
					&& lexicons.demonyms.contains(word.key());
			if (!nameish(word, language) && !demonymBeforeName && !demonymInsideName(words, i, false, false, language)) {
				i++;
				continue;
			}
			List<Word> run = new ArrayList<>();
			run.add(word);
			int j = i + 1;
			while (j < words.size() && (!run.get(run.size() - 1).possessive() || possessiveInsideName(words, j))
					&& !withoutBorders(words, j, language, places) && !spelled.containsKey(j)
					&& !hyphenatedWithPlace(words.get(j), places)) {
				Word next = words.get(j);
				if (next.spaceBefore() && (nameish(next, language) || next.capitalised() && demonymInsideName(words, j, false, anyOrgHead(run), language)) || initialThenName(run, next, language)
						|| ampersand(next) && nameish(next, language) && run.get(run.size() - 1).capitalised()) {
					run.add(next);
					j++;
					continue;
				}
				if ("en".equals(language) && "to".equals(next.key()) && next.spaceBefore() && lexicons.orgHeads.contains(run.get(run.size() - 1).key()) //$NON-NLS-1$ //$NON-NLS-2$
						&& run.get(run.size() - 1).capitalised() && j + 2 < words.size() && words.get(j + 1).capitalised() && words.get(j + 2).capitalised()
						&& words.get(j + 1).spaceBefore() && words.get(j + 2).spaceBefore() && !cues.givenName(words.get(j + 1))
						&& !roleWord(words.get(j + 1)) && !places.isPlace(words.get(j + 1).start(), words.get(j + 1).end())) {
					// "Committee to Protect Journalists", "Campaign to Stop Killer Robots": a head, then "to" and a verb's phrase
					run.add(next);
					j++;
					continue;
				}
				int k = j;
				List<Word> connectors = new ArrayList<>();
				boolean orgSoFar = anyOrgHead(run) || orgHeadAhead(words, j);
				while (k < words.size() && k - j < 2 && words.get(k).spaceBefore() && !words.get(k).capitalised()
						&& (NameWords.CONNECTORS.contains(words.get(k).key()) || orgSoFar && NameWords.ORG_CONNECTORS.contains(words.get(k).key()))
						&& (!"de".equals(language) || orgSoFar || !NameWords.GERMAN_ARTICLES.contains(words.get(k).key()) || lexicons.givenNames.contains(run.get(0).key()))
						// "Dietmar Bartsch das Gesetz": a German article that no person's name holds ("von der Leyen" does)
						&& (!"de".equals(language) || orgSoFar || !NameWords.GERMAN_ARTICLES_NOT_IN_NAMES.contains(words.get(k).key()))) {
					connectors.add(words.get(k));
					k++;
				}
				if (!connectors.isEmpty() && k < words.size() && words.get(k).spaceBefore()
						&& (nameish(words.get(k), language) || orgSoFar && demonymInsideName(words, k, true, true, language))) {
					run.addAll(connectors);
					run.add(words.get(k));
					j = k + 1;
					continue;
				}
				break;
			}
			if (NameWords.ROMANCE.contains(language)) {
				j = headAdjectives(words, run, j, language, places);
			}
			i = j;
			if (demonymBeforeName && !anyHead(run)
					// "Cape Town": a word of the demonyms' list that opens a town's name the gazetteers know
					&& !places.isPlace(run.get(0).start(), run.get(run.size() - 1).end())) {
				run = run.subList(1, run.size()); // "Somali forces" no, "Somali Police Force" yes: a demonym only inside a name
			}
			if ("de".equals(language)) { //$NON-NLS-1$
				for (int m = 0; m < Math.min(3, run.size() - 1); m++) {
					if (NameWords.germanOrgKind(run.get(m).key()) && run.get(m + 1).capitalised() && !lexicons.orgHeads.contains(run.get(m + 1).key())) {
						// "PKW-Hersteller Borgward", "Die Fußballvereine VfB Stuttgart": the kind of organisation, then its name
						run = run.subList(m + 1, run.size());
						break;
					}
					if (!lexicons.isStopword(run.get(m).key(), language)) {
						break;
					}
				}
			}
			for (List<Word> part : split(run, places)) {
				Candidate candidate = candidate(part, words, language, confirmed, places);
				if (candidate != null) {
					candidates.add(candidate);
				}
			}
		}
		return candidates;
	}

	/**
	 * A definite article (or a preposition fused with one) right before the name, or an elided "l'" in front of it.
	 * Portuguese "a" is also a preposition ("disse a Maria"): it counts only after a word that takes an article
	 * ("barragem de", "a Casa") — here, when the word before it is not a verb of speech.
	 */
	private boolean articleBefore(Word first, @Nullable Word before, String language) {
		Set<String> articles = NameWords.DEFINITE_ARTICLES.get(language);
		if (articles == null) {
			return false;
		}
		String gap = first.gap();
		if (!"it".equals(language) && (gap.endsWith("l'") || gap.endsWith("l’"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return true; // "l'Assemblée"; Italian "dell'" too, but Italian writes "l'" before women's names as well
		}
		if (before == null || before.capitalised() && !before.sentenceStart() || !articles.contains(before.key())) {
			return false;
		}
		if ("pt".equals(language) && "a".equals(before.key()) && before.index() > 0) { //$NON-NLS-1$ //$NON-NLS-2$
			return !lexicons.speechBefore.contains(article.get(before.index() - 1).key());
		}
		return true;
	}

	/**
	 * French, Italian, Spanish and Portuguese capitalise only the first word of many an organisation's name: "Parti
	 * québécois", "Assemblée nationale", "Corte costituzionale", "Tribunal constitucional". After a run that ends with
	 * an organisation's head (not a generic one: "le gouvernement français" is no name), up to two lower-case
	 * adjectives belong to the name. Returns the index after the run.
	 */
	private int headAdjectives(List<Word> words, List<Word> run, int j, String language, PlaceTest places) {
		Word last = run.get(run.size() - 1);
		if (!last.capitalised() || !lexicons.orgHeads.contains(last.key()) || lexicons.genericHeads.contains(last.key())) {
			return j;
		}
		int first = run.get(0).index();
		if (first >= 2 && NameWords.OF_WORDS.contains(words.get(first - 1).key().replaceFirst("[lu]$", "")) //$NON-NLS-1$ //$NON-NLS-2$
				&& lexicons.titles.contains(words.get(first - 2).key())
				|| run.subList(0, run.size() - 1).stream().anyMatch(w -> lexicons.titles.contains(w.key()))) {
			return j; // "Presidente del Consiglio italiano", "ministre de l'Intérieur": a title's complement, not a name
		}
		int k = j;
		while (k < words.size() && k - j < 2) {
			Word next = words.get(k);
			if (!next.spaceBefore() || next.capitalised() || next.arabic() || lexicons.stopwords.contains(next.key())
					|| !(NameWords.ROMANCE_ADJECTIVE.matcher(next.key()).matches() || lexicons.demonyms.contains(next.key()))) {
				break;
			}
			run.add(next);
			k++;
		}
		return k > j ? complementAfterAdjectives(words, run, k, language, places) : k;
	}

	/**
	 * After a head and its lower-case adjectives, a connector and capitalised words are the name's complement:
	 * "Consiglio nazionale delle Ricerche", "Istituto nazionale di Statistica", "Conselho nacional de Justiça". Not a person
	 * ("Partito democratico di Matteo Renzi": a given name and another capitalised word after the connector), nor a place
	 * the gazetteers know (the body's seat or branch: "Partito democratico di Roma"). Returns the index after the run.
	 */
	private int complementAfterAdjectives(List<Word> words, List<Word> run, int j, String language, PlaceTest places) {
		int k = j;
		while (k < words.size() && k - j < 2 && words.get(k).spaceBefore() && !words.get(k).capitalised()
				&& NameWords.CONNECTORS.contains(words.get(k).key()) && !NameWords.ORG_ONLY_CONNECTORS.contains(words.get(k).key())) {
			k++;
		}
		if (k == j || k >= words.size() || !words.get(k).spaceBefore() || !nameish(words.get(k), language)
				|| cues.givenName(words.get(k)) && k + 1 < words.size() && words.get(k + 1).spaceBefore() && words.get(k + 1).capitalised()) {
			return j; // "di Matteo Renzi": a given name and a surname
		}
		int end = k;
		while (end < words.size() && words.get(end).spaceBefore() && nameish(words.get(end), language) && end - k < 4) {
			end++;
		}
		if (places.isPlace(words.get(k).start(), words.get(end - 1).end())) {
			return j; // "Partito democratico di Roma", "Tribunal constitucional de España": a body, then its place
		}
		run.addAll(words.subList(j, end));
		return end;
	}

	/**
	 * A word of the demonyms' list inside a long name, which {@link #nameish} refuses and which so cut the run: "North
	 * American Aerospace Defence Command", "VOA Somali Service", "the Western Cape Department of Social Development"
	 * (an organisation's or a place's head among the next three capitalised words); after a connector in a name that
	 * already holds an organisation's head, any capitalised word after it ("University of Western Cape", and "Cape"
	 * after "Western" there). "Somali forces", "the Nigerian army", "President of the Nigerian Senate" stay as they were.
	 */
	private boolean demonymInsideName(List<Word> words, int j, boolean orgSoFar, boolean inOrganisation, String language) {
		Word word = words.get(j);
		if (!word.capitalised() || word.arabic() || word.allCaps() || !lexicons.demonyms.contains(word.key())) {
			return false;
		}
		Word previous = j > 0 ? words.get(j - 1) : null;
		if (inOrganisation && previous != null && word.spaceBefore() && previous.capitalised() && lexicons.demonyms.contains(previous.key())) {
			return true; // the second of two such words in an organisation's name: "Western Cape"
		}
		for (int k = j + 1; k < words.size() && k - j <= 3; k++) {
			Word next = words.get(k);
			if (!next.spaceBefore() || !next.capitalised() || next.arabic()
					|| !nameish(next, language) && !lexicons.demonyms.contains(next.key())) {
				return false;
			}
			if (orgSoFar || head(next)) {
				return true;
			}
		}
		return false;
	}

	/** "United Nations Children's Fund", "Scottish Women's Aid": a possessive inside a name whose head follows it. */
	private boolean possessiveInsideName(List<Word> words, int j) {
		Word next = words.get(j);
		return next.spaceBefore() && next.capitalised() && lexicons.orgHeads.contains(next.key());
	}

	/**
	 * Whether the article writes this word in lower case somewhere: a common word here, not a name ("la zona",
	 * "una casa", "a terra" against "Zona Sur", "Casa Verde", "Terra Indígena"), whatever the lexicons of given names
	 * and surnames say. Asked only for candidates, and remembered per article.
	 */
	private boolean writtenInLowerCase(String key) {
		return lowerCaseByLength.computeIfAbsent(key.length(), length -> {
			Set<String> keys = new HashSet<>();
			for (Word word : article) { // the length first: most words are never turned into a key here
				if (word.end() - word.start() == length && !word.capitalised() && !word.arabic()) {
					keys.add(word.key());
				}
			}
			return keys;
		}).contains(key);
	}

	/**
	 * An organisation's head among the capitalised words right after the connectors at {@code j}: "Arab Science
	 * and Technology Foundation" is one name.
	 */
	private boolean orgHeadAhead(List<Word> words, int j) {
		int k = j;
		while (k < words.size() && k - j < 2 && !words.get(k).capitalised() && NameWords.ORG_CONNECTORS.contains(words.get(k).key())) {
			k++;
		}
		for (int seen = 0; k < words.size() && seen < 4 && words.get(k).capitalised() && words.get(k).spaceBefore(); k++, seen++) {
			if (lexicons.orgHeads.contains(words.get(k).key())) {
				return true;
			}
		}
		return false;
	}

	/** "J. K. Rowling", "St. Joseph": a single capital letter or a place's abbreviation, a period and a capitalised word. */
	private boolean initialThenName(List<Word> run, Word next, String language) {
		Word last = run.get(run.size() - 1);
		return (last.text().length() == 1 || NameWords.PLACE_ABBREVIATIONS.contains(last.text())) && last.capitalised() && next.gap().equals(". ") //$NON-NLS-1$
				&& nameish(next, language);
	}

	/** Capitalised (or "al-Assad"), not a number, not a month or weekday. */
	private boolean nameish(Word word, String language) {
		if (word.arabic()) {
			return false;
		}
		if (!word.capitalised() && !word.arabicParticle()) {
			return false;
		}
		String text = word.text();
		String gap = word.gap();
		if (!gap.isEmpty() && (gap.charAt(gap.length() - 1) == '@' || gap.charAt(gap.length() - 1) == '#')) {
			return false; // "@PIH_org", "#BlackLivesMatter": handles and hashtags are no mentions
		}
		return Character.isLetter(text.codePointAt(0)) && !lexicons.demonyms.contains(word.key())
				&& !lexicons.platforms.contains(word.key()) && !CalendarWords.isCalendarWord(text.toLowerCase(Locale.ROOT));
	}

	/** Words written capitalised inside a sentence (not first, not in a headline line) somewhere in the article. */
	private Set<String> confirmedKeys(List<Word> words, String language) {
		Set<String> confirmed = new HashSet<>();
		for (Word word : words) {
			if (word.capitalised() && !word.sentenceStart() && !word.titleLine() && !lexicons.isStopword(word.key(), language)) {
				confirmed.add(word.key());
			}
		}
		return confirmed;
	}

	/**
	 * Runs that hold two names: a capitalised title or noun before a given name ("President Emmanuel Macron",
	 * "Oberbürgermeister Christian Ude") gives the person from the given name on; a connector before a known place
	 * ("Ruzanna Sukiasyan di Trieste") ends the name before it. A run with a head word stays whole.
	 */
	private List<List<Word>> split(List<Word> run, PlaceTest places) {
		if (clubName(run, places)) {
			return List.of(run); // "Atlético de Madrid", "Olympique de Marseille": the club's town is part of its name
		}
		List<List<Word>> personOfBody = personThenBody(run, places);
		if (personOfBody != null) {
			return personOfBody;
		}
		List<List<Word>> acronymRole = acronymRolePerson(run, places);
		if (acronymRole != null) {
			return acronymRole;
		}
		for (int k = 1; k + 1 < run.size(); k++) {
			// "U.S. District Court in Texas", "Embajada de España en Berlín": a preposition of place, then a place the
			// gazetteers know, ends the name, head or not ("Partners in Health" names no place)
			if (!run.get(k).capitalised() && NameWords.IN_WORDS.contains(run.get(k).key()) && run.get(k + 1).capitalised()
					&& places.isPlace(run.get(k + 1).start(), run.get(run.size() - 1).end())) {
				return List.of(run.subList(0, k), run.subList(k + 1, run.size()));
			}
		}
		for (int k = 1; k + 1 < run.size(); k++) {
			if (!run.get(k).capitalised() && NameWords.AND_WORDS.contains(run.get(k).key()) && knownOrganisationAt(run, k + 1)) {
				// "BBC World Service and CNN International": "and" before an organisation a catalogue found joins two names
				List<List<Word>> parts = new ArrayList<>();
				parts.add(run.subList(0, k));
				parts.addAll(split(run.subList(k + 1, run.size()), places));
				return parts;
			}
		}
		for (int k = 1; k + 1 < run.size(); k++) {
			if (run.get(k - 1).allCaps() && !run.get(k).capitalised() && NameWords.AND_WORDS.contains(run.get(k).key())) {
				List<List<Word>> parts = new ArrayList<>(); // "La CGT et Force ouvrière", "EU and NATO": two names
				parts.add(run.subList(0, k));
				parts.addAll(split(run.subList(k + 1, run.size()), places));
				return parts;
			}
		}
		int titleOf = run.size() > 3 && roleWord(run.get(0)) ? titleThenOf(run) : -1; // "Secretary of the Air Force James Roche"
		if (run.size() > 2 && (titleComplement(run.get(0)) || titleOf > 0)) {
			// "il presidente della Repubblica Sergio Mattarella", "the President of the Commission Ursula von der Leyen":
			// the title's institution, then the person who holds it; within the run, "Secretary of the Air Force James
			// Roche", "Director of Air Force Communications Bill Bodie": a head anywhere in the institution's words
			for (int k = 1; k + 1 < run.size(); k++) {
				if (cues.givenName(run.get(k)) && (run.get(k + 1).capitalised() || NameWords.CONNECTORS.contains(run.get(k + 1).key())) && run.get(k - 1).capitalised()
						&& (lexicons.orgHeads.contains(run.get(k - 1).key()) || lexicons.placeHeads.contains(run.get(k - 1).key())
								|| titleOf > 0 && k > titleOf + 1 && anyOrgHead(run.subList(titleOf + 1, k)))) {
					return List.of(run.subList(0, k), run.subList(k, run.size()));
				}
			}
		}
		if (run.size() > 2 && lexicons.orgHeads.contains(run.get(0).key()) && !run.get(1).capitalised() && NameWords.AND_WORDS.contains(run.get(1).key())) {
			// "Polizei und Staatsanwaltschaft", "police and army": a generic head alone, then "and": two bodies, neither named
			List<List<Word>> parts = new ArrayList<>();
			parts.add(run.subList(0, 1));
			parts.addAll(split(run.subList(2, run.size()), places));
			return parts;
		}
		List<List<Word>> holder = roleThenPerson(run, places);
		if (holder != null) {
			return holder;
		}
		if (run.size() < 2 || anyHead(run)) {
			return List.of(run);
		}
		for (int k = 1; k + 1 < run.size(); k++) { // "Italia e Francia", "Spain and Portugal": two names
			if (!run.get(k).capitalised() && NameWords.ORG_ONLY_CONNECTORS.contains(run.get(k).key())) {
				List<List<Word>> parts = new ArrayList<>();
				parts.add(run.subList(0, k));
				parts.addAll(split(run.subList(k + 1, run.size()), places));
				return parts;
			}
		}
		for (int k = 1; k + 1 < run.size(); k++) {
			Word word = run.get(k);
			if (!word.capitalised() && NameWords.CONNECTORS.contains(word.key())) {
				for (int m = run.size() - 1; m > k; m--) {
					if (places.isPlace(run.get(k + 1).start(), run.get(m).end())) {
						List<List<Word>> parts = new ArrayList<>(List.of(run.subList(0, k), run.subList(k + 1, m + 1)));
						if (m + 1 < run.size()) {
							parts.add(run.subList(m + 1, run.size()));
						}
						return parts;
					}
				}
			}
		}
		for (int k = 1; k + 1 < run.size(); k++) {
			// the lexicons hold "de", "del", "la", "von" as given names too: such a connector begins a person only when a
			// given name or a surname follows it ("Aussagen von Özlem Demirel"), not inside a body's name ("Empresa Brasil
			// de Comunicação", "Seguridad del Estado")
			Word at = run.get(k);
			if (at.capitalised() ? lexicons.givenNames.contains(at.key()) && run.get(k + 1).capitalised()
					&& run.subList(0, k).stream().noneMatch(this::givenNameOrOtherLowerCase)
					: lexicons.givenNames.contains(at.key()) && run.get(k + 1).capitalised() && personWord(run.get(k + 1))
							&& run.subList(0, k).stream().noneMatch(w -> lexicons.givenNames.contains(w.key()) || !w.capitalised())) {
				return List.of(run.subList(0, k), run.subList(k, run.size()));
			}
		}
		return List.of(run);
	}

	/**
	 * A capitalised given name, or a lower-case word that is no connector: before a given name, either keeps a run whole
	 * ("Anna Maria Rossi", "Rede nacional Valter"). A connector does not ("Rede Nacional de Comunicação Pública Valter
	 * Campanato": the body, then the person).
	 */
	private boolean givenNameOrOtherLowerCase(Word word) {
		return word.capitalised() ? lexicons.givenNames.contains(word.key()) : !NameWords.CONNECTORS.contains(word.key());
	}

	private boolean personWord(Word word) {
		return lexicons.givenNames.contains(word.key()) || lexicons.surnames.contains(word.key());
	}

	/**
	 * A role written inside a run of capitals right before a given name and a surname: the body before the role, then
	 * the person ("Charlotte-Mecklenburg Police Chief Johnny Jennings", "Fresno County Sheriff Margaret Mims", "City
	 * Manager T. Broadnax" without its body, "Assistant Attorney General Matthew Olsen of the Justice Department"). The
	 * words before the role stay a name only when they hold an organisation's or a place's head; the person's part
	 * ends at a lower-case connector followed by such a head. Null when the run holds no such role.
	 */
	private @Nullable List<List<Word>> roleThenPerson(List<Word> run, PlaceTest places) {
		for (int k = 1; k + 1 < run.size(); k++) {
			if (!run.get(k).capitalised() || !roleBefore(run, k) || !(cues.givenName(run.get(k)) || INITIALS.matcher(run.get(k).text()).matches())
					|| !run.get(k + 1).capitalised() || head(run.get(k + 1))) {
				continue;
			}
			int stop = k;
			while (stop < run.size() && (run.get(stop).capitalised() || !headAfter(run, stop))) {
				stop++;
			}
			if (anyHead(run.subList(k, stop))) {
				return null; // "King Edward Memorial Hospital", "Prince Albert Institute": the body is named after the person
			}
			List<List<Word>> parts = new ArrayList<>();
			int body = k - 1;
			while (body >= 0 && !(run.get(body).capitalised() && roleWord(run.get(body)))) {
				body--; // back to the role ("Police Spokesperson SSP": the body ends before "Spokesperson")
			}
			while (body >= 0 && (roleWord(run.get(body)) || !run.get(body).capitalised())) {
				body--;
			}
			if (body >= 0 && (anyHead(run.subList(0, body + 1)) || places.isPlace(run.get(0).start(), run.get(body).end())
					|| NameWords.BODY_ROLES_AFTER.contains(run.get(body + 1).key()))) {
				parts.add(run.subList(0, body + 1)); // "Charlotte-Mecklenburg Police", "Khyber Pakhtunkhwa" (Chief Minister X)
			}
			parts.add(run.subList(k, stop));
			int rest = stop;
			while (rest < run.size() && !run.get(rest).capitalised()) {
				rest++;
			}
			if (rest < run.size()) {
				parts.addAll(split(run.subList(rest, run.size()), places));
			}
			return parts;
		}
		return null;
	}

	/**
	 * A person's name, a particle, then an organisation that a catalogue knows or whose name holds an organisation's
	 * head: the particle ends the person's name ("Thalia Rahme de Global Voices", "Anna Weber von der Deutschen Welle",
	 * "Sherif Mansour of the Committee to Protect Journalists"; "Universidad de Buenos Aires" and "Marie de Médicis"
	 * stay whole). Null when the run is not so made.
	 */
	private @Nullable List<List<Word>> personThenBody(List<Word> run, PlaceTest places) {
		for (int k = 2; k + 1 < run.size(); k++) {
			if (run.get(k).capitalised() || !NameWords.PARTICLES_BEFORE_BODIES.contains(run.get(k).key())) {
				continue;
			}
			int body = k + 1;
			while (body < run.size() && !run.get(body).capitalised() && body - k <= 2) {
				body++; // "von der", "of the"
			}
			if (body >= run.size() || !run.get(body).capitalised()) {
				return null;
			}
			List<Word> person = run.subList(0, k);
			if (!person.stream().allMatch(Word::capitalised) || person.size() > 3 || person.stream().anyMatch(this::head)
					|| person.stream().anyMatch(w -> w.allCaps() || roleWord(w)) || places.isPlace(person.get(0).start(), person.get(person.size() - 1).end())) {
				return null;
			}
			List<Word> rest = run.subList(body, run.size());
			boolean known = false;
			for (int end = rest.size() - 1; end >= 0 && !known; end--) {
				known = knownOrganisations.contains(((long) rest.get(0).start() << 32) | rest.get(end).end());
			}
			if (known || anyOrgHead(rest)) {
				List<List<Word>> parts = new ArrayList<>();
				parts.add(person);
				parts.addAll(split(rest, places));
				return parts;
			}
			return null;
		}
		return null;
	}

	/**
	 * An acronym, a role, then a person's name of two or three capitalised words: the acronym's body, then the person
	 * ("EFF Councillor Mzwandile Jacobs", "FBI Director James Comey", "ANC spokesperson" is no run). Null otherwise.
	 */
	private @Nullable List<List<Word>> acronymRolePerson(List<Word> run, PlaceTest places) {
		if (run.size() < 4 || run.size() > 5 || !run.get(0).allCaps() || run.get(0).text().length() < 2
				|| run.get(0).text().chars().anyMatch(Character::isDigit) || !roleWord(run.get(1))) {
			return null;
		}
		List<Word> person = run.subList(2, run.size());
		if (!person.stream().allMatch(w -> w.capitalised() && !w.allCaps() && !head(w) && !roleWord(w))) {
			return null;
		}
		return List.of(run.subList(0, 1), person);
	}

	/**
	 * A town's adjective in "-er" ("Karlsruher", "Hamburger", "Würzburger": the town the gazetteers know, plus "r" or
	 * "er") before a club's abbreviation in capitals or "Kickers".
	 */
	private static boolean townAdjectiveClub(Word first, Word last, PlaceTest places) {
		String text = first.text();
		boolean club = NameWords.CLUB_ABBREVIATIONS.contains(last.key()) && last.text().codePoints().filter(Character::isUpperCase).count() >= 2
				|| "kickers".equals(last.key()); //$NON-NLS-1$
		if (!club || !text.endsWith("er") || text.length() < 6 || !last.spaceBefore()) { //$NON-NLS-1$
			return false;
		}
		int end = first.end();
		return places.isPlace(first.start(), end - 2) || places.isPlace(first.start(), end - 1);
	}

	/** An organisation a catalogue found begins at the run's word {@code from}. */
	private boolean knownOrganisationAt(List<Word> run, int from) {
		for (int end = from; end < run.size(); end++) {
			if (knownOrganisations.contains(((long) run.get(from).start() << 32) | run.get(end).end())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The name's first words are an organisation a catalogue found, and the last one or two words open with no given
	 * name ("CNN Anderson Cooper" is no branch).
	 */
	private boolean knownBranch(List<Word> name) {
		for (int k = name.size() - 2; k >= Math.max(0, name.size() - 3); k--) {
			if (knownOrganisations.contains(((long) name.get(0).start() << 32) | name.get(k).end())) {
				return !cues.givenName(name.get(k + 1));
			}
		}
		return false;
	}

	/**
	 * One word of two capitalised parts joined by a hyphen, a country or a city the gazetteers know and a word that
	 * names news media ("Algerie-Focus", "Maroc-Hebdo", "Haiti-Presse", "Kenya-Today"): an outlet named after its country,
	 * which is no place. Other hyphenated names holding a place are left alone ("Bosnia-Erzegovina", "Israel-Hamas").
	 */
	private boolean hyphenatedWithPlace(Word word, PlaceTest places) {
		if (!word.capitalised() || word.allCaps()) {
			return false; // asked of every word: the cheap tests before the word is made a string
		}
		String text = word.text();
		int hyphen = text.indexOf('-');
		if (hyphen <= 0 || hyphen != text.lastIndexOf('-') || hyphen == text.length() - 1
				|| !Character.isUpperCase(text.charAt(hyphen + 1))) {
			return false;
		}
		return places.population(word.start(), word.start() + hyphen) == Integer.MAX_VALUE
				&& NameWords.MEDIA_WORDS.contains(lexicons.key(text.substring(hyphen + 1)));
	}

	/**
	 * A capitalised word, "without" and "borders" in the article's language, from word {@code i} on (French capitalises
	 * the first word only: "Reporters sans frontières"; "L'Europe sans frontières" is a place's).
	 */
	private static boolean withoutBorders(List<Word> words, int i, String language, PlaceTest places) {
		if (i + 2 >= words.size() || !words.get(i).capitalised() || !NameWords.WITHOUT.contains(words.get(i + 1).key())
				|| !NameWords.BORDERS.contains(words.get(i + 2).key()) || !words.get(i + 1).spaceBefore() || !words.get(i + 2).spaceBefore()) {
			return false;
		}
		return words.get(i + 2).capitalised() || "fr".equals(language) && !places.isPlace(words.get(i).start(), words.get(i).end()); //$NON-NLS-1$
	}

	/** A German compound naming a kind of organisation right before the name, or before its opening quote. */
	private static boolean germanKindBefore(Word first, List<Word> words) {
		if (first.index() == 0) {
			return false;
		}
		Word before = words.get(first.index() - 1);
		String gap = first.gap();
		return before.capitalised() && !before.sentenceStart() && NameWords.germanOrgKind(before.key())
				&& (first.spaceBefore() || gap.length() == 2 && gap.charAt(0) == ' ' && "„“\"«»‚".indexOf(gap.charAt(1)) >= 0);
	}

	/** The run's first word, or its first two ("Sri Lanka Police"), name a place the gazetteers know. */
	private static boolean placePrefix(List<Word> run, int from, int to, PlaceTest places) {
		for (int end = from; end <= Math.min(to - 1, from + 1); end++) {
			if (places.isPlace(run.get(from).start(), run.get(end).end())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The capitals in brackets right after the name are its initials, a hyphenated word's parts counted ("Pakistan
	 * Tehreek-e-Insaf (PTI)", "Frente Amplio (FA)"): an organisation introduces its acronym so.
	 */
	private static boolean initialsInBrackets(List<Word> name, List<Word> words) {
		Word last = name.get(name.size() - 1);
		if (name.size() < 2 || last.index() + 1 >= words.size()) {
			return false;
		}
		Word acronym = words.get(last.index() + 1);
		if (!acronym.gap().strip().equals("(") || !acronym.allCaps() || acronym.text().length() < 2) { //$NON-NLS-1$
			return false;
		}
		StringBuilder initials = new StringBuilder();
		for (Word word : name) {
			String text = word.text();
			for (int i = 0; i < text.length(); i++) {
				if ((i == 0 || text.charAt(i - 1) == '-') && Character.isUpperCase(text.charAt(i))) {
					initials.append(text.charAt(i));
				}
			}
		}
		return initials.length() >= 2 && initials.toString().equals(acronym.text());
	}

	/**
	 * Names that an acronym in mixed case, in brackets right after them, spells word by word, the lower-case words in
	 * lower case: "Alternative für Deutschland (AfD)", "Prawo i Sprawiedliwość (PiS)". Each name's first word index
	 * mapped to its last.
	 */
	private static Map<Integer, Integer> spelledByAcronyms(List<Word> words) {
		Map<Integer, Integer> spelled = new HashMap<>();
		for (Word acronym : words) {
			int length = acronym.end() - acronym.start();
			int from = acronym.index() - length;
			if (from < 0 || acronym.allCaps() || length < 3 || length > 6 || !acronym.gap().strip().equals("(")) { //$NON-NLS-1$
				continue; // tested before the word is made a string: most words are not in brackets
			}
			String text = acronym.text();
			if (text.codePoints().filter(Character::isUpperCase).count() < 2 || !words.get(from).capitalised()) {
				continue;
			}
			boolean spells = true;
			for (int i = 0; i < text.length() && spells; i++) {
				Word word = words.get(from + i);
				spells = word.text().charAt(0) == text.charAt(i) && (i == 0 || word.spaceBefore());
			}
			if (spells) {
				spelled.put(from, acronym.index() - 1);
			}
		}
		return spelled;
	}

	/** "T.C.", "J.": a person's initials, before a surname. */
	private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.(?:\\p{Lu}\\.)*"); //$NON-NLS-1$

	/**
	 * One of the last two capitalised words before {@code k} is a role ("Police Chief", "Secretary of State", "Chief
	 * Medical Officer", "Foreign Minister"), and the word right before {@code k} is capitalised: no saint's name ("San
	 * Pedro Sula").
	 */
	private boolean roleBefore(List<Word> run, int k) {
		Word last = run.get(k - 1);
		if (!last.capitalised() || NameWords.SAINTS.contains(last.key())) {
			return false;
		}
		int seen = 0;
		for (int b = k - 1; b >= 0 && seen < 2; b--) {
			Word word = run.get(b);
			if (word.capitalised()) {
				seen++;
				if (roleWord(word) && !NameWords.SAINTS.contains(word.key())) {
					return true;
				}
			}
		}
		return false;
	}

	/** A title, a rank, a role or a noun of people: "President", "Chief", "Attorney", "Director". */
	private boolean roleWord(Word word) {
		String key = word.key();
		return lexicons.titles.contains(key) || NameWords.ROLE_TITLES.contains(key) || lexicons.personNouns.contains(key);
	}

	/** Whether any of the words is an organisation's head (a loop: asked for every run and every word added to one). */
	private boolean anyOrgHead(List<Word> words) {
		for (Word word : words) {
			if (lexicons.orgHeads.contains(word.key())) {
				return true;
			}
		}
		return false;
	}

	/** Whether any of the words is an organisation's or a place's {@linkplain #head head}. */
	private boolean anyHead(List<Word> words) {
		for (Word word : words) {
			if (head(word)) {
				return true;
			}
		}
		return false;
	}

	private boolean head(Word word) {
		return lexicons.orgHeads.contains(word.key()) || lexicons.placeHeads.contains(word.key());
	}

	/** Lower-case words from {@code from} on, then capitalised words among which an organisation's or a place's head. */
	private boolean headAfter(List<Word> run, int from) {
		int k = from;
		while (k < run.size() && !run.get(k).capitalised()) {
			k++;
		}
		for (; k < run.size() && run.get(k).capitalised(); k++) {
			if (head(run.get(k))) {
				return true;
			}
		}
		return false;
	}

	private @Nullable Candidate candidate(List<Word> run, List<Word> words, String language, Set<String> confirmed, PlaceTest places) {
		int from = 0;
		int to = run.size() - 1;
		// leading articles and stopwords ("The", "Il", "Les", "Der"), and a sentence's first word without evidence
		while (from <= to) {
			Word first = run.get(from);
			if (from == 0 && to > from && clubName(run.subList(from, to + 1), places)) {
				break; // "Eintracht Frankfurt gewann", "l'AS Roma": a club's first word is its own, at a sentence's start too
			}
			boolean stop = lexicons.isStopword(first.key(), language)
					|| lexicons.stopwords.contains(first.key()) && first.text().length() <= 3
							// "Ed Zander": another language's short stopword ("ed") that is a given name before a capitalised word
							&& !(to > from && !first.allCaps() && lexicons.givenNames.contains(first.key()) && run.get(from + 1).capitalised())
					|| from == 0 && to > from && first.sentenceStart() && lexicons.speechBefore.contains(first.key()); // "Secondo Marco Trevisan"
			boolean unconfirmedStart = from == 0 && (first.sentenceStart() || first.titleLine()) && !evidence(first, confirmed)
					&& !(to > from && !first.titleLine() && NameEvidence.creditOrByline(first, words))
					// "Minnesota Public Radio", "Newcastle City Council", "Fresno County Sheriff": a town or a region the
					// gazetteers know, opening a name that holds a head
					&& !(to > from && !first.titleLine() && anyHead(run.subList(from + 1, to + 1))
							&& placePrefix(run, from, to, places))
					// "Redwood City, California - The jury...": a dateline's town, before a comma and a state or a country
					&& !(!first.titleLine() && !"de".equals(language) && regionAfterComma(run.get(to), words, places))
					// "Sargsyan, who has served...": a relative pronoun of people or an age right after the one word
					&& !(to == from && !first.titleLine() && NameEvidence.relativeOrAge(first, words, lexicons)
							&& (NameWords.SURNAME_ENDINGS.matcher(first.key()).matches() || lexicons.surnames.contains(first.key())
									|| NameEvidence.ageAfter(first, words)))
					&& !(to > from && run.get(from + 1).capitalised() && !first.titleLine() && !writtenInLowerCase(first.key())
							&& first.text().length() > 3 && lexicons.surnames.contains(run.get(from + 1).key()))
					// "Galgalo Arero is one of the refugees", a byline's "Pharie Sefali": a first word that no list of common
					// words holds, before another capitalised word, opens the name (not German, whose nouns are capitalised)
					&& !(!"de".equals(language) && !first.titleLine() && uncommonWord(first, language, places)
							&& (to == from || run.subList(from + 1, to + 1).stream().anyMatch(Word::capitalised)))
					// "Hidenori Watanave, an associate professor at...", "Solo Rajaonson, another local journalist,": two or
					// three capitalised words that a person's apposition follows are a whole name, its first word included
					&& !(to > from && to - from < 3 && !first.titleLine() && first.text().length() > 2
							&& run.subList(from, to + 1).stream().allMatch(Word::capitalised)
							&& !NameWords.OPENING_ADVERBS.contains(first.key()) && !writtenInLowerCase(first.key())
							&& cues.apposition(run.get(to), words))
					// "Loki Torrent, a site that tracks links": an organisation's apposition after the whole run
					// "Pacers guard Anthony Johnson", "Arsenal manager Arsène Wenger": a company's or a team's role after it
					&& !("en".equals(language) && !first.titleLine() && to - from < 3 && !cues.givenName(first) && !lexicons.surnames.contains(first.key())
							&& !NameWords.OPENING_ADVERBS.contains(first.key())
							&& run.get(to).index() + 1 < words.size() && bodyRoleAfter(words.get(run.get(to).index() + 1), words))
					// "Boeing shares fell", "Kravco's shareholders approved": a noun only a company has, right after the run
					&& !("en".equals(language) && !first.titleLine() && to - from < 3 && !cues.givenName(first) //$NON-NLS-1$
							&& !NameWords.OPENING_ADVERBS.contains(first.key()) && run.get(to).index() + 1 < words.size()
							&& words.get(run.get(to).index() + 1).spaceBefore() && !words.get(run.get(to).index() + 1).capitalised()
							&& NameWords.COMPANY_NOUNS_AFTER.contains(words.get(run.get(to).index() + 1).key())
							&& !NameWords.verbBeforeObject(words, run.get(to).index() + 1))
					// (English only: other languages open sentences with a capitalised adverb, "Ieri Acmetron, un'azienda")
					&& !(to > from && "en".equals(language) && !first.titleLine() && run.subList(from, to + 1).stream().allMatch(Word::capitalised)
							&& !cues.givenName(first) && cues.orgApposition(run.get(to), words, language));
			if (stop && from == 0 && to > from && NameWords.nameArticle(first, run.get(from + 1), language)) {
				break; // "desde La Gobernadora", "Source: The Conversation": a capitalised article inside a sentence is the name's own
			}
			if (stop || unconfirmedStart || !first.capitalised() && NameWords.CONNECTORS.contains(first.key())) {
				from++;
				continue;
			}
			break;
		}
		// a title or role before the name ("Presidente della Repubblica di Corea", "President Lula"): not part of it
		while (from <= to && lexicons.titles.contains(run.get(from).key()) && !lexicons.givenNames.contains(run.get(from).key())) {
			from++;
			while (from <= to && !run.get(from).capitalised()) {
				from++;
			}
		}
		while (to >= from && (!run.get(to).capitalised() && NameWords.CONNECTORS.contains(run.get(to).key())
				|| lexicons.isStopword(run.get(to).key(), language) && run.get(to).text().length() <= 3 && !run.get(to).allCaps())) {
			to--;
		}
		if (from > to) {
			return null;
		}
		List<Word> name = run.subList(from, to + 1);
		if (name.get(0).titleLine()) {
			// a headline capitalises every word: keep the longest stretch of words the body confirms
			int bestFrom = -1;
			int bestLength = 0;
			for (int a = 0; a < name.size(); a++) {
				int b = a;
				while (b < name.size() && (confirmed.contains(name.get(b).key()) || lexicons.givenNames.contains(name.get(b).key())
						|| b > a && !name.get(b).capitalised()
						// "Richard Morse posta su Twitter": the word after a given name is its surname, in a headline too
						|| b > a && name.get(b).capitalised() && cues.givenName(name.get(b - 1)) && !lexicons.isStopword(name.get(b).key(), language))) {
					b++;
				}
				while (b > a && !name.get(b - 1).capitalised()) {
					b--;
				}
				if (b - a > bestLength) {
					bestFrom = a;
					bestLength = b - a;
				}
			}
			if (bestLength == 0) {
				return null;
			}
			name = name.subList(bestFrom, bestFrom + bestLength);
		}
		if (name.size() == 1 && (lexicons.orgHeads.contains(name.get(0).key()) || lexicons.placeHeads.contains(name.get(0).key())
				|| name.get(0).allCaps() && lexicons.commonAcronyms.contains(name.get(0).key()))
				// "im Bundestag", "aus dem Bundesrat", "im Landtag": one German federal or state body, a head that is its own name
				&& !("de".equals(language) && (NameEvidence.germanFederalBody(name.get(0).key()) || "landtag".equals(name.get(0).key())))) { //$NON-NLS-1$ //$NON-NLS-2$
			return null; // "Government", "Gobierno", "Bundesregierung", "Centro": a head alone names nothing
		}
		Word afterName = name.get(name.size() - 1).index() + 1 < words.size() ? words.get(name.get(name.size() - 1).index() + 1) : null;
		if ("en".equals(language) && (name.size() == 2 && "administration".equals(name.get(1).key()) //$NON-NLS-1$ //$NON-NLS-2$
				|| name.size() == 1 && afterName != null && afterName.spaceBefore() && !afterName.capitalised() && "administration".equals(afterName.key()))) { //$NON-NLS-1$
			Word leader = name.get(0);
			if (!leader.allCaps() && !lexicons.isStopword(leader.key(), language) && !writtenInLowerCase(leader.key())
					&& !lexicons.orgHeads.contains(leader.key()) && !lexicons.placeHeads.contains(leader.key()) && !lexicons.demonyms.contains(leader.key())
					&& leader.text().chars().allMatch(Character::isLetter) && places.population(leader.start(), leader.end()) < 100_000) {
				// "the Bush administration", "the Obama Administration": a government named by its leader's surname, whose
				// name the guidelines annotate as the person's ("Food and Drug Administration" holds more words)
				return new Candidate(leader.start(), leader.end(), EntityType.PERSON.id(), 0.55, List.of(leader.key()));
			}
		}
		List<Word> whole = name;
		boolean org = companyWithAmpersand(name, places) || anyOrgHead(whole)
				|| lexicons.orgHeads.contains(hyphenHead(whole.get(whole.size() - 1))) && !lexicons.genericHeads.contains(hyphenHead(whole.get(whole.size() - 1)))
				|| whole.size() > 1 && lexicons.legalSuffixes.contains(whole.get(whole.size() - 1).key().replace(".", "")); //$NON-NLS-1$ //$NON-NLS-2$
		Word first = name.get(0);
		Word last = name.get(name.size() - 1);
		Word before = first.index() > 0 && first.spaceBefore() ? words.get(first.index() - 1) : null;
		Word after = last.index() + 1 < words.size() && words.get(last.index() + 1).spaceBefore() ? words.get(last.index() + 1) : null;
		// "Mr. Walker", "Dr. Mbeki", "Sra. López": an abbreviated title with its full stop
		boolean honorific = first.index() > 0 && ". ".equals(first.gap()) && Words.honorific(words.get(first.index() - 1)); //$NON-NLS-1$
		// "In Osterode, ...", "En Cúcuta, ...": a preposition of place that opens the sentence
		boolean prepositionBefore = before != null && (!before.capitalised() || before.sentenceStart() && !before.allCaps());
		String type;
		double confidence;
		boolean headFirst = lexicons.placeHeads.contains(first.key());
		boolean headLast = lexicons.placeHeads.contains(last.key()) && !lexicons.givenNames.contains(first.key())
				&& !NameWords.ROMANCE.contains(language); // "Industrial Road", but "Pierluigi Di Piazza" is a person
		// a German compound named after someone ("Konrad-Adenauer-Platz"); elsewhere a hyphenated surname ("Edgar Simo-Serra")
		boolean place = name.size() > 1 && (headFirst || headLast)
				|| !org && "de".equals(language) && name.stream().anyMatch(w -> lexicons.placeHeads.contains(hyphenHead(w)));
		Word title = before != null && lexicons.titles.contains(before.key()) ? before : null;
		Word kinWord = kin(first, last, words);
		Word ofWord = before != null && NameWords.OF_WORDS.contains(before.key()) && before.index() > 0 //$NON-NLS-1$
				? words.get(before.index() - 1) : null;
		if (before != null && !before.capitalised() && NameWords.GOVERNMENTS.contains(before.key()) && name.size() <= 3
				&& !lexicons.placeHeads.contains(first.key()) && !org) {
			// "governo Bolsonaro", "gobierno de Sánchez" no, "Governo Meloni": a government named by its head is an organisation
			return new Candidate(before.start(), last.end(), EntityType.ORG.id(), 0.6,
					Stream.concat(Stream.of(before.key()), name.stream().map(Word::key)).toList());
		}
		if (name.size() == 2 && townAdjectiveClub(first, last, places)) {
			// "Karlsruher SC", "Hamburger SV", "Würzburger Kickers": a town's adjective, then a club's abbreviation
			return new Candidate(first.start(), last.end(), EntityType.ORG.id(), 0.6, List.of(first.key(), last.key()));
		}
		if (name.size() > 1 && name.size() <= 4 && name.stream().allMatch(Word::capitalised) && knownBranch(name)) {
			// "Al Jazeera Balkans", "BBC World Service", "CNN International": a catalogue's organisation, then a branch's name
			return new Candidate(first.start(), last.end(), EntityType.ORG.id(), 0.6, name.stream().map(Word::key).toList());
		}
		Word domain = last.index() + 1 < words.size() && ".".equals(words.get(last.index() + 1).gap()) //$NON-NLS-1$
				&& NameWords.COMPANY_DOMAINS.contains(words.get(last.index() + 1).text()) ? words.get(last.index() + 1) : null;
		if (domain != null && name.size() <= 2 && !place) {
			// "Amazon.com", "Yahoo.com", "RottenTomatoes.com": a company or a site named by its address acts as an organisation
			return new Candidate(first.start(), domain.end(), EntityType.ORG.id(), 0.6,
					Stream.concat(name.stream().map(Word::key), Stream.of(domain.key())).toList());
		}
		if (!org && !place && clubName(name, places)) {
			type = EntityType.ORG.id(); // "Real Madrid", "Werder Bremen", "Olympique de Marseille", "AS Roma", "SC Freiburg"
			confidence = 0.6;
		} else if (!org && !place && teamName(name, language, places)) {
			type = EntityType.ORG.id(); // "Detroit Pistons", "Indiana Pacers", "New York Yankees": a place, then a plural nickname
			confidence = 0.6;
			teamNicknames.add(last.key());
		} else if (place) {
			type = EntityType.PLACE.id();
			confidence = 0.7;
		} else if (!org && ("en".equals(language) || "und".equals(language)) && name.size() <= 3 && after != null && !after.capitalised()
				&& NameWords.PLACE_NOUNS_AFTER.contains(after.key()) && name.stream().allMatch(Word::capitalised)) {
			type = EntityType.PLACE.id(); // "Hamar Jajab district", "the Hanta-Dheer area", "Rakhine state"
			confidence = 0.6;
		} else if (before != null && !before.capitalised() && NameWords.GEOGRAPHIC_NOUNS.getOrDefault(language, Set.of()).contains(NameWords.elided(before)) && !org) {
			type = EntityType.PLACE.id(); // "mer Baltique", "rio Xingu", "piazza Sant'Antonio", "avenida Angélica"
			confidence = 0.6;
		} else if (org || name.size() == 1 && "de".equals(language) && NameEvidence.germanFederalBody(first.key())) {
			type = EntityType.ORG.id();
			confidence = 0.75;
		} else if (name.size() <= 5 && staffOfBody(first, last, words, language, places)) {
			type = EntityType.ORG.id(); // "directora de Pressenza", "coordinator of the African Policing Civilian Oversight Forum"
			confidence = 0.6;
		} else if (name.size() <= 5 && bodyByItsPeopleOrPassive(first, last, before, after, words, language, places)) {
			type = EntityType.ORG.id(); // "members of Cuba Decide", "portavoz de Pressenza", "Airbus is owned by", "a Lycos spokesperson"
			confidence = 0.55;
		} else if ("en".equals(language) && before != null && "the".equals(before.key()) && after != null && !after.capitalised() //$NON-NLS-1$ //$NON-NLS-2$
				&& NameWords.REPORT_VERBS_AFTER.contains(after.key()) && name.size() <= 4 && name.stream().allMatch(Word::capitalised)
				&& !cues.givenName(first) && places.population(first.start(), last.end()) == 0
				&& name.stream().noneMatch(w -> lexicons.titles.contains(w.key()) || lexicons.demonyms.contains(w.key()))) {
			type = EntityType.ORG.id(); // "the Indian Express reported", "the Pentagon said": a name that takes "the" and reports is no person
			confidence = 0.55;
		} else if ("de".equals(language) && before != null && ("wie".equals(before.key()) //$NON-NLS-1$ //$NON-NLS-2$
				|| Set.of("der", "die", "das").contains(before.key()) && before.index() > 0 && "wie".equals(words.get(before.index() - 1).key())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				&& name.size() <= 3 && !cues.givenName(first) //$NON-NLS-1$
				&& !lexicons.surnames.contains(last.key()) && places.population(first.start(), last.end()) == 0 && reportVerbSoon(last, words)) {
			type = EntityType.ORG.id(); // "wie Tagesspiegel Background (€) berichtet", "wie der Spiegel meldete": the outlet a report is taken from
			confidence = 0.55;
		} else if (!"de".equals(language) && name.size() <= 3 && name.stream().allMatch(Word::capitalised)
				&& !(name.size() > 1 && cues.givenName(first)) && regionAfterComma(last, words, places)) {
			type = EntityType.PLACE.id(); // "a Gainsville, Florida man", "Redwood City, California -", "Sibiu, Romania": a town before its state or country
			confidence = 0.6;
		} else if (!"de".equals(language) && name.size() <= 2 && kinWord != null
				&& NameWords.KIN_BEFORE.getOrDefault(language, Set.of()).contains(NameWords.elided(kinWord))
				&& name.stream().allMatch(w -> w.capitalised() && !w.allCaps()) && !lexicons.isStopword(first.key(), language)
				&& places.population(first.start(), last.end()) < 100_000) {
			type = EntityType.PERSON.id(); // "his pregnant wife Laci", "sua moglie Anna", "su hijo Mateo": a name after a noun of kin
			confidence = 0.55;
		} else if (before != null && !before.capitalised() && !"de".equals(language)
				&& (lexicons.orgKinds.contains(NameWords.elided(before)) || "en".equals(language) && NameWords.COMPANY_NOUNS_BEFORE.contains(before.key()))
				// "l'associazione Luca Coscioni", "la fundación Pablo Neruda" name the body after someone; English "the company
				// Elon Musk bought" is a relative clause
				&& !("en".equals(language) && lexicons.givenNames.contains(first.key()))) {
			type = EntityType.ORG.id(); // "militant group al-Shabab", "la revista Science", "a empresa Vale"
			confidence = 0.55;
		} else if ("de".equals(language) && germanKindBefore(first, words) //$NON-NLS-1$
				&& name.size() <= 4 && !cues.givenName(first) && !lexicons.givenNames.contains(first.key())
				&& !NameWords.GERMAN_TIME_NOUNS.contains(first.key()) // "die Stiftung Anfang 2020 gegründet"
				&& places.population(first.start(), last.end()) == 0) {
			// "der PKW-Hersteller Borgward", "der Hilfsorganisation „Operation Mercy“", "die Menschenrechtsorganisation Pro
			// Asyl": German writes the kind of organisation as a capitalised compound right before the name
			type = EntityType.ORG.id();
			confidence = 0.55;
		} else if (ofWord != null && (!ofWord.capitalised() && lexicons.placeNouns.contains(ofWord.key()) || NameWords.MAYORS.contains(ofWord.key()))) {
			// "the city of Kisumu"; "il sindaco di Capistrello", "the mayor of Tampa", "el alcalde de Cúcuta": a mayor's town
			type = EntityType.PLACE.id();
			confidence = 0.6;
		} else if (name.size() == 1 && first.allCaps() && first.text().length() <= 3 && "(".equals(first.gap().strip()) && first.index() > 0 //$NON-NLS-1$
				&& (last.index() + 1 == words.size() || words.get(last.index() + 1).gap().startsWith(")")) //$NON-NLS-1$
				&& places.isPlace(words.get(first.index() - 1).start(), words.get(first.index() - 1).end())
				&& PlaceNames.get().subdivisionCode(first.text())) {
			type = EntityType.PLACE.id(); // "Brasília (DF)", "Guajará-Mirim (RO)", "Phoenix (AZ)": a town, then its state's code in brackets
			confidence = 0.6;
		} else if (name.size() == 1 && first.allCaps() && lexicons.stateAcronyms.contains(first.key())) {
			type = EntityType.PLACE.id(); // "in der DDR", "aux USA": a state, not an organisation
			confidence = 0.6;
		} else if (name.size() == 1 && first.allCaps() && first.text().length() >= 3 && (first.sentenceStart() || first.gap().contains("[")) //$NON-NLS-1$
				&& places.population(first.start(), last.end()) >= 100_000) {
			type = EntityType.PLACE.id(); // "[FEZ]", a dateline's "NAIROBI —": a city written in capitals is no acronym
			confidence = 0.55;
		} else if (name.size() == 1 && first.allCaps() && first.text().length() <= 8 && first.text().chars().noneMatch(Character::isDigit)
				&& !writtenInLowerCase(first.key())) { // "MEETING", "ATTENTION": a word the article also writes in lower case
			type = EntityType.ORG.id();
			confidence = 0.6;
		} else if (name.size() <= 2 && name.stream().anyMatch(NameWords::intercapped)) {
			type = EntityType.ORG.id(); // "GroundUp", "BioNTech", "SciDev.Net", "GroundUp Staff": companies and outlets write a capital inside a word
			confidence = 0.55;
		} else if (name.size() > 1 && NameWords.SAINTS.contains(first.key())) {
			type = EntityType.PLACE.id(); // "Santa Cruz de La Sierra", "San Giovanni", "São Gonçalo"
			confidence = 0.55;
		} else if (honorific && name.size() <= 3 && name.stream().allMatch(Word::capitalised)) {
			type = EntityType.PERSON.id();
			confidence = 0.6;
		} else if (name.size() == 1 && title != null) {
			type = EntityType.PERSON.id(); // "papa Francesco", "President Lula", "Frau Merkel"
			confidence = 0.55;
		} else if (name.size() > 1 && name.size() <= 4 && !"de".equals(language) && name.stream().allMatch(Word::capitalised)
				&& NameEvidence.creditOrByline(first, words)) {
			type = EntityType.PERSON.id(); // "Photo: Nombulelo Damba-Hendrik", "By Masixole Feni", "Foto di Elio Pallard"
			confidence = 0.55;
		} else if (name.size() > 1 && prepositionBefore
				&& lexicons.placePrepositions.getOrDefault(language, Set.of()).contains(before.key()) && places.isPlace(first.start(), last.end())) {
			type = EntityType.PLACE.id(); // "in Ann Arbor", "em Vicente López": a town the gazetteers know, after a preposition of place
			confidence = 0.6;
		} else if (name.size() > 1 && cues.givenName(first) && !writtenInLowerCase(first.key())
				&& !(lexicons.commonWordName(first.key(), language) && lexicons.commonWordName(last.key(), language))) {
			// "Belo Monte", "América Latina": two common words of the language that the lexicons also hold as names
			type = EntityType.PERSON.id();
			confidence = 0.75;
		} else if (name.size() == 2 && !NameWords.PLACE_QUALIFIERS.contains(first.key()) && first.text().indexOf('-') < 0
				&& !lexicons.placeHeads.contains(first.key()) && !NameWords.SAINTS.contains(first.key()) && !cues.givenName(first)
				&& places.population(last.start(), last.end()) == Integer.MAX_VALUE && places.population(first.start(), first.end()) == 0) {
			type = EntityType.ORG.id(); // "Repórter Brasil", "VOA Afrique", "Real Madrid": a word that is no place's before a country or a city
			confidence = 0.5;
		} else if (name.size() > 1 && places.isPlace(first.start(), last.end())) {
			type = EntityType.PLACE.id(); // "Santa Cruz de La Sierra", "San Giovanni", a town GeoNames knows
			confidence = 0.55;
		} else if (name.size() > 1 && name.size() <= 3 && (strongName(last, language) && lexicons.surnames.contains(last.key())
				|| NameWords.SURNAME_ENDINGS.matcher(last.key()).matches() && !writtenInLowerCase(last.key()))
				&& name.stream().allMatch(Word::capitalised)) {
			type = EntityType.PERSON.id();
			confidence = 0.55;
		} else if (name.size() > 1 && name.size() <= 3 && !"de".equals(language) && before != null && !before.capitalised()
				&& lexicons.personNouns.contains(NameWords.elided(before)) && name.stream().allMatch(Word::capitalised)
				&& places.population(first.start(), last.end()) == 0) {
			type = EntityType.PERSON.id(); // "the activist Nelsy Lizarazo", "la periodista Nelsy Lizarazo", "o pesquisador Christoph Schwitzer"
			confidence = 0.5;
		} else if (name.size() <= 4 && !"de".equals(language) && name.stream().allMatch(Word::capitalised)
				&& (name.size() > 1 && (cues.speechBefore(before, last, words) || cues.titledBefore(first, last, words)) || cues.apposition(last, words))
				|| "de".equals(language) && name.size() > 1 && name.size() <= 3 && name.stream().allMatch(Word::capitalised)
						&& name.stream().noneMatch(w -> lexicons.commonWordName(w.key(), language) || writtenInLowerCase(w.key()))
						&& (cues.titledBefore(first, last, words) || cues.apposition(last, words))) {
			// German: the apposition's noun is capitalised, and so are the nouns a name could be taken for: two or three
			// words, none a common word of the language ("Ralf Kobuzo, Sprecher des Ministeriums,")
			type = EntityType.PERSON.id(); // "said Hashi Hirey,", "Saloum Diop, enseignant", "Berta, uma trabalhadora"
			confidence = 0.5;
		} else if (name.size() == 1 && !cues.givenName(first) && places.population(first.start(), last.end()) >= PlaceNames.REGION) {
			type = EntityType.PLACE.id(); // "la Baviera ha risposto": a region or a city of millions speaks through its government
			confidence = 0.55;
		} else if (name.size() == 1 && cues.speechBeforeOne(before, first, words, language) && places.population(first.start(), last.end()) == 0
				&& !lexicons.isStopword(first.key(), language)) {
			type = EntityType.PERSON.id(); // "… said Nikani.", "sostuvo Méndez.", ", sagte Steinmeyer."
			confidence = 0.5;
		} else if ("en".equals(language) && name.size() <= 3 && !cues.givenName(first) && before != null && "for".equals(before.key()) //$NON-NLS-1$ //$NON-NLS-2$
				&& before.index() > 0 && NameWords.SPOKESPEOPLE.contains(words.get(before.index() - 1).key())
				&& name.stream().allMatch(Word::capitalised) && places.population(first.start(), last.end()) == 0) {
			type = EntityType.ORG.id(); // "a spokeswoman for Kravco said": the body a spokesperson speaks for, not the speaker
			confidence = 0.5;
		} else if (after != null && lexicons.personVerbs.contains(after.key()) && NameEvidence.speechAfter(after, words)) {
			type = EntityType.PERSON.id();
			confidence = 0.55;
		} else if (places.population(first.start(), last.end()) >= (name.size() > 1 ? 1 : "de".equals(language) ? 100_000 : 30_000)) {
			type = EntityType.PLACE.id(); // German nouns are capitalised, and many are also small towns (Regen, Lage)
			confidence = 0.5;
		} else if ("de".equals(language) && name.size() == 1 && prepositionBefore && NameWords.GERMAN_PLACE_PREPOSITIONS.contains(before.key())
				&& places.isPlace(first.start(), last.end()) && !lexicons.commonWordName(first.key(), language) && !writtenInLowerCase(first.key())) {
			type = EntityType.PLACE.id(); // "nach Finsterwalde", "In Osterode": a town the gazetteers know, after a German preposition of place
			confidence = 0.5;
		} else if (prepositionBefore && lexicons.placePrepositions.getOrDefault(language, Set.of()).contains(before.key())
				&& first.text().chars().noneMatch(Character::isDigit)) {
			type = EntityType.PLACE.id();
			confidence = 0.5;
		} else if (name.size() > 1 && !"de".equals(language) && name.stream().allMatch(Word::capitalised)
				&& name.stream().allMatch(w -> lettersOnly(w.text()))
				&& name.stream().anyMatch(w -> strongName(w, language))) {
			type = EntityType.PERSON.id(); // two or three capitalised words, one of them a known given name or surname
			confidence = 0.45;
		} else if (name.size() > 1 && name.size() <= 3 && !"de".equals(language) && !first.titleLine() //$NON-NLS-1$
				&& !(before != null && !before.capitalised() && INDEFINITE_ARTICLES.contains(before.key())) // "una Asamblea Constituyente"
				// "Kobuzo Ntamrele and Sons", "Pratt and Whitney": a conjunction and a capitalised word after it, the name may go on
				&& !(after != null && NameWords.AND_WORDS.contains(after.key()) && after.index() + 1 < words.size()
						&& words.get(after.index() + 1).capitalised() && words.get(after.index() + 1).spaceBefore()
						&& lexicons.commonWord(words.get(after.index() + 1).key(), language))
				&& name.stream().allMatch(w -> uncommonWord(w, language, places))) {
			// "Eskinder Nega", "Shuaib Manjra", "Ollanta Humala": two or three capitalised words of which no language's list
			// of common words holds any, and no cue types otherwise: a person's name is the likeliest
			type = EntityType.PERSON.id();
			confidence = 0.45;
		} else if (initialsInBrackets(name, words)) {
			type = EntityType.ORG.id(); // "Pakistan Tehreek-e-Insaf (PTI)": a name that introduces its acronym
			confidence = 0.55;
		} else {
			type = null; // a single capitalised word: typed by the document's other mentions, or not at all
			confidence = 0.3;
		}
		boolean weak = type == null || confidence <= 0.5 && !(EntityType.PERSON.id().equals(type) && cues.givenName(first));
		if (!org && !place && weak && places.population(first.start(), last.end()) == 0) {
			if ("en".equals(language) && after != null && !after.capitalised() && lexicons.bodyNounsAfter.contains(after.key()) //$NON-NLS-1$
					&& before != null && (!before.capitalised() || before.sentenceStart()) && lexicons.bodyModifiers.contains(before.key())
					&& name.stream().allMatch(Word::capitalised)) {
				type = EntityType.ORG.id(); // "the ruling Frelimo party", "the opposition Renamo party", "The Indymedia group"
				confidence = 0.55;
			} else if ("en".equals(language) && name.size() <= 3 && !cues.givenName(first) && bodyRoleAfter(after, words)) { //$NON-NLS-1$
				type = EntityType.ORG.id(); // "Sears CEO Alan Lacy", "Pacers guard Anthony Johnson": a company's or a team's role
				confidence = 0.6;
			} else if ("en".equals(language) && name.size() <= 3 && !cues.givenName(first) && name.stream().allMatch(Word::capitalised) //$NON-NLS-1$
					&& (after != null && !after.capitalised() && NameWords.COMPANY_NOUNS_AFTER.contains(after.key())
							&& !NameWords.verbBeforeObject(words, after.index())
							|| before != null && !before.capitalised() && NameWords.IN_OR_OF.contains(before.key()) && before.index() > 0
									&& NameWords.STAKES_BEFORE.contains(words.get(before.index() - 1).key()))) {
				type = EntityType.ORG.id(); // "Boeing's shareholders", "Kmart employees", "shares of Sears", "a stake in Kravco": a company's
				confidence = 0.55;
			} else if (name.size() <= 4 && !cues.givenName(first) && cues.orgApposition(last, words, language)) {
				type = EntityType.ORG.id(); // "Loki Torrent, a site that...", "Acme, una empresa de Bilbao"
				confidence = 0.55;
			}
		}
		if (!org && quotedAfterHead(first, words)) {
			type = EntityType.ORG.id(); // "Comitato Pace “Danilo Dolci”", "Centro culturale “Tabor”": a name quoted after an organisation's head is its name
			confidence = 0.6;
		}
		if (EntityType.PERSON.id().equals(type) && name.size() > 2
				&& name.subList(1, name.size() - 1).stream().anyMatch(w -> w.allCaps() && ROMAN_NUMERAL.matcher(w.text()).matches())) {
			type = null; // "the Boeing Delta IV Heavy": a numeral inside a run makes a model's name; a king's ends it ("Juan Carlos I")
			confidence = 0.3;
		}
		if (EntityType.PLACE.id().equals(type) && confidence <= 0.5 && name.size() == 1 && !(prepositionBefore && before != null
				&& lexicons.placePrepositions.getOrDefault(language, Set.of()).contains(before.key()))
				&& places.population(first.start(), last.end()) < PlaceNames.REGION && modelNumberAfter(last, words)) {
			type = null; // "The Delta 4 was developed", "Titan 4": a small town's name before a model's number is a product's
			confidence = 0.3;
		}
		if (EntityType.PERSON.id().equals(type) && (title == null && articleBefore(first, before, language)
				|| name.size() > 1 && NameWords.nameArticle(first, name.get(1), language))) {
			type = null; // "el Real Madrid", "la Zona Sur", "da Casa Verde", "la Provincia": no article before a person's name
			confidence = 0.3;
		}
		// "Motorola Inc.", "Research In Motion Ltd.": a legal form's full stop belongs to the name, as the guidelines keep it
		int end = EntityType.ORG.id().equals(type) && name.size() > 1 && lexicons.legalSuffixes.contains(last.key()) && last.dotAfter()
				? last.end() + 1 : last.end();
		return new Candidate(first.start(), end, type, confidence, name.stream().map(Word::key).toList());
	}

	/**
	 * What only a body has, around a name that is no person's or place's: its spokespeople and members before it
	 * ("members of Cuba Decide", "portavoz de Pressenza", "Sprecher der Drosselkom"), a passive only a body takes after it
	 * ("Airbus is owned by", "Pressenza fue fundada"), a spokesperson after it ("a Lycos spokesperson"), quotation marks
	 * after a word of attribution ("according to “El Mundo”"). A method of its
	 * own: {@link #candidate} is close to the size above which the JIT compiles no method (8,000 bytes of bytecode), and
	 * an interpreted candidate() halves the chain's speed.
	 */
	private boolean bodyByItsPeopleOrPassive(Word first, Word last, @Nullable Word before, @Nullable Word after, List<Word> words,
			String language, PlaceTest places) {
		return (speakerOrMemberBefore(first, words) && !last.possessive() && !("de".equals(language) && lexicons.commonWord(last.key(), language)) //$NON-NLS-1$
				|| bodyPassiveAfter(last, words) || quotedAfterAttribution(first, words)
				|| "en".equals(language) && after != null && length(after) >= 9 && length(after) <= 12 //$NON-NLS-1$
						&& NameWords.SPOKESPERSON.contains(after.key()) && before != null && INDEFINITE_ARTICLES.contains(before.key()))
				&& !cues.givenName(first) && !lexicons.givenNames.contains(first.key())
				&& !lexicons.titles.contains(first.key()) && !lexicons.demonyms.contains(first.key())
				&& places.population(first.start(), last.end()) == 0;
	}

	/**
	 * A spokesperson's or a member's noun, "of" and perhaps an article right before the name: "members of Cuba Decide",
	 * "miembro del Equipo", "portavoz de la Seguridad del Estado", "Sprecher der Telekom" (German nouns capitalised too).
	 * Lengths are asked before keys: most words are never made a key, and this is asked of every candidate.
	 */
	private static boolean speakerOrMemberBefore(Word first, List<Word> words) {
		Word noun = nounBeforeOf(first, words);
		return noun != null && length(noun) >= 6 && length(noun) <= 12 && NameWords.SPEAKERS_AND_MEMBERS.contains(noun.key());
	}

	/**
	 * The word before "of" and perhaps an article right before the name ("members of", "portavoz de la", "Sprecher der",
	 * "coordinator of the"), or null: the noun that says who speaks for, belongs to or works for the name.
	 */
	private static @Nullable Word nounBeforeOf(Word first, List<Word> words) {
		int i = first.index() - 1;
		if (i < 1 || !first.spaceBefore()) {
			return null;
		}
		Word of = words.get(i);
		if (!of.capitalised() && length(of) <= 3 && of.spaceBefore() && i >= 2 && length(words.get(i - 1)) <= 5
				&& NameWords.ARTICLES_BEFORE_BODY.contains(of.key()) && NameWords.OF_BEFORE_BODY.contains(words.get(i - 1).key())) {
			of = words.get(--i); // "de la", "von der", "of the"
		}
		if (i < 1 || of.capitalised() || !of.spaceBefore() || length(of) > 5 || !NameWords.OF_BEFORE_BODY.contains(of.key())) {
			return null;
		}
		return words.get(i - 1);
	}

	/**
	 * A name that someone founded, edits, coordinates or works for ({@link #staffOfBodyBefore}), and that is no person's,
	 * place's, title or demonym, nor a doctrine ("el fundador del Humanismo Universalista"): good evidence of a body
	 * (confidence 0.6), which types the name's other occurrences over a preposition's weak cue. A method of its own:
	 * {@link #candidate} is close to the JIT's limit.
	 */
	private boolean staffOfBody(Word first, Word last, List<Word> words, String language, PlaceTest places) {
		return staffOfBodyBefore(first, last, words, language) && !last.possessive()
				&& !("de".equals(language) && lexicons.commonWord(last.key(), language)) //$NON-NLS-1$
				&& !cues.givenName(first) && !lexicons.givenNames.contains(first.key())
				&& !lexicons.titles.contains(first.key()) && !lexicons.demonyms.contains(first.key())
				&& words.subList(first.index(), last.index() + 1).stream().noneMatch(LatinNames::doctrine)
				&& places.population(first.start(), last.end()) == 0;
	}

	/** A word of a doctrine, not of a body: "Humanismo", "Buddhism", "Marxisme", "Kommunismus". */
	private static boolean doctrine(Word word) {
		String key = word.key();
		return key.endsWith("ism") || key.endsWith("ismo") || key.endsWith("isme") || key.endsWith("ismus"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/**
	 * Someone who founded, leads or works for a body, "of" and perhaps an article right before the name: "directora de
	 * Pressenza", "fundadoras da Pública", "coordinator of the African Policing Civilian Oversight Forum", "il fondatore
	 * della Comunità", "Mitarbeiter der Telekom" — a person is founded, edited or coordinated by nobody. Not a single word
	 * the language's lists of common words hold ("director of Research", "professora de Jornalismo"); places, given
	 * names, titles and demonyms are ruled out by the caller. A method of its own, like the others of this frame.
	 */
	private boolean staffOfBodyBefore(Word first, Word last, List<Word> words, String language) {
		Word noun = nounBeforeOf(first, words);
		return noun != null && length(noun) >= 3 && length(noun) <= 13 && NameWords.STAFF_OF_BODY.contains(noun.key())
				// not "director of Research", "professor of Political Science", "professora de Jornalismo"
				&& !words.subList(first.index(), last.index() + 1).stream().allMatch(w -> lexicons.commonWord(w.key(), language));
	}

	/**
	 * A name in quotation marks after a word of attribution, an outlet's: "according to “El Mundo”", "según “El País”",
	 * "nach Angaben der „Netzeitung“", "selon « Libération »" (a person is quoted without marks round the name).
	 */
	private static boolean quotedAfterAttribution(Word first, List<Word> words) {
		int k = first.index() - 1;
		if (k > 0 && first.spaceBefore() && words.get(k).capitalised() && length(words.get(k)) <= 3
				&& NameWords.ARTICLES_BEFORE_BODY.contains(words.get(k).key())) {
			first = words.get(k--); // "“El Mundo”", "“The Guardian”": the name's own article, which the run left out
		}
		String gap = first.gap().strip();
		if (k < 1 || gap.isEmpty() || NameWords.OPENING_QUOTES.indexOf(gap.charAt(gap.length() - 1)) < 0) {
			return false;
		}
		Word word = words.get(k);
		if (!word.capitalised() && length(word) <= 3 && NameWords.ARTICLES_BEFORE_BODY.contains(word.key())) {
			word = words.get(--k); // "der „Netzeitung“", "o “Globo”"
		}
		if (length(word) > 9 || !NameWords.ATTRIBUTION_BEFORE.contains(word.key())) {
			return false;
		}
		return !"to".equals(word.key()) || k > 0 && "according".equals(words.get(k - 1).key()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** An auxiliary and, within two lower-case words, a participle only a body takes: "is owned by", "fue fundada", "a été fondée". */
	private static boolean bodyPassiveAfter(Word last, List<Word> words) {
		int k = last.index() + 1;
		if (k >= words.size() || !words.get(k).spaceBefore() || words.get(k).capitalised() || length(words.get(k)) > 3
				|| !NameWords.PASSIVE_AUXILIARIES.contains(words.get(k).key())) {
			return false;
		}
		for (int m = k + 1; m < Math.min(words.size(), k + 3); m++) {
			Word word = words.get(m);
			if (!word.spaceBefore() || word.capitalised()) {
				return false;
			}
			if (length(word) >= 5 && length(word) <= 13 && NameWords.BODY_PARTICIPLES.contains(word.key())) {
				return true;
			}
		}
		return false;
	}

	/** The word's length in the text, known without making it a string. */
	private static int length(Word word) {
		return word.end() - word.start();
	}

	/** The lower-case word right before the name ("wife Laci"), or before it between commas ("o marido, Omar, e"); or null. */
	private static @Nullable Word kin(Word first, Word last, List<Word> words) {
		if (first.index() == 0) {
			return null;
		}
		Word before = words.get(first.index() - 1);
		boolean commas = ", ".equals(first.gap()) && last.index() + 1 < words.size() && words.get(last.index() + 1).gap().startsWith(","); //$NON-NLS-1$ //$NON-NLS-2$
		return (first.spaceBefore() || commas) && !before.capitalised() ? before : null;
	}

	/** A German verb of reporting within three words after the name: "wie X (€) berichtet", "wie X am Montag meldete". */
	private static boolean reportVerbSoon(Word last, List<Word> words) {
		for (int k = last.index() + 1; k < Math.min(words.size(), last.index() + 4); k++) {
			if (NameWords.GERMAN_REPORT_VERBS.contains(words.get(k).key())) {
				return true;
			}
			if (words.get(k).gap().strip().matches(".*[.!?;:].*")) { //$NON-NLS-1$
				return false;
			}
		}
		return false;
	}

	/** Indefinite articles, which no person's name follows ("una Asamblea Constituyente"); Portuguese "a" is a preposition too. */
	private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an", "un", "une", "una", "uno", "uma", "um", "ein", "eine"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?:X{0,2})(?:IX|IV|V?I{0,3})"); //$NON-NLS-1$

	/** One to three digits right after the word, then no calendar word: "Delta 4 rocket", "Delta 4's engine" (not "Gaza 3 May"). */
	private static boolean modelNumberAfter(Word last, List<Word> words) {
		int k = last.index() + 1;
		if (k >= words.size() || !" ".equals(words.get(k).gap()) || last.possessive()) { //$NON-NLS-1$
			return false;
		}
		String number = words.get(k).text();
		if (number.isEmpty() || number.length() > 3 || !number.chars().allMatch(Character::isDigit)) {
			return false;
		}
		return k + 1 >= words.size() || !CalendarWords.isCalendarWord(words.get(k + 1).text().toLowerCase(Locale.ROOT));
	}

	/**
	 * A comma, then a state, a region or a country the gazetteers know, then the end of the clause: "Gainsville,
	 * Florida man", "Redwood City, California - The jury", "Sibiu, Romania, on 9 May" — not a list ("Putin, China and
	 * India") nor a possessive ("Merkel, Germany's chancellor").
	 */
	private static boolean regionAfterComma(Word last, List<Word> words, PlaceTest places) {
		int k = last.index() + 1;
		if (k >= words.size() || !",".equals(words.get(k).gap().strip()) || !words.get(k).capitalised()) { //$NON-NLS-1$
			return false;
		}
		int region = -1;
		for (int m = k; m < Math.min(words.size(), k + 3); m++) {
			if (m > k && (!words.get(m).capitalised() || !" ".equals(words.get(m).gap()))) { //$NON-NLS-1$
				break;
			}
			if (places.population(words.get(k).start(), words.get(m).end()) >= PlaceNames.REGION) {
				region = m;
			}
		}
		if (region < 0 || words.get(region).possessive()) {
			return false;
		}
		if (region + 1 >= words.size()) {
			return true;
		}
		Word next = words.get(region + 1);
		String gap = next.gap();
		String mark = gap.strip();
		if (gap.indexOf('\n') >= 0 || mark.startsWith("-") || mark.startsWith("\u2014") || mark.startsWith("\u2013") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| mark.startsWith(".") || mark.startsWith(")") || mark.startsWith(";")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return true;
		}
		return (mark.isEmpty() || ",".equals(mark)) && !next.capitalised() && !NameWords.AND_WORDS.contains(next.key()) //$NON-NLS-1$
				&& !"or".equals(next.key()) && !"o".equals(next.key()) && !"ou".equals(next.key()) && !"oder".equals(next.key()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** A company's or a team's role right after the name, then a person's capitalised name ("CEO Alan Lacy", "guard Anthony Johnson"). */
	private boolean bodyRoleAfter(@Nullable Word role, List<Word> words) {
		if (role == null || !NameWords.BODY_ROLES_AFTER.contains(role.key()) || role.index() + 2 >= words.size()) {
			return false;
		}
		Word given = words.get(role.index() + 1);
		Word surname = words.get(role.index() + 2);
		return given.spaceBefore() && surname.spaceBefore() && given.capitalised() && surname.capitalised() && cues.givenName(given);
	}

	/** " & " between two capitalised words: "Procter & Gamble", "Marks & Spencer", "Roebuck & Co." */
	private static boolean ampersand(Word next) {
		String gap = next.gap();
		return gap.length() == 3 && gap.charAt(1) == '&' && gap.charAt(0) == ' ' && gap.charAt(2) == ' ';
	}

	/**
	 * Names joined by "&" are a company's ("Procter & Gamble", "Johnson & Johnson", "Marks & Spencer", "Ernst &
	 * Young"): people and places are joined by words. Not two countries or cities written so ("Trinidad & Tobago").
	 */
	private static boolean companyWithAmpersand(List<Word> name, PlaceTest places) {
		for (int k = 1; k < name.size(); k++) {
			if (ampersand(name.get(k))) {
				return !(places.population(name.get(0).start(), name.get(k - 1).end()) >= 100_000
						&& places.population(name.get(k).start(), name.get(name.size() - 1).end()) >= 100_000);
			}
		}
		return false;
	}

	/**
	 * A football or sports club: a word that opens clubs' names ("Real", "Borussia", "Werder", "Olympique", "AS",
	 * "SC", "VfB"), then a place the gazetteers know, after "de" if any ("Real Madrid", "Borussia Dortmund", "Atlético
	 * de Madrid", "AS Roma", "SS Lazio").
	 */
	private boolean clubName(List<Word> name, PlaceTest places) {
		Word club = name.isEmpty() ? null : name.get(0);
		if (club == null || name.size() < 2 || name.size() > 4 || !NameWords.CLUB_WORDS.contains(club.key())
				// the short forms in capitals ("AS Roma", "VfB Stuttgart"): "As Paris prepared" is no club
				|| NameWords.CLUB_ABBREVIATIONS.contains(club.key()) && club.text().codePoints().filter(Character::isUpperCase).count() < 2) {
			return false;
		}
		int from = 1;
		if (!name.get(from).capitalised() && NameWords.OF_FORMS.contains(name.get(from).key()) && from + 1 < name.size()) {
			from++;
		}
		return name.get(from).capitalised() && places.isPlace(name.get(from).start(), name.get(name.size() - 1).end());
	}

	/** The keys of the sports teams' nicknames found by the last {@link #find}: "Pacers" alone is the Indiana Pacers. */
	Set<String> teamNicknames() {
		return Set.copyOf(teamNicknames);
	}

	/**
	 * An English sports team named by its town or state and a plural nickname: "Detroit Pistons", "Indiana Pacers",
	 * "New York Yankees", "Kansas City Chiefs". Not a place's plural feature ("Golan Heights", "Canary Islands"), an
	 * event ("Beijing Olympics", "Paris Accords"), a surname ("Indiana Jones") or a word the article writes in lower case.
	 */
	private boolean teamName(List<Word> name, String language, PlaceTest places) {
		if (!"en".equals(language) || name.size() < 2 || name.size() > 4) { //$NON-NLS-1$
			return false;
		}
		Word last = name.get(name.size() - 1);
		String key = last.key();
		if (!last.capitalised() || last.allCaps() || key.length() < 4 || !key.endsWith("s") || key.endsWith("ss") || head(last) //$NON-NLS-1$ //$NON-NLS-2$
				|| NameWords.NOT_TEAM_NICKNAMES.contains(key) || lexicons.demonyms.contains(key) || lexicons.stopwords.contains(key)
				|| lexicons.surnames.contains(key) || lexicons.givenNames.contains(key) || writtenInLowerCase(key)
				|| !name.stream().allMatch(Word::capitalised)) {
			return false;
		}
		return places.isPlace(name.get(0).start(), name.get(name.size() - 2).end());
	}

	/**
	 * The key of the last part of a hyphenated word ("Heinrich-Böll-Stiftung": "stiftung", "Koch-Institut": "institut",
	 * "Karl-Marx-Straße": "strasse"), or "" for a word without a hyphen: a compound named after a person or a place,
	 * or an organisation's body named with its acronym ("EU-Kommission"), that ends in an organisation's or a place's
	 * head is that organisation or place.
	 */
	private String hyphenHead(Word word) {
		String text = word.text();
		int hyphen = text.lastIndexOf('-');
		if (hyphen <= 0 || hyphen == text.length() - 1 || !Character.isUpperCase(text.charAt(hyphen + 1))) {
			return ""; //$NON-NLS-1$
		}
		// the compound is named after someone: its first part, or the word before it, is a given name or a surname
		// ("Heinrich-Böll-Stiftung", "Robert Koch-Institut"), not a common noun ("E-Mail-Nachrichten")
		String firstPart = lexicons.key(text.substring(0, text.indexOf('-')));
		Word before = word.index() > 0 && word.spaceBefore() ? article.get(word.index() - 1) : null;
		String firstText = text.substring(0, text.indexOf('-'));
		boolean acronym = firstText.length() >= 2 && firstText.chars().allMatch(Character::isUpperCase); // "EU-Kommission", "UN-Sicherheitsrat"
		boolean named = lexicons.givenNames.contains(firstPart) || lexicons.surnames.contains(firstPart) || acronym
				|| before != null && before.capitalised() && lexicons.givenNames.contains(before.key());
		return named ? lexicons.key(text.substring(hyphen + 1)) : ""; //$NON-NLS-1$
	}

	/**
	 * The run opens with titles or roles and "of" ("Secretary of the", "Director of", "Deputy Assistant Secretary of the"):
	 * its institution, perhaps its holder, follow. The index of the "of", or -1.
	 */
	private int titleThenOf(List<Word> run) {
		for (int j = 1; j + 1 < run.size(); j++) {
			Word word = run.get(j);
			if (!word.capitalised()) {
				return NameWords.OF_WORDS.contains(word.key()) ? j : -1;
			}
			if (!roleWord(run.get(j - 1))) {
				return -1;
			}
		}
		return -1;
	}

	/** The run begins a title's complement: "presidente della [Repubblica]", "Minister of [Health]", "ministre de l'[Intérieur]". */
	private boolean titleComplement(Word first) {
		int i = first.index();
		if (i < 2) {
			return false;
		}
		Word of = article.get(i - 1);
		int title = i - 2;
		if (!of.capitalised() && NameWords.ARTICLES_AFTER_OF.contains(of.key()) && i >= 3) { // "President of the European Commission"
			of = article.get(i - 2);
			title = i - 3;
		}
		return !of.capitalised() && NameWords.OF_FORMS.contains(of.key()) && lexicons.titles.contains(article.get(title).key());
	}

	/**
	 * The name opens with a quotation mark right after an organisation's head or kind, or after one word that follows
	 * it ("Comitato Pace “Danilo Dolci”", "Centro culturale “Tabor”", "l'associazione «Libera»"): the quoted words are
	 * the organisation's name, whoever else they name.
	 */
	private boolean quotedAfterHead(Word first, List<Word> words) {
		String gap = first.gap().strip();
		if (gap.isEmpty() || NameWords.OPENING_QUOTES.indexOf(gap.charAt(gap.length() - 1)) < 0 || first.index() == 0) {
			return false;
		}
		for (int k = first.index() - 1; k >= Math.max(0, first.index() - 2); k--) {
			Word word = words.get(k);
			String key = word.key();
			if (lexicons.orgHeads.contains(key) && !NameWords.GOVERNMENTS.contains(key) || lexicons.orgKinds.contains(key) || NameWords.QUOTED_HEADS.contains(key)) {
				return true;
			}
			if (k < first.index() - 1 && !words.get(k + 1).spaceBefore()) {
				return false;
			}
		}
		return false;
	}

	/**
	 * A given name or surname of the lexicons that is evidence of a person here: not written in lower case in the
	 * article, and not a common word of the article's language ("Bier", "Westen" in German; "Verde" in Spanish).
	 */
	private boolean strongName(Word word, String language) {
		String key = word.key();
		return (lexicons.givenNames.contains(key) || lexicons.surnames.contains(key)) && !writtenInLowerCase(key)
				&& !lexicons.commonWordName(key, language);
	}

	/**
	 * A capitalised word that no list of common words holds — not among the most frequent words of the article's
	 * language nor of English, not a stopword of any language, not written in lower case in the article — and that
	 * is no head, title, demonym or place the gazetteers know: a word only a name is made of ("Eskinder", "Nega",
	 * "Shuaib", "Manjra"; not "Hockey", "Turf", "Human", "Rights").
	 */
	private boolean uncommonWord(Word word, String language, PlaceTest places) {
		String key = word.key();
		return word.capitalised() && !word.allCaps() && !word.arabic() && key.length() >= 3
				&& lettersOnly(word.text())
				&& !lexicons.commonWord(key, language) && !lexicons.stopwords.contains(key) && !writtenInLowerCase(key)
				&& !lexicons.orgHeads.contains(key) && !lexicons.placeHeads.contains(key) && !lexicons.titles.contains(key)
				&& !lexicons.demonyms.contains(key) && !lexicons.legalSuffixes.contains(key) && !NameWords.OPENING_ADVERBS.contains(key)
				&& !lexicons.commonWordName(key, language) && places.population(word.start(), word.end()) == 0;
	}

	/** Letters, hyphens and apostrophes only: a word a name can be made of (no digits, no abbreviation's period). */
	private static boolean lettersOnly(String text) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}

	/** A first word is a name when it is a given name, a head word, or capitalised inside a sentence elsewhere. */
	private boolean evidence(Word word, Set<String> confirmed) {
		return cues.givenName(word) || lexicons.orgHeads.contains(word.key()) || confirmed.contains(word.key())
				|| word.allCaps() && word.text().length() <= 6;
	}
}
