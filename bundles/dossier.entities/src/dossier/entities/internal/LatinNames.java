// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

	/** Lower-case words allowed between two capitalised words of one name. */
	private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "della", "dello", "delle", "degli", "dei", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"di", "da", "do", "dos", "das", "du", "des", "la", "le", "los", "las", "von", "van", "der", "den", "zu", "für", "fur", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$
			"the", "al", "el", "bin", "ibn", "bint", "y", "e"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	/** Further connectors inside an organisation's name ("Centro ... sobre la Evolución Humana", "Partners in Health"). */
	private static final Set<String> ORG_CONNECTORS = Set.of("sobre", "para", "per", "pour", "por", "sur", "contro", "contra", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"against", "on", "in", "and", "et", "und", "y", "e", "la", "le", "el", "lo", "il", "les", "los", "las", "die", "dos", "das"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$ //$NON-NLS-19$
	/** "and" in the seven languages: after a lone acronym it separates two names ("CGT et Force ouvrière", "EU and NATO"). */
	private static final Set<String> AND_WORDS = Set.of("and", "et", "und", "y", "e", "i"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	/** Connectors that join only inside an organisation's name ("Ministerio de Asuntos Exteriores y Cooperación"). */
	private static final Set<String> ORG_ONLY_CONNECTORS = Set.of("y", "e", "the"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** In German, nouns are capitalised: "Sicherheit von Kindern", "Verordnung der Kommission" are not names. */
	private static final Set<String> GERMAN_ARTICLES = Set.of("von", "der", "den", "des", "zu", "van", "für", "fur"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	private static final Set<String> OF_WORDS = Set.of("of", "di", "de", "da", "do", "du", "von"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	/** A saint's name begins many a place's: "San Giovanni", "Santa Cruz", "São Paulo", "Saint-Denis", "St. Joseph"; so do "Mt." and "Ft.". */
	private static final Set<String> SAINTS = Set.of("san", "santa", "santo", "sao", "saint", "sainte", "st", "st.", "sankt", "santiago", "mt", "ft"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
	/** Lower-case words for a government that, before a person's name, name an organisation ("governo Bolsonaro"). */
	private static final Set<String> GOVERNMENTS = Set.of("governo", "gobierno", "gouvernement", "government", "regierung"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Set<String> ROMANCE = Set.of("it", "fr", "es", "pt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final NameLexicons lexicons;
	private final NameEvidence cues;
	/** The words of the article being read. */
	private List<Word> article = List.of();
	/** Whether the article writes a key in lower case, remembered per key once asked. */
	private final Map<String, Boolean> lowerCaseSeen = new HashMap<>();

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

	List<Candidate> find(List<Word> words, String language, PlaceTest places) {
		Set<String> confirmed = confirmedKeys(words, language);
		article = words;
		lowerCaseSeen.clear();
		List<Candidate> candidates = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			Word word = words.get(i);
			boolean demonymBeforeName = lexicons.demonyms.contains(word.key()) && i + 1 < words.size()
					&& words.get(i + 1).spaceBefore() && nameish(words.get(i + 1), language);
			if (!nameish(word, language) && !demonymBeforeName) {
				i++;
				continue;
			}
			List<Word> run = new ArrayList<>();
			run.add(word);
			int j = i + 1;
			while (j < words.size() && (!run.get(run.size() - 1).possessive() || possessiveInsideName(words, j))) {
				Word next = words.get(j);
				if (next.spaceBefore() && nameish(next, language) || initialThenName(run, next, language)) {
					run.add(next);
					j++;
					continue;
				}
				int k = j;
				List<Word> connectors = new ArrayList<>();
				boolean orgSoFar = run.stream().anyMatch(w -> lexicons.orgHeads.contains(w.key())) || orgHeadAhead(words, j);
				while (k < words.size() && k - j < 2 && words.get(k).spaceBefore() && !words.get(k).capitalised()
						&& (CONNECTORS.contains(words.get(k).key()) || orgSoFar && ORG_CONNECTORS.contains(words.get(k).key()))
						&& (!"de".equals(language) || orgSoFar || !GERMAN_ARTICLES.contains(words.get(k).key()) || lexicons.givenNames.contains(run.get(0).key()))) {
					connectors.add(words.get(k));
					k++;
				}
				if (!connectors.isEmpty() && k < words.size() && words.get(k).spaceBefore()
						&& nameish(words.get(k), language)) {
					run.addAll(connectors);
					run.add(words.get(k));
					j = k + 1;
					continue;
				}
				break;
			}
			if (ROMANCE.contains(language)) {
				j = headAdjectives(words, run, j);
			}
			i = j;
			if (demonymBeforeName && run.stream().noneMatch(w -> lexicons.orgHeads.contains(w.key()) || lexicons.placeHeads.contains(w.key()))) {
				run = run.subList(1, run.size()); // "Somali forces" no, "Somali Police Force" yes: a demonym only inside a name
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
	 * Lower-case geographic nouns that French, Italian, Spanish and Portuguese write before a place's name, as part of
	 * it or in apposition: a sea, a lake, a mountain, a river, an island, a street, a square, a quarter.
	 */
	private static final Map<String, Set<String>> GEOGRAPHIC_NOUNS = Map.of(
			"fr", Set.of("mer", "ocean", "golfe", "lac", "mont", "fleuve", "riviere", "ile", "rue", "avenue", "boulevard", "quartier"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"it", Set.of("mar", "mare", "oceano", "golfo", "lago", "monte", "fiume", "isola", "via", "viale", "piazza", "corso", "quartiere", "valle"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"es", Set.of("mar", "oceano", "golfo", "lago", "monte", "rio", "isla", "calle", "avenida", "plaza", "barrio", "sierra", "valle"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"pt", Set.of("mar", "oceano", "golfo", "lago", "monte", "rio", "ilha", "rua", "avenida", "praca", "bairro", "aldeia", "serra", "vale")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$

	/** Definite articles, alone and fused with a preposition, by language: French, Spanish, Italian and Portuguese news put none before a person's name. */
	private static final Map<String, Set<String>> DEFINITE_ARTICLES = Map.of(
			"fr", Set.of("le", "la", "les", "du", "des", "au", "aux"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"de", Set.of("der", "die", "das", "den", "dem", "des", "zum", "zur", "im", "am", "vom", "beim", "ins"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"en", Set.of("the"), //$NON-NLS-1$ //$NON-NLS-2$
			"es", Set.of("el", "la", "los", "las", "del", "al"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"it", Set.of("il", "lo", "la", "i", "gli", "le", "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$
					"agli", "alle", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "nel", "nello", "nella", "nei", "negli", "nelle", "sul", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
					"sulla", "sui", "sulle"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"pt", Set.of("o", "a", "os", "as", "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "aos", "à", "às", "pelo", "pela", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$
					"pelos", "pelas")); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * A definite article (or a preposition fused with one) right before the name, or an elided "l'" in front of it.
	 * Portuguese "a" is also a preposition ("disse a Maria"): it counts only after a word that takes an article
	 * ("barragem de", "a Casa") — here, when the word before it is not a verb of speech.
	 */
	private boolean articleBefore(Word first, @Nullable Word before, String language) {
		Set<String> articles = DEFINITE_ARTICLES.get(language);
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

	/** Endings of Romance adjectives ("nationale", "québécois", "socialista", "democratico", "constitucional", "solidaire"). */
	private static final Pattern ROMANCE_ADJECTIVE = Pattern.compile(
			".{2,}(?:al|ale|ales|aux|el|elle|els|ien|ienne|iens|ique|iques|ico|ica|icos|icas|ista|iste|istes|istas|ais|aise|ois|oise|ano|ana|ense|es|esa|ario|aria|ário|ária|aire|aires|ivo|iva|if|ive|ero|eira|eiro|ino|ina|ile|il|ivo|ore|eur|ice|rice|oso|osa|eux|euse|ont|onte)"); //$NON-NLS-1$

	/**
	 * French, Italian, Spanish and Portuguese capitalise only the first word of many an organisation's name: "Parti
	 * québécois", "Assemblée nationale", "Corte costituzionale", "Tribunal constitucional". After a run that ends with
	 * an organisation's head (not a generic one: "le gouvernement français" is no name), up to two lower-case
	 * adjectives belong to the name. Returns the index after the run.
	 */
	private int headAdjectives(List<Word> words, List<Word> run, int j) {
		Word last = run.get(run.size() - 1);
		if (!last.capitalised() || !lexicons.orgHeads.contains(last.key()) || lexicons.genericHeads.contains(last.key())) {
			return j;
		}
		int first = run.get(0).index();
		if (first >= 2 && OF_WORDS.contains(words.get(first - 1).key().replaceFirst("[lu]$", "")) //$NON-NLS-1$ //$NON-NLS-2$
				&& lexicons.titles.contains(words.get(first - 2).key())
				|| run.subList(0, run.size() - 1).stream().anyMatch(w -> lexicons.titles.contains(w.key()))) {
			return j; // "Presidente del Consiglio italiano", "ministre de l'Intérieur": a title's complement, not a name
		}
		int k = j;
		while (k < words.size() && k - j < 2) {
			Word next = words.get(k);
			if (!next.spaceBefore() || next.capitalised() || next.arabic() || lexicons.stopwords.contains(next.key())
					|| !(ROMANCE_ADJECTIVE.matcher(next.key()).matches() || lexicons.demonyms.contains(next.key()))) {
				break;
			}
			run.add(next);
			k++;
		}
		return k;
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
		return lowerCaseSeen.computeIfAbsent(key, k -> {
			for (Word word : article) { // the length first: most words are never turned into a key here
				if (word.end() - word.start() == k.length() && !word.capitalised() && !word.arabic() && word.key().equals(k)) {
					return true;
				}
			}
			return false;
		});
	}

	/**
	 * An organisation's head among the capitalised words right after the connectors at {@code j}: "Arab Science
	 * and Technology Foundation" is one name.
	 */
	private boolean orgHeadAhead(List<Word> words, int j) {
		int k = j;
		while (k < words.size() && k - j < 2 && !words.get(k).capitalised() && ORG_CONNECTORS.contains(words.get(k).key())) {
			k++;
		}
		for (int seen = 0; k < words.size() && seen < 4 && words.get(k).capitalised() && words.get(k).spaceBefore(); k++, seen++) {
			if (lexicons.orgHeads.contains(words.get(k).key())) {
				return true;
			}
		}
		return false;
	}

	/** Abbreviations that begin a place's name: "St. Joseph", "Mt. Kenya", "Ft. Lauderdale". */
	private static final Set<String> PLACE_ABBREVIATIONS = Set.of("St", "Mt", "Ft"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** "J. K. Rowling", "St. Joseph": a single capital letter or a place's abbreviation, a period and a capitalised word. */
	private boolean initialThenName(List<Word> run, Word next, String language) {
		Word last = run.get(run.size() - 1);
		return (last.text().length() == 1 || PLACE_ABBREVIATIONS.contains(last.text())) && last.capitalised() && next.gap().equals(". ") //$NON-NLS-1$
				&& nameish(next, language);
	}

	/** Capitalised (or "al-Assad"), not a number, not a month or weekday. */
	private boolean nameish(Word word, String language) {
		if (word.arabic()) {
			return false;
		}
		String text = word.text();
		boolean particle = (text.startsWith("al-") || text.startsWith("el-") || text.startsWith("ad-") || text.startsWith("as-")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				&& text.length() > 3 && Character.isUpperCase(text.codePointAt(3));
		if (!word.capitalised() && !particle) {
			return false;
		}
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
		for (int k = 1; k + 1 < run.size(); k++) {
			if (run.get(k - 1).allCaps() && !run.get(k).capitalised() && AND_WORDS.contains(run.get(k).key())) {
				List<List<Word>> parts = new ArrayList<>(); // "La CGT et Force ouvrière", "EU and NATO": two names
				parts.add(run.subList(0, k));
				parts.addAll(split(run.subList(k + 1, run.size()), places));
				return parts;
			}
		}
		if (run.size() > 2 && titleComplement(run.get(0))) {
			// "il presidente della Repubblica Sergio Mattarella", "the President of the Commission Ursula von der Leyen":
			// the title's institution, then the person who holds it
			for (int k = 1; k + 1 < run.size(); k++) {
				if (cues.givenName(run.get(k)) && (run.get(k + 1).capitalised() || CONNECTORS.contains(run.get(k + 1).key())) && run.get(k - 1).capitalised()
						&& (lexicons.orgHeads.contains(run.get(k - 1).key()) || lexicons.placeHeads.contains(run.get(k - 1).key()))) {
					return List.of(run.subList(0, k), run.subList(k, run.size()));
				}
			}
		}
		if (run.size() < 2 || run.stream().anyMatch(w -> lexicons.orgHeads.contains(w.key()) || lexicons.placeHeads.contains(w.key()))) {
			return List.of(run);
		}
		for (int k = 1; k + 1 < run.size(); k++) { // "Italia e Francia", "Spain and Portugal": two names
			if (!run.get(k).capitalised() && ORG_ONLY_CONNECTORS.contains(run.get(k).key())) {
				List<List<Word>> parts = new ArrayList<>();
				parts.add(run.subList(0, k));
				parts.addAll(split(run.subList(k + 1, run.size()), places));
				return parts;
			}
		}
		for (int k = 1; k + 1 < run.size(); k++) {
			Word word = run.get(k);
			if (!word.capitalised() && CONNECTORS.contains(word.key())) {
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
			if (lexicons.givenNames.contains(run.get(k).key()) && run.get(k + 1).capitalised()
					&& run.subList(0, k).stream().noneMatch(w -> lexicons.givenNames.contains(w.key()) || !w.capitalised())) {
				return List.of(run.subList(0, k), run.subList(k, run.size()));
			}
		}
		return List.of(run);
	}

	private @Nullable Candidate candidate(List<Word> run, List<Word> words, String language, Set<String> confirmed, PlaceTest places) {
		int from = 0;
		int to = run.size() - 1;
		// leading articles and stopwords ("The", "Il", "Les", "Der"), and a sentence's first word without evidence
		while (from <= to) {
			Word first = run.get(from);
			boolean stop = lexicons.isStopword(first.key(), language)
					|| lexicons.stopwords.contains(first.key()) && first.text().length() <= 3
					|| from == 0 && to > from && first.sentenceStart() && lexicons.speechBefore.contains(first.key()); // "Secondo Marco Trevisan"
			boolean unconfirmedStart = from == 0 && (first.sentenceStart() || first.titleLine()) && !evidence(first, confirmed)
					&& !(to > from && !first.titleLine() && NameEvidence.creditOrByline(first, words))
					&& !(to > from && run.get(from + 1).capitalised() && !first.titleLine() && !writtenInLowerCase(first.key())
							&& first.text().length() > 3 && lexicons.surnames.contains(run.get(from + 1).key()));
			if (stop && from == 0 && to > from && nameArticle(first, run.get(from + 1), language)) {
				break; // "desde La Gobernadora", "Source: The Conversation": a capitalised article inside a sentence is the name's own
			}
			if (stop || unconfirmedStart || !first.capitalised() && CONNECTORS.contains(first.key())) {
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
		while (to >= from && (!run.get(to).capitalised() && CONNECTORS.contains(run.get(to).key())
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
				|| name.get(0).allCaps() && lexicons.commonAcronyms.contains(name.get(0).key()))) {
			return null; // "Government", "Gobierno", "Bundesregierung", "Centro": a head alone names nothing
		}
		List<Word> whole = name;
		boolean org = whole.stream().anyMatch(w -> lexicons.orgHeads.contains(w.key()))
				|| lexicons.orgHeads.contains(hyphenHead(whole.get(whole.size() - 1))) && !lexicons.genericHeads.contains(hyphenHead(whole.get(whole.size() - 1)))
				|| whole.size() > 1 && lexicons.legalSuffixes.contains(whole.get(whole.size() - 1).key().replace(".", "")); //$NON-NLS-1$ //$NON-NLS-2$
		Word first = name.get(0);
		Word last = name.get(name.size() - 1);
		Word before = first.index() > 0 && first.spaceBefore() ? words.get(first.index() - 1) : null;
		Word after = last.index() + 1 < words.size() && words.get(last.index() + 1).spaceBefore() ? words.get(last.index() + 1) : null;
		String type;
		double confidence;
		boolean headFirst = lexicons.placeHeads.contains(first.key());
		boolean headLast = lexicons.placeHeads.contains(last.key()) && !lexicons.givenNames.contains(first.key())
				&& !ROMANCE.contains(language); // "Industrial Road", but "Pierluigi Di Piazza" is a person
		boolean place = name.size() > 1 && (headFirst || headLast) || !org && name.stream().anyMatch(w -> lexicons.placeHeads.contains(hyphenHead(w)));
		Word title = before != null && lexicons.titles.contains(before.key()) ? before : null;
		Word ofWord = before != null && OF_WORDS.contains(before.key()) && before.index() > 0 //$NON-NLS-1$
				? words.get(before.index() - 1) : null;
		if (before != null && !before.capitalised() && GOVERNMENTS.contains(before.key()) && name.size() <= 3
				&& !lexicons.placeHeads.contains(first.key()) && !org) {
			// "governo Bolsonaro", "gobierno de Sánchez" no, "Governo Meloni": a government named by its head is an organisation
			return new Candidate(before.start(), last.end(), EntityType.ORG.id(), 0.6,
					Stream.concat(Stream.of(before.key()), name.stream().map(Word::key)).toList());
		}
		if (place) {
			type = EntityType.PLACE.id();
			confidence = 0.7;
		} else if (before != null && !before.capitalised() && GEOGRAPHIC_NOUNS.getOrDefault(language, Set.of()).contains(elided(before)) && !org) {
			type = EntityType.PLACE.id(); // "mer Baltique", "rio Xingu", "piazza Sant'Antonio", "avenida Angélica"
			confidence = 0.6;
		} else if (org || name.size() == 1 && "de".equals(language) && NameEvidence.germanFederalBody(first.key())) {
			type = EntityType.ORG.id();
			confidence = 0.75;
		} else if (before != null && !before.capitalised() && lexicons.orgKinds.contains(elided(before)) && !"de".equals(language)
				// "l'associazione Luca Coscioni", "la fundación Pablo Neruda" name the body after someone; English "the company
				// Elon Musk bought" is a relative clause
				&& !("en".equals(language) && lexicons.givenNames.contains(first.key()))) {
			type = EntityType.ORG.id(); // "militant group al-Shabab", "la revista Science", "a empresa Vale"
			confidence = 0.55;
		} else if (ofWord != null && !ofWord.capitalised() && lexicons.placeNouns.contains(ofWord.key())) {
			type = EntityType.PLACE.id();
			confidence = 0.6;
		} else if (name.size() == 1 && first.allCaps() && lexicons.stateAcronyms.contains(first.key())) {
			type = EntityType.PLACE.id(); // "in der DDR", "aux USA": a state, not an organisation
			confidence = 0.6;
		} else if (name.size() == 1 && first.allCaps() && first.text().length() >= 3 && places.population(first.start(), last.end()) >= 100_000) {
			type = EntityType.PLACE.id(); // "[FEZ]", a dateline's "NAIROBI —": a city written in capitals is no acronym
			confidence = 0.55;
		} else if (name.size() == 1 && first.allCaps() && first.text().length() <= 8 && first.text().chars().noneMatch(Character::isDigit)
				&& !writtenInLowerCase(first.key())) { // "MEETING", "ATTENTION": a word the article also writes in lower case
			type = EntityType.ORG.id();
			confidence = 0.6;
		} else if (name.size() <= 2 && name.stream().anyMatch(LatinNames::intercapped)) {
			type = EntityType.ORG.id(); // "GroundUp", "BioNTech", "SciDev.Net", "GroundUp Staff": companies and outlets write a capital inside a word
			confidence = 0.55;
		} else if (name.size() > 1 && SAINTS.contains(first.key())) {
			type = EntityType.PLACE.id(); // "Santa Cruz de La Sierra", "San Giovanni", "São Gonçalo"
			confidence = 0.55;
		} else if (name.size() == 1 && title != null) {
			type = EntityType.PERSON.id(); // "papa Francesco", "President Lula", "Frau Merkel"
			confidence = 0.55;
		} else if (name.size() > 1 && name.size() <= 4 && !"de".equals(language) && name.stream().allMatch(Word::capitalised)
				&& NameEvidence.creditOrByline(first, words)) {
			type = EntityType.PERSON.id(); // "Photo: Nombulelo Damba-Hendrik", "By Masixole Feni", "Foto di Elio Pallard"
			confidence = 0.55;
		} else if (name.size() > 1 && before != null && !before.capitalised()
				&& lexicons.placePrepositions.getOrDefault(language, Set.of()).contains(before.key()) && places.isPlace(first.start(), last.end())) {
			type = EntityType.PLACE.id(); // "in Ann Arbor", "em Vicente López": a town the gazetteers know, after a preposition of place
			confidence = 0.6;
		} else if (name.size() > 1 && cues.givenName(first) && !writtenInLowerCase(first.key())
				&& !(lexicons.commonWordName(first.key(), language) && lexicons.commonWordName(last.key(), language))) {
			// "Belo Monte", "América Latina": two common words of the language that the lexicons also hold as names
			type = EntityType.PERSON.id();
			confidence = 0.75;
		} else if (name.size() == 2 && !PLACE_QUALIFIERS.contains(first.key()) && first.text().indexOf('-') < 0
				&& !lexicons.placeHeads.contains(first.key()) && !SAINTS.contains(first.key()) && !cues.givenName(first)
				&& places.population(last.start(), last.end()) == Integer.MAX_VALUE && places.population(first.start(), first.end()) == 0) {
			type = EntityType.ORG.id(); // "Repórter Brasil", "VOA Afrique", "Real Madrid": a word that is no place's before a country or a city
			confidence = 0.5;
		} else if (name.size() > 1 && places.isPlace(first.start(), last.end())) {
			type = EntityType.PLACE.id(); // "Santa Cruz de La Sierra", "San Giovanni", a town GeoNames knows
			confidence = 0.55;
		} else if (name.size() > 1 && name.size() <= 3 && (strongName(last, language) && lexicons.surnames.contains(last.key())
				|| SURNAME_ENDINGS.matcher(last.key()).matches() && !writtenInLowerCase(last.key()))
				&& name.stream().allMatch(Word::capitalised)) {
			type = EntityType.PERSON.id();
			confidence = 0.55;
		} else if (name.size() > 1 && name.size() <= 3 && !"de".equals(language) && before != null && !before.capitalised()
				&& lexicons.personNouns.contains(elided(before)) && name.stream().allMatch(Word::capitalised)
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
		} else if (after != null && lexicons.personVerbs.contains(after.key()) && NameEvidence.speechAfter(after, words)) {
			type = EntityType.PERSON.id();
			confidence = 0.55;
		} else if (places.population(first.start(), last.end()) >= (name.size() > 1 ? 1 : "de".equals(language) ? 100_000 : 30_000)) {
			type = EntityType.PLACE.id(); // German nouns are capitalised, and many are also small towns (Regen, Lage)
			confidence = 0.5;
		} else if (before != null && !before.capitalised() && lexicons.placePrepositions.getOrDefault(language, Set.of()).contains(before.key())
				&& first.text().chars().noneMatch(Character::isDigit)) {
			type = EntityType.PLACE.id();
			confidence = 0.5;
		} else if (name.size() > 1 && !"de".equals(language) && name.stream().allMatch(Word::capitalised)
				&& name.stream().allMatch(w -> w.text().codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’'))
				&& name.stream().anyMatch(w -> strongName(w, language))) {
			type = EntityType.PERSON.id(); // two or three capitalised words, one of them a known given name or surname
			confidence = 0.45;
		} else {
			type = null; // a single capitalised word: typed by the document's other mentions, or not at all
			confidence = 0.3;
		}
		if (!org && quotedAfterHead(first, words)) {
			type = EntityType.ORG.id(); // "Comitato Pace “Danilo Dolci”", "Centro culturale “Tabor”": a name quoted after an organisation's head is its name
			confidence = 0.6;
		}
		if (EntityType.PERSON.id().equals(type) && (title == null && articleBefore(first, before, language)
				|| name.size() > 1 && nameArticle(first, name.get(1), language))) {
			type = null; // "el Real Madrid", "la Zona Sur", "da Casa Verde", "la Provincia": no article before a person's name
			confidence = 0.3;
		}
		return new Candidate(first.start(), last.end(), type, confidence, name.stream().map(Word::key).toList());
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
	 * Endings that mark a family name in many languages, whatever the lexicons hold: Armenian "-yan", Georgian
	 * "-shvili", "-dze", Ukrainian "-enko", "-chuk", South Slavic "-vić", "-vich", Polish "-ski", "-ska", Turkish "-oglu",
	 * Greek "-opoulos", "-akis", Romanian "-escu", "-eanu" (on the folded key: "Sukiasyan", "Saakashvili", "Mandžukić").
	 */
	private static final Pattern SURNAME_ENDINGS = Pattern.compile(
			"\\p{L}{3,}(?:yan|shvili|dze|enko|chuk|vic|vich|ovic|evic|ski|ska|sky|skaya|oglu|opoulos|akis|escu|eanu)"); //$NON-NLS-1$

	/** A word's key without the elided article or preposition it is written with ("l'associazione", "dell’ospedale", "d'avocat"). */
	private static String elided(Word word) {
		String key = word.key();
		int apostrophe = Math.max(key.indexOf('\''), key.indexOf('’'));
		return apostrophe > 0 && apostrophe <= 4 && apostrophe < key.length() - 1 ? key.substring(apostrophe + 1) : key;
	}

	/** Words that qualify a place in its name or before it: compass points, size, age ("Southeast Asia", "Greater Cairo", "Nazi Germany"). */
	private static final Set<String> PLACE_QUALIFIERS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"western", "central", "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater", "little", "new", "old", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"great", "mainland", "continental", "inner", "outer", "metro", "downtown", "rural", "urban", "ancient", "modern", "imperial", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"soviet", "nazi", "colonial", "medieval", "postwar", "occupied", "sub-saharan", "francophone", "anglophone", "nord", "sud", "est", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"ouest", "norte", "sur", "sul", "oeste", "este", "nordeste", "sudeste", "noroeste", "sudoeste", "nuova", "nova", "nueva", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"nouvelle", "neu", "neues", "alt", "ober", "unter", "nieder", "gross", "klein", "alta", "alto", "baja", "bajo", "haute", "basse", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"grande", "grand", "gran", "grao", "petite", "petit", "centro", "meridional", "oriental", "occidental", "septentrional", "media", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"mittel", "sued", "nordrhein", "ost", "the"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** "of" and its forms fused with an article, in the seven languages' Latin script. */
	private static final Set<String> OF_FORMS = Set.of("of", "di", "de", "da", "do", "du", "von", "del", "della", "dello", "delle", "dei", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"degli", "des", "dos", "das", "der"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Set<String> ARTICLES_AFTER_OF = Set.of("the", "la", "le", "el", "l"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** The run begins a title's complement: "presidente della [Repubblica]", "Minister of [Health]", "ministre de l'[Intérieur]". */
	private boolean titleComplement(Word first) {
		int i = first.index();
		if (i < 2) {
			return false;
		}
		Word of = article.get(i - 1);
		int title = i - 2;
		if (!of.capitalised() && ARTICLES_AFTER_OF.contains(of.key()) && i >= 3) { // "President of the European Commission"
			of = article.get(i - 2);
			title = i - 3;
		}
		return !of.capitalised() && OF_FORMS.contains(of.key()) && lexicons.titles.contains(article.get(title).key());
	}

	/** Opening quotation marks. */
	private static final String OPENING_QUOTES = "“\"«„‘‹"; //$NON-NLS-1$
	/** Nouns of communities and circles that, like an organisation's head, take a quoted name ("Comunità “Ernesto Balducci”"). */
	private static final Set<String> QUOTED_HEADS = Set.of("comunita", "comunidad", "comunidade", "communaute", "community", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"circolo", "circulo", "cercle", "collettivo", "colectivo", "coletivo", "collectif", "cooperativa", "cooperative", "verein", "initiative"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

	/**
	 * The name opens with a quotation mark right after an organisation's head or kind, or after one word that follows
	 * it ("Comitato Pace “Danilo Dolci”", "Centro culturale “Tabor”", "l'associazione «Libera»"): the quoted words are
	 * the organisation's name, whoever else they name.
	 */
	private boolean quotedAfterHead(Word first, List<Word> words) {
		String gap = first.gap().strip();
		if (gap.isEmpty() || OPENING_QUOTES.indexOf(gap.charAt(gap.length() - 1)) < 0 || first.index() == 0) {
			return false;
		}
		for (int k = first.index() - 1; k >= Math.max(0, first.index() - 2); k--) {
			Word word = words.get(k);
			String key = word.key();
			if (lexicons.orgHeads.contains(key) && !GOVERNMENTS.contains(key) || lexicons.orgKinds.contains(key) || QUOTED_HEADS.contains(key)) {
				return true;
			}
			if (k < first.index() - 1 && !words.get(k + 1).spaceBefore()) {
				return false;
			}
		}
		return false;
	}

	/** A capital inside a word after two lower-case letters: "GroundUp", "BioNTech"; not a person's "MacArthur", "FitzGerald". */
	static boolean intercapped(Word word) {
		String text = word.text();
		if (text.startsWith("Mac") || text.startsWith("Fitz")) { //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
		for (int i = 3; i < text.length(); i++) {
			if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i - 2))) {
				return true;
			}
		}
		return false;
	}

	/** Articles that begin a name when written capitalised inside a sentence ("La Paz", "The Hague", "Le Monde", "Die Zeit"). */
	private static final Set<String> NAME_ARTICLES = Set.of("the", "der", "die", "das", "el", "la", "los", "las", "il", "lo", "le", "les", "o", "os"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$

	/**
	 * A definite article written capitalised inside a sentence (not its first word, not in a headline), right before a
	 * capitalised word: it belongs to the name, as the annotation guidelines keep it ("La Habana", "The Conversation").
	 */
	private static boolean nameArticle(Word article, Word next, String language) {
		return article.capitalised() && !article.allCaps() && !article.sentenceStart() && !article.titleLine() && next.capitalised()
				&& next.spaceBefore() && NAME_ARTICLES.contains(article.key()) && !("de".equals(language) && article.index() == 0)
				&& (article.key().length() > 1 || "pt".equals(language));
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

	/** A first word is a name when it is a given name, a head word, or capitalised inside a sentence elsewhere. */
	private boolean evidence(Word word, Set<String> confirmed) {
		return cues.givenName(word) || lexicons.orgHeads.contains(word.key()) || confirmed.contains(word.key())
				|| word.allCaps() && word.text().length() <= 6;
	}
}
