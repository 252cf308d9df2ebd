// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dossier.entities.internal.Words.Word;

/**
 * Names of events, laws, prizes, agreements and wars, which the annotation guidelines do not annotate, nor the names
 * inside them ("the **Paris** Agreement" is no place, "Lei **Maria** da Penha" no person, "Vertice **G20**" no
 * organisation): a capitalised head first, as French, Italian, Spanish, Portuguese and German write them ("Coupe du
 * Monde", "Premio Nobel", "Acuerdo de París", "Lei Maria da Penha", "Festival de Cannes", "Vertice G20"), or last, as
 * English and German do ("Paris Agreement", "Nobel Peace Prize", "Human Rights Act", "International Women's Day",
 * "Pariser Abkommen"). {@link OpenNames} marks their spans so that no shorter name inside them is suggested.
 */
final class EventNames {

	/** Heads written before the name, with "de"/"di"/"of" or without: "Copa del Mundo", "Premio Nobel", "Treaty of Rome". */
	private static final Set<String> HEADS_FIRST = Set.of("coupe", "copa", "coppa", "jeux", "juegos", "jogos", "giochi", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"premio", "premios", "premi", "prix", "ley", "lei", "legge", "loi", "acuerdo", "acordo", "accordo", "accord", "tratado", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"trattato", "traite", "treaty", "pacto", "patto", "pacte", "festival", "cumbre", "cupula", "cimeira", "vertice", "sommet", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"campeonato", "campionato", "championnat", "maraton", "maratona", "guerra", "guerre", "batalla", "batalha", "battaglia", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"bataille", "battle", "revolucion", "revolucao", "rivoluzione", "revolution", "declaracion", "declaracao", "dichiarazione", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"declaration", "protocolo", "protocollo", "protocole", "olimpiadi", "olimpiadas", "mundial"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	/** The heads English writes first too: "Treaty of Rome", "Battle of Waterloo", "Declaration of Independence". */
	private static final Set<String> ENGLISH_HEADS_FIRST = Set.of("treaty", "battle", "declaration", "festival"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Heads written after the name: "World Cup", "Paris Agreement", "Nobel Peace Prize", "Pariser Abkommen". */
	private static final Set<String> HEADS_LAST = Set.of("cup", "games", "olympics", "prize", "award", "awards", "act", "agreement", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"accord", "accords", "treaty", "pact", "festival", "summit", "championship", "championships", "marathon", "war", "revolution", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"declaration", "protocol", "day", "abkommen", "vertrag", "gipfel", "spiele", "pokal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	/** Lower-case words inside such a name: "Copa del Mundo", "Festival de Cannes", "Treaty of Rome", "Lei Maria da Penha". */
	private static final Set<String> LINKS = Set.of("de", "del", "della", "di", "du", "des", "do", "da", "dos", "das", "of", "the", "la", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"le", "el", "los", "las", "dei", "degli", "delle", "dello", "for", "on", "von", "der"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

	/**
	 * Lower-case nouns of a work right before its title, by language ("the film White Noise", "il romanzo", "la película",
	 * "o filme"); German writes its nouns capitalised, and "play", "show" and "game" are verbs or name days too often.
	 */
	private static final Map<String, Set<String>> WORK_NOUNS = Map.of(
			"en", Set.of("film", "movie", "thriller", "comedy", "documentary", "novel", "book", "album", "song", "single", "sitcom", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
					"musical", "painting", "poem", "series", "sequel", "memoir", "opera"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"it", Set.of("film", "romanzo", "libro", "album", "canzone", "brano", "serie", "documentario", "spettacolo"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"fr", Set.of("film", "roman", "livre", "album", "chanson", "serie", "documentaire", "spectacle"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"es", Set.of("pelicula", "novela", "libro", "album", "cancion", "serie", "documental"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"pt", Set.of("filme", "romance", "livro", "album", "cancao", "serie", "documentario", "novela")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

	private EventNames() {
	}

	/** A Roman numeral of up to five letters or a number of up to two digits: "II", "IV", "2". */
	private static boolean ordinal(Word word) {
		String text = word.text();
		return text.length() <= 5 && text.chars().allMatch(c -> "IVXLC".indexOf(c) >= 0)
				|| text.length() <= 2 && text.chars().allMatch(Character::isDigit);
	}

	/** The {@code [start, end)} spans of the events', laws' and prizes' names among {@code words} (Latin script). */
	static List<int[]> find(List<Word> words, NameLexicons lexicons, String language) {
		boolean english = "en".equals(language); //$NON-NLS-1$
		boolean headsLast = english || "de".equals(language); //$NON-NLS-1$
		List<int[]> spans = new ArrayList<>();
		Set<String> workNouns = WORK_NOUNS.getOrDefault(language, Set.of());
		List<List<String>> titles = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			Word word = words.get(i);
			if (!word.capitalised() && !word.arabic() && i + 1 < words.size()) {
				Word next = words.get(i + 1);
				// the next word first: most words stand before a lower-case word, and need no key then
				if (next.spaceBefore() && next.capitalised() && !next.allCaps() && !next.arabic() && workNouns.contains(word.key())
						&& !CalendarWords.isCalendarWord(next.text().toLowerCase(Locale.ROOT))) {
					// "the horror film White Noise", "il romanzo Il nome della rosa": a work's title, which the guidelines do
					// not annotate, nor the names inside it; its other occurrences are marked below
					int end = nameAfter(words, i);
					if (end > i) {
						spans.add(new int[] { next.start(), words.get(end).end() });
						titles.add(words.subList(i + 1, end + 1).stream().map(Word::key).toList());
						i = end;
						continue;
					}
				}
				if (english && i > 0 && word.spaceBefore() && words.get(i - 1).capitalised() && "act".equals(word.key())) { //$NON-NLS-1$
					int from = nameBefore(words, i, lexicons);
					if (from < i && from > 0 && "the".equals(words.get(from - 1).key())) { //$NON-NLS-1$
						spans.add(new int[] { words.get(from).start(), word.end() }); // "the CAN-SPAM act": a law known by its name
					}
				}
			}
			if (!word.capitalised() || word.arabic() || word.allCaps()) {
				continue;
			}
			String key = word.key();
			if (HEADS_FIRST.contains(key) && (!english || ENGLISH_HEADS_FIRST.contains(key))) {
				int end = nameAfter(words, i);
				if (end > i) {
					spans.add(new int[] { word.start(), words.get(end).end() });
					i = end;
					continue;
				}
			}
			if (headsLast && HEADS_LAST.contains(key) && i > 0) {
				int from = nameBefore(words, i, lexicons);
				if (from < i) {
					// "World War II", "World War 2", "Vatican Council II": a number after the head is the name's own
					Word end = i + 1 < words.size() && words.get(i + 1).spaceBefore() && ordinal(words.get(i + 1)) ? words.get(i + 1) : word;
					spans.add(new int[] { words.get(from).start(), end.end() });
				}
			}
		}
		if (!titles.isEmpty()) {
			// the same title elsewhere in the article ("horror film White Noise ... a holiday in White Noise")
			for (int i = 0; i < words.size(); i++) {
				for (List<String> title : titles) {
					int n = title.size();
					if (i + n <= words.size() && words.get(i).capitalised() && inside(spans, words.get(i).start()) < 0) {
						boolean same = true;
						for (int k = 0; k < n && same; k++) {
							same = words.get(i + k).key().equals(title.get(k)) && (k == 0 || words.get(i + k).spaceBefore());
						}
						if (same) {
							spans.add(new int[] { words.get(i).start(), words.get(i + n - 1).end() });
						}
					}
				}
			}
		}
		return spans;
	}

	private static int inside(List<int[]> spans, int offset) {
		for (int s = 0; s < spans.size(); s++) {
			if (spans.get(s)[0] <= offset && offset < spans.get(s)[1]) {
				return s;
			}
		}
		return -1;
	}

	/** The last word of the name after a head at {@code head}: capitalised words and the links between them; {@code head} when none. */
	private static int nameAfter(List<Word> words, int head) {
		int last = head;
		int k = head + 1;
		while (k < words.size() && words.get(k).spaceBefore() && !words.get(k).arabic()) {
			Word next = words.get(k);
			if (next.capitalised()) {
				last = k; // "Premio Nobel", "Vertice G20", "Coppa Italia"
				k++;
				if (next.text().chars().anyMatch(Character::isDigit)) {
					break; // "Vertice G20 di Nuova Delhi": the summit's name ends with its number; the city hosts it
				}
				continue;
			}
			int links = 0;
			while (k + links < words.size() && links < 2 && LINKS.contains(words.get(k + links).key()) && !words.get(k + links).capitalised()
					&& words.get(k + links).spaceBefore()) {
				links++;
			}
			if (links > 0 && k + links < words.size() && words.get(k + links).capitalised() && words.get(k + links).spaceBefore()) {
				k += links; // "Copa del Mundo", "Acuerdo de París", "Lei Maria da Penha"
				continue;
			}
			break;
		}
		return last;
	}

	/**
	 * The first word of the name before a head at {@code head} ("Paris Agreement", "International Women's Day", "Nobel
	 * Peace Prize"): capitalised words right before it, a possessive among them; {@code head} when none, or when a given
	 * name alone comes before "Day" ("Doris Day").
	 */
	private static int nameBefore(List<Word> words, int head, NameLexicons lexicons) {
		int from = head;
		int k = head - 1;
		while (k >= 0 && words.get(k + 1).spaceBefore() && words.get(k).capitalised() && !words.get(k).arabic() && !words.get(k).sentenceStart()
				&& head - k <= 4) {
			from = k;
			k--;
		}
		if (from < head && k >= 0 && words.get(k).capitalised() && words.get(k).sentenceStart() && !"the".equals(words.get(k).key()) //$NON-NLS-1$
				&& words.get(k + 1).spaceBefore() && head - k <= 4) {
			from = k; // the name starts the sentence: "Paris Agreement talks stalled"
		}
		if (from == head - 1 && "day".equals(words.get(head).key()) && lexicons.givenNames.contains(words.get(from).key())) { //$NON-NLS-1$
			return head; // "Doris Day" is a person; "Paris Agreement", "Davis Cup" are not
		}
		return from;
	}
}
