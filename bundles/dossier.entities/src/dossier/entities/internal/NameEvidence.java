// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.internal.Words.Word;

/**
 * The evidence around a Latin-script name that types it (for {@link LatinNames}): a photo credit or a byline before
 * it, a given name in it, a speech verb before or after it, an apposition that describes a person after it, a
 * German federal body's one-word name.
 */
final class NameEvidence {

	private final NameLexicons lexicons;

	NameEvidence(NameLexicons lexicons) {
		this.lexicons = lexicons;
	}

	private static final Set<String> OF_WORDS = Set.of("of", "di", "de", "da", "do", "du", "von"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/** Words of a photo credit before a name ("Photo: X", "Foto di X", "Photo by X"). */
	private static final Set<String> CREDIT_WORDS = Set.of("photo", "photos", "foto", "fotos", "fotografia", "fotografía", "image", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"immagine", "imagen", "imagem", "bild", "picture", "pictures"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	/** A byline's word before a name: "By X", "Por X", "Par X", "Di X" at the start of a line. */
	private static final Set<String> BYLINE_WORDS = Set.of("by", "por", "par", "di", "da", "door"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/**
	 * The name is a credit's or a byline's: right after "Photo:" ("Foto:", "Bild:"), after "Photo by" ("Foto di"), or
	 * after "By" ("Por", "Par") written capitalised, as a byline begins.
	 */
	static boolean creditOrByline(Word first, List<Word> words) {
		if (first.index() == 0) {
			return false;
		}
		Word previous = words.get(first.index() - 1);
		String gap = first.gap().strip();
		if (CREDIT_WORDS.contains(previous.key()) && (gap.equals(":") || gap.equals("©"))) { //$NON-NLS-1$ //$NON-NLS-2$
			return true;
		}
		if (!BYLINE_WORDS.contains(previous.key()) || !first.spaceBefore()) {
			return false;
		}
		boolean afterCredit = previous.index() > 0 && previous.spaceBefore() && CREDIT_WORDS.contains(words.get(previous.index() - 1).key());
		return afterCredit || previous.capitalised();
	}

	private static final Pattern HYPHEN_OR_SPACE = Pattern.compile("[- ]"); //$NON-NLS-1$

	/** A given name, or a hyphenated one made of given names ("Jean-Luc", "Anne-Marie", "José-María"). */
	boolean givenName(Word word) {
		String key = word.key();
		if (lexicons.givenNames.contains(key)) {
			return true;
		}
		if (word.text().indexOf('-') <= 0) {
			return false; // most words: no hyphen, nothing to split
		}
		String[] parts = HYPHEN_OR_SPACE.split(key);
		return parts.length > 1 && Arrays.stream(parts).allMatch(part -> part.length() > 1 && lexicons.givenNames.contains(part));
	}

	/** Italian "ha" after a name speaks only with a participle of speech: "X ha detto", not "la Juventus ha battuto". */
	private static final Set<String> SPEECH_PARTICIPLES = Set.of("detto", "dichiarato", "spiegato", "affermato", "aggiunto", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"sottolineato", "raccontato", "scritto", "ricordato", "precisato", "commentato", "annunciato", "risposto"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	static boolean speechAfter(Word after, List<Word> words) {
		if (!"ha".equals(after.key())) { //$NON-NLS-1$
			return true;
		}
		return after.index() + 1 < words.size() && SPEECH_PARTICIPLES.contains(words.get(after.index() + 1).key());
	}

	/** A speech verb or "according to" word right before the name, and punctuation right after it: "said Hashi Hirey,". */
	boolean speechBefore(@Nullable Word before, Word last, List<Word> words) {
		if (before == null || before.capitalised() || !lexicons.speechBefore.contains(before.key())) {
			return false;
		}
		return last.index() + 1 >= words.size() || !words.get(last.index() + 1).spaceBefore();
	}

	/**
	 * One capitalised word, not in capitals, right after a verb of speech and right before punctuation: the speaker at
	 * the end of a quotation ("said Nikani.", "sostuvo Méndez.", "sagte Steinmeyer,"). Not after "according to" words
	 * nor "told", after which organisations stand as often ("secondo Coldiretti,", "told Reuters.").
	 */
	boolean speechBeforeOne(@Nullable Word before, Word name, List<Word> words, String language) {
		if (before == null || before.capitalised() || name.allCaps() || Words.honorific(name) || NameWords.NOT_SPEECH_BEFORE_ONE.contains(before.key())
				|| !(lexicons.speechBefore.contains(before.key()) || "de".equals(language) && NameWords.GERMAN_SPEECH_BEFORE.contains(before.key()))) {
			return false;
		}
		if (name.index() + 1 >= words.size()) {
			return true;
		}
		String gap = words.get(name.index() + 1).gap().strip();
		return gap.startsWith(".") || gap.startsWith(",") || gap.startsWith(";") || gap.startsWith(")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** A comma right after the word, then an age and a comma: "Wilkerson, 43,". */
	static boolean ageAfter(Word word, List<Word> words) {
		int k = word.index() + 1;
		if (k + 1 >= words.size() || !words.get(k).gap().equals(", ")) { //$NON-NLS-1$
			return false;
		}
		Word next = words.get(k);
		return next.text().length() <= 3 && next.text().chars().allMatch(Character::isDigit) && words.get(k + 1).gap().strip().startsWith(","); //$NON-NLS-1$
	}

	/** A comma right after the word, then a relative pronoun of people or an age: "Sargsyan, who", "Wilkerson, 43,". */
	static boolean relativeOrAge(Word word, List<Word> words, NameLexicons lexicons) {
		int k = word.index() + 1;
		if (k >= words.size() || !words.get(k).gap().equals(", ")) { //$NON-NLS-1$
			return false;
		}
		Word next = words.get(k);
		if (lexicons.personRelatives.contains(next.key())) {
			return true;
		}
		return next.text().length() <= 3 && next.text().chars().allMatch(Character::isDigit) && k + 1 < words.size()
				&& words.get(k + 1).gap().strip().startsWith(","); //$NON-NLS-1$
	}

	/**
	 * An apposition that describes a person right after the name: a comma, then an age ("X, 34,"), a relative
	 * pronoun for people ("X, who"), or within three words a noun of people ("X, a resident", "X, enseignant").
	 */
	boolean apposition(Word last, List<Word> words) {
		int k = last.index() + 1;
		if (k >= words.size() || !words.get(k).gap().strip().equals(",")) {
			return false;
		}
		Word first = words.get(k);
		if (first.text().length() <= 3 && first.text().chars().allMatch(Character::isDigit)) {
			return k + 1 < words.size() && words.get(k + 1).gap().strip().startsWith(","); // "X, 34, said"
		}
		if (lexicons.personRelatives.contains(first.key())) {
			return true;
		}
		for (int m = k; m < Math.min(words.size(), k + 5); m++) {
			Word word = words.get(m);
			if (m > k && !word.spaceBefore() && !words.get(m - 1).possessive()) {
				return false; // the apposition ended
			}
			if (lexicons.personNouns.contains(word.key()) || lexicons.titles.contains(word.key())) {
				// "X, enseignant", "X, a popular leader"; a capitalised title only where the apposition goes on with "of"
				// or ends ("X, the General Secretary of", but not "del Vertice, il Presidente ha avuto")
				if (!word.capitalised() || titleEnds(word, words)) {
					return true;
				}
				if (!titleGoesOn(word, words)) {
					return false;
				}
				continue; // "the General Secretary of": a run of titles
			}
			boolean opening = lexicons.appositionDeterminers.contains(word.key()) || word.possessive();
			if (m == k && !opening && !word.capitalised() && !lexicons.stopwords.contains(word.key()) && m + 1 < words.size()
					&& words.get(m + 1).spaceBefore() && !words.get(m + 1).capitalised() && lexicons.personNouns.contains(words.get(m + 1).key())) {
				continue; // "Manohla Dargis, film critic for the New York Times", "X, state senator": a noun before the person's noun
			}
			if (m == k && !opening) {
				return false; // another name ("X, Y and Z") or a clause ("X, which..."): an apposition opens with an article
			}
			if (m > k && !opening && lexicons.stopwords.contains(word.key())) {
				return false; // "X, a country where officials...": the noun phrase ended before a person noun
			}
		}
		return false;
	}

	/**
	 * An apposition after the name whose noun is a kind of organisation: "Loki Torrent, a site that tracks links",
	 * "Columbia Pictures – a major movie studio.", "Acme, una empresa de Bilbao", "X, ein Unternehmen aus Bonn". The
	 * noun must end the apposition's noun phrase (punctuation, a function word or an English "-ing" form after it):
	 * "Smith, a company spokesman" is a person's apposition.
	 */
	boolean orgApposition(Word last, List<Word> words, String language) {
		int k = last.index() + 1;
		if (k >= words.size() || last.possessive()) {
			return false;
		}
		String gap = words.get(k).gap().strip();
		if (!gap.equals(",") && !gap.equals("–") && !gap.equals("—") && !gap.equals("-")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return false;
		}
		boolean german = "de".equals(language); //$NON-NLS-1$
		for (int m = k; m < Math.min(words.size(), k + 5); m++) {
			Word word = words.get(m);
			if (m > k && !word.spaceBefore()) {
				return false; // the apposition ended
			}
			String key = NameWords.elided(word); // "un'azienda"
			boolean elided = !key.equals(word.key());
			boolean kind = german ? word.capitalised() && lexicons.orgAppositionNouns.contains(key)
					: !word.capitalised() && (lexicons.orgKinds.contains(key) || lexicons.orgAppositionNouns.contains(key));
			if (m == k && !elided && !lexicons.appositionDeterminers.contains(word.key()) && !NameWords.GERMAN_INDEFINITE.contains(word.key())) {
				return false; // another name ("X, Y and Z") or a clause ("X, which..."): an apposition opens with an article
			}
			if (kind && (m > k || elided)) {
				return nounPhraseEnds(word, words, language);
			}
			if (m > k && (lexicons.stopwords.contains(word.key()) || word.capitalised() && !german)) {
				return false;
			}
		}
		return false;
	}

	/** The noun ends its phrase: punctuation after it, the text's end, a function word, or an English "-ing" form. */
	private boolean nounPhraseEnds(Word noun, List<Word> words, String language) {
		int next = noun.index() + 1;
		if (next >= words.size() || !words.get(next).gap().isBlank()) {
			return true;
		}
		Word after = words.get(next);
		return !after.capitalised() && (lexicons.isStopword(after.key(), language) || lexicons.stopwords.contains(after.key())
				|| "en".equals(language) && after.key().endsWith("ing") || NameWords.AFTER_ORG_NOUN.contains(after.key())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * An apposition before the name: a title or a noun of people, then at most six words of its complement, then a
	 * comma right before the name, and a comma, a full stop or a bracket right after it ("il Presidente della
	 * Repubblica d’Indonesia, Joko Widodo,", "the head of the taxi association, Mandla Hermanus, said",
	 * "el ministro de Exteriores, José Manuel Albares.").
	 */
	boolean titledBefore(Word first, Word last, List<Word> words) {
		if (!first.gap().strip().equals(",") || first.index() == 0) { //$NON-NLS-1$
			return false;
		}
		if (last.index() + 1 < words.size()) {
			String after = words.get(last.index() + 1).gap().strip();
			if (after.isEmpty() || !(after.startsWith(",") || after.startsWith(".") || after.startsWith(")") || after.startsWith(";"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				return false;
			}
		}
		for (int k = first.index() - 1; k >= Math.max(0, first.index() - 7); k--) {
			Word word = words.get(k);
			if (lexicons.titles.contains(word.key()) || lexicons.personNouns.contains(word.key())) {
				return true;
			}
			String gap = word.gap().strip();
			if (!gap.isEmpty() && !gap.equals("'") && !gap.equals("’")) { //$NON-NLS-1$ //$NON-NLS-2$
				return false; // punctuation inside: the complement ended before it
			}
		}
		return false;
	}

	/** A capitalised title is followed by another ("General Secretary", "Vice President"). */
	private boolean titleGoesOn(Word title, List<Word> words) {
		if (title.index() + 1 >= words.size()) {
			return false;
		}
		Word next = words.get(title.index() + 1);
		return next.spaceBefore() && next.capitalised()
				&& (lexicons.personNouns.contains(next.key()) || lexicons.titles.contains(next.key()));
	}

	/** A capitalised title ends an apposition: followed by "of" ("de", "di"...), a comma or a full stop. */
	private static boolean titleEnds(Word title, List<Word> words) {
		if (title.index() + 1 >= words.size()) {
			return true;
		}
		Word next = words.get(title.index() + 1);
		String gap = next.gap().strip();
		return gap.startsWith(",") || gap.startsWith(".") || gap.isEmpty() && OF_WORDS.contains(next.key());
	}

	private static final Pattern GERMAN_FEDERAL_BODY = Pattern.compile(
			"(bundes|landes|staats)\\p{L}*(agentur|amt|dienst|gericht|gerichtshof|tag|rat|wehr|bank|anstalt|kammer|verband|zentrale|behorde|institut|ministerium|polizei|kriminalamt|archiv)(?:e|es|s|en|n)?"); //$NON-NLS-1$

	/** Bundesnetzagentur, Bundesnachrichtendienst(es), Landeskriminalamt, Bundesarchiv: one word, one federal or state body, in any case. */
	static boolean germanFederalBody(String key) {
		return GERMAN_FEDERAL_BODY.matcher(key).matches();
	}

}
