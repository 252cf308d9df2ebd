// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Whether a licence name found in a text licenses it or is only mentioned: a headline, a question, a negation, a
 * quotation, prose about licences in general, or a statement about works other than this text. {@link LicenceDetector}
 * asks for every candidate; the reason it gets is kept with the mention to explain why nothing was taken.
 */
final class Mentions {

	/** Where a clause ends, for the negation that governs a name. */
	private static final Pattern CLAUSE_END = Pattern.compile("[.;!?؟](?=\\s)"); //$NON-NLS-1$

	private Mentions() {
	}

	/** Why a licence name in the text licenses nothing, or null when it is a statement about the text. */
	static @Nullable String whyMention(String text, int start, int end, int firstLineEnd) {
		int[] line = Lines.trimmed(text, start);
		String lineText = text.substring(line[0], line[1]);
		if (line[1] <= firstLineEnd && firstLineEnd < text.strip().length()) {
			return "headline"; //$NON-NLS-1$
		}
		if (lineText.endsWith("?") || lineText.endsWith("؟")) { //$NON-NLS-1$ //$NON-NLS-2$
			return "question"; //$NON-NLS-1$
		}
		String before = text.substring(line[0], start);
		Matcher clause = CLAUSE_END.matcher(before);
		int clauseStart = 0;
		while (clause.find()) {
			clauseStart = clause.end();
		}
		// "Non commerciale", "Nicht kommerziell", "Keine Bearbeitungen" are licence elements, not negations
		// a parenthesis is a clause of its own: "(not including logos)" excludes an item, it negates nothing after it
		String clauseBefore = Patterns.WORD_ND.matcher(Patterns.WORD_NC.matcher(before.substring(clauseStart).replaceAll("\\([^()]*\\)", " ")).replaceAll(" ")).replaceAll(" "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (Patterns.NEGATION.matcher(clauseBefore.length() > 100 ? clauseBefore.substring(clauseBefore.length() - 100) : clauseBefore).find()) {
			return "negated"; //$NON-NLS-1$
		}
		int quotesBefore = countQuotes(before);
		int quotesAfter = countQuotes(text.substring(Math.min(end, line[1]), line[1]));
		// a notice set in quotation marks on a line of its own («جميع الحقوق محفوظة») is the page's, styled; a quotation has words around it
		// (not a phrase quoted inside a sentence broken over lines: the line before it then ends in a word)
		String previous = text.substring(0, line[0]).stripTrailing();
		boolean continues = previous.length() > 0 && line[0] - previous.length() <= 1 && Character.isLetter(previous.charAt(previous.length() - 1));
		boolean wholeLine = !continues && before.strip().length() == 1 && text.substring(Math.min(end, line[1]), line[1]).strip().length() == 1;
		if (quotesBefore % 2 == 1 && quotesAfter > 0 && !wholeLine) {
			return "quoted"; //$NON-NLS-1$
		}
		if (lineText.length() > Lines.SHORT_LINE) {
			if (!Patterns.SELF_REFERENCE.matcher(sentenceAround(text, start, line)).find()) {
				return "prose about a licence"; //$NON-NLS-1$
			}
			return null;
		}
		// a sentence of running prose on a shorter line: it licenses this text only when it says so ("this article",
		// "all contents", "©") or puts a licensing word just before the name ("… distribuidos bajo licencia CC BY");
		// a statement about works in general ("an author who adopts a CC licence can…", "articles must be published
		// under CC BY", "a work otherwise protected by copyright") licenses nothing
		String near = clauseBefore.length() > 100 ? clauseBefore.substring(clauseBefore.length() - 100) : clauseBefore;
		boolean cue = Patterns.DIRECT_LICENSING_CUE.matcher(near).find();
		if (cue && !Patterns.GENERIC_CLAUSE.matcher(clauseBefore).find()) {
			return null; // "Licensed under CC BY 4.0", "sous licence CC BY-SA": a statement
		}
		String sentence = sentenceAround(text, start, line);
		String why = cue ? "licences in general" //$NON-NLS-1$
				: words(sentence) - words(text.substring(start, end)) >= PROSE_WORDS ? "prose about a licence" : null; //$NON-NLS-1$
		if (why != null && (Patterns.SELF_REFERENCE.matcher(sentence).find() || Patterns.COPYRIGHT_WORD.matcher(sentence).find()
				|| Patterns.URL.matcher(text.substring(start, end)).lookingAt() || creditTail(text, line, start, end))) {
			return null;
		}
		return why;
	}

	/** A licence closing a caption after a dash or a bracket ("… in Monrovia, Liberia -Public Domain", "… (CC BY 2.0)"). */
	private static boolean creditTail(String text, int[] line, int start, int end) {
		String after = text.substring(Math.min(end, line[1]), line[1]).strip();
		String before = text.substring(line[0], start);
		// "… GNU Free Documentation License (GFDL)." names the licence twice; it closes no caption
		return after.matches("[).\\]]*") && LicenceDetector.CAPTION_SEPARATOR.matcher(before).find() //$NON-NLS-1$
				&& !NAME_BEFORE_BRACKET.matcher(before).find();
	}

	private static final Pattern NAME_BEFORE_BRACKET = Pattern.compile("(?:licen[cs]e|lizenz|licenza|licencia|licença|licentie|commons|رخصة\\S*)\\s*\\(\\s*$", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Words that make a sentence running prose rather than a notice ("Licence: CC BY-SA 4.0 – text by X"). */
	private static final int PROSE_WORDS = 10;

	private static int words(String s) {
		int n = 0;
		boolean in = false;
		for (int i = 0; i < s.length(); i++) {
			boolean letter = Character.isLetterOrDigit(s.charAt(i));
			if (letter && !in) {
				n++;
			}
			in = letter;
		}
		return n;
	}

	/** The sentence of {@code text} around {@code offset} on its {@code line}. */
	static String sentenceAround(String text, int offset, int[] line) {
		int[] sentence = Lines.sentence(text, line, offset);
		return text.substring(sentence[0], sentence[1]);
	}

	private static int countQuotes(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			switch (s.charAt(i)) {
			case '"', '“', '”', '«', '»', '„' -> n++;
			default -> { }
			}
		}
		return n;
	}
}
