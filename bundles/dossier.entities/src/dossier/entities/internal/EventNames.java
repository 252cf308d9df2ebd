// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.List;
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

	private EventNames() {
	}

	/** The {@code [start, end)} spans of the events', laws' and prizes' names among {@code words} (Latin script). */
	static List<int[]> find(List<Word> words, NameLexicons lexicons, String language) {
		boolean english = "en".equals(language); //$NON-NLS-1$
		boolean headsLast = english || "de".equals(language); //$NON-NLS-1$
		List<int[]> spans = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			Word word = words.get(i);
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
					spans.add(new int[] { words.get(from).start(), word.end() });
				}
			}
		}
		return spans;
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
