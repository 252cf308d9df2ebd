// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of the credit-line grammar (cue, separator, holder chain) that look past one match: a cue alone on its line
 * with the holder on the next ("تصوير :" / "رويترز", "Foto:" / "Jan Janssen"), a photographer's name in capitals
 * closing a caption ("... en la intimidad. JOHN REYES"), and a line that talks about an article rather than
 * reproducing it ("Una riflessione su un articolo apparso su ...").
 */
final class CreditLines {

	private CreditLines() {
	}

	/** Receives a credit's span and its holder text. */
	interface Sink {
		void credit(int start, int end, String holder);
	}

	/** A credit cue with nothing after it but a colon or a dash: "تصوير :", "Foto:", "Bron:", "Crédit photo :". */
	private static final Pattern LABEL_ALONE = Pattern.compile("(?iu)(?:photo|photos|foto|fotos|fotografia|fotografía|image|imagen|imagem|immagine|bild|beeld|picture"
			+ "|credits?|crédits?(?: photo)?|créditos?|photo credit|source|sources|fonte|fuente|quelle|bron|bildquelle|bildrechte|tekst|texto|testo"
			+ "|تصوير|صورة|الصورة|مصدر الصورة|المصدر|بعدسة|حقوق الصورة)\\s*[:：\\-–—]\\s*"); //$NON-NLS-1$

	/** What the next line must look like to be a holder: a short name or chain, no sentence inside it. */
	private static final Pattern HOLDER_LINE = Pattern.compile("[\\p{L}©][\\p{L}\\p{M}\\p{N} .'’&/|,\\-]{1,58}"); //$NON-NLS-1$

	/**
	 * A cue alone on its line and the holder on the next: one credit over both lines. The next line must be a short
	 * name (at most six words, no sentence end inside it).
	 */
	static void labelThenName(String text, int[] line, Sink sink) {
		if (!LABEL_ALONE.matcher(text).region(line[0], line[1]).matches()) {
			return;
		}
		int next = Lines.end(text, line[0]) + 1;
		if (next >= text.length()) {
			return;
		}
		int[] holder = Lines.trimmed(text, next);
		String name = text.substring(holder[0], holder[1]);
		if (HOLDER_LINE.matcher(name).matches() && name.split("\\s+").length <= 6 && !name.matches(".*[.!?؟]\\s.*")) { //$NON-NLS-1$ //$NON-NLS-2$
			sink.credit(line[0], holder[1], name);
		}
	}

	/** Words in capitals that name a person or an office: "JOHN REYES", "PACO RODRÍGUEZ", "POLICÍA NACIONAL". */
	private static final Pattern CAPITALS_NAME = Pattern.compile("\\p{Lu}[\\p{Lu}'’.\\-]+(?: \\p{Lu}[\\p{Lu}'’.\\-]+){1,3}"); //$NON-NLS-1$

	/** True for two to four words in capitals (one word, "EEUU", "OTAN", is too often an acronym of the sentence). */
	static boolean isNameInCapitals(String name) {
		return CAPITALS_NAME.matcher(name).matches();
	}

	/** "a reflection on an article", "über einen Artikel", "à propos d'un article": the line is about an article. */
	private static final Pattern ABOUT_AN_ARTICLE = Pattern.compile("(?iu)(?<![\\p{L}])(?:su|sul|a|about|on|sur|à propos d['’]|sobre|über|zu|عن|حول)\\s+"
			+ "(?:un|una|an|a|une|einen|ein|el|l['’])?\\s*(?:articolo|article|artículo|artigo|Artikel|مقال)\\s+$"); //$NON-NLS-1$

	/** True when the words before {@code cue} on its line say the line is about an article, not a reprint of it. */
	static boolean aboutAnArticle(String text, int cue) {
		int from = Math.max(Lines.start(text, cue), cue - 60);
		Matcher about = ABOUT_AN_ARTICLE.matcher(text).region(from, cue);
		return about.find();
	}
}
