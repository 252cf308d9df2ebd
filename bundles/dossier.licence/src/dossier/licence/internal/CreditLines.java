// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.function.Predicate;
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

	/** A byline word alone on its line: "By" / "The Associated Press". Only an agency on the next line makes it a credit. */
	private static final Pattern BYLINE_ALONE = Pattern.compile("(?iu)(?:by|par|por|di|von|door|بقلم|من)\\s*:?"); //$NON-NLS-1$

	/** What the next line must look like to be a holder: a short name or chain, no sentence inside it. */
	private static final Pattern HOLDER_LINE = Pattern.compile("[\\p{L}©][\\p{L}\\p{M}\\p{N} .'’&/|,\\-]{1,58}"); //$NON-NLS-1$

	/**
	 * A cue alone on its line and the holder on the next: one credit over both lines. The next line must be a short
	 * name (at most six words, no sentence end inside it).
	 */
	static void labelThenName(String text, int[] line, Predicate<String> agency, Sink sink) {
		char last = text.charAt(line[1] - 1);
		if (line[1] - line[0] > 25 || Character.isLetter(last) && line[1] - line[0] > 5) {
			return; // a cue alone is short and ends with a colon or a dash ("تصوير :"), or is a byline word ("By")
		}
		boolean byline = BYLINE_ALONE.matcher(text).region(line[0], line[1]).matches();
		if (!byline && !LABEL_ALONE.matcher(text).region(line[0], line[1]).matches()) {
			return;
		}
		int next = Lines.end(text, line[0]) + 1;
		if (next >= text.length()) {
			return;
		}
		int[] holder = Lines.trimmed(text, next);
		String name = text.substring(holder[0], holder[1]);
		if (byline && !agency.test(name)) {
			return; // "By" / "Jane Doe": the author's byline
		}
		if (HOLDER_LINE.matcher(name).matches() && name.split("\\s+").length <= 6 && !name.matches(".*[.!?؟]\\s.*")) { //$NON-NLS-1$ //$NON-NLS-2$
			sink.credit(line[0], holder[1], name);
		}
	}

	/**
	 * A photo credited in running text to a photographer and a listed agency: "photo prise par Mark Makela, de l’agence
	 * Getty", "la photo de Bulent Kilic de l'AFP", "photo by X of Reuters", "foto di X dell'agenzia ANSA", "foto de X, de EFE".
	 */
	static final Pattern PHOTO_BY_OF_AGENCY = Pattern.compile("(?iu)(?<![\\p{L}])(?:photo|foto|fotografia|fotografía|image|imagen|imagem|immagine|bild|picture)s?,?\\s+"
			+ "(?:(?:prises?|taken|scattat[ae]|tomadas?|tiradas?|aufgenommen|gemaakt)\\s+)?(?:by|de|di|da|par|por|von|door)\\s+"
			+ "(?<name>(?-i:\\p{Lu}[\\p{L}'’\\-]+)(?:\\s+(?-i:\\p{Lu}[\\p{L}'’\\-]+)){0,3}),?\\s+"
			+ "(?:of|from|de l['’]agence|de l['’]|de la agencia|de|dell['’]agenzia|dell['’]|della|da agência|da|der agentur|der|van)\\s+(?<agency>\\p{L}[\\p{L}\\- ]{1,30}?)(?=[\\s,.;)]|$)"); //$NON-NLS-1$

	/** Words in capitals that name a person or an office: "JOHN REYES", "PACO RODRÍGUEZ", "POLICÍA NACIONAL". */
	private static final Pattern CAPITALS_NAME = Pattern.compile("\\p{Lu}[\\p{Lu}'’.\\-]+(?: \\p{Lu}[\\p{Lu}'’.\\-]+){1,3}"); //$NON-NLS-1$

	/** One to four capitalised words, with the particles of names: "Jan de Vries", "Marco Rossi", "Getty Images". */
	private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:(?:de|van|der|den|di|da|del|della|von|le|la|el|al|bin)\\s+)?\\p{Lu}[\\p{L}'’.\\-]*){0,3}"); //$NON-NLS-1$

	static boolean isName(String name) {
		return NAME.matcher(name).matches();
	}

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
		return about.find() || POINTS_TO_AN_ARTICLE.matcher(text).region(Math.max(Lines.start(text, cue), cue - 120), cue).find();
	}

	/**
	 * A line that points to an article or talks about it rather than reprinting it: "Ne parla un articolo … uscito su
	 * X", "Segnaliamo un interessante articolo apparso oggi sul X", "I recommend an article published in X".
	 */
	private static final Pattern POINTS_TO_AN_ARTICLE = Pattern.compile("(?iu)(?<![\\p{L}])(?:ne parla|ne parlano|segnal(?:iamo|o|a)|vi segnal\\p{L}*|consigli(?:amo|o)|recommend(?:s|ed)?|we recommend|i recommend|je vous recommande|nous recommandons|recomendamos|recomiendo|recomendo|empfehlen|ننصح)(?![\\p{L}])[^\\n]{0,60}?(?:articolo|article|artículo|artigo|Artikel|مقال)"); //$NON-NLS-1$
}
