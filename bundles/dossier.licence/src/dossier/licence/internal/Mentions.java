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
	private static final Pattern CLAUSE_END = Pattern.compile("[.;!?؟](?=\\s)" //$NON-NLS-1$
			// "You may not have noticed it, but this blog is licensed CC-…": a contrast opens a clause the negation does not reach
			+ "|[,،]\\s*(?:but|mais|ma|pero|aber|mas|maar|لكن|ولكن)(?=\\s)"); //$NON-NLS-1$

	/**
	 * The sentence a licence chooser writes, with its indefinite article, just before the licence's name: "X by Y is licensed
	 * under a Creative Commons …", "è distribuita con Licenza", "est mise à disposition selon les termes de la Licence", "está bajo
	 * una licencia", "ist lizenziert unter einer", "está licenciada com uma Licença", "is gelicenseerd onder een", "مرخص بموجب
	 * رخصة". It names the work the page holds, so it is a notice however long the line around it (a slide's transcript, a PDF's
	 * page run together).
	 */
	private static final Pattern CHOOSER_BEFORE = Pattern.compile("(?iu)(?:(?:is|are) licen[cs]ed under an?" //$NON-NLS-1$
			+ "|(?:è|e['’]|sono) (?:distribuit|rilasciat|pubblicat|licenziat)[oaie] (?:con|sotto) (?:una |la )?licenza" //$NON-NLS-1$
			+ "|(?:est|sont) (?:mise?s?|placée?s?) à disposition selon les termes de la licence|(?:está|están) (?:bajo|sujet[oa]s? a) una licencia(?: de)?" //$NON-NLS-1$
			+ "|(?:ist|sind) (?:lizenziert )?unter einer|(?:está|estão) licenciad[oa]s? (?:com|sob) uma licença|(?:is|zijn) (?:gelicenseerd|gelicentieerd) onder een(?: licentie)?" //$NON-NLS-1$
			+ "|(?:مرخص|مرخصة)(?: بموجب| تحت)? رخصة)\\s*$"); //$NON-NLS-1$

	/** A deed's "You are free to:" opening the list of what the licence lets one do (the colon ends the line). */
	private static final Pattern FREE_TO_LIST = Pattern.compile("(?iu)(?:(?:you are|vous êtes|tu es|sei|siete|eres|sois|você é|você está|je bent|u bent) (?:free|libres?|liber[oaie]|livres?|vrij)" //$NON-NLS-1$
			+ "(?: (?:to|de|d['’]|di|para|de|om))?|Sie dürfen|لك (?:مطلق )?الحرية(?: في)?)\\s*[:：]\\s*$"); //$NON-NLS-1$

	/** "nouvelle version 2.0 de la licence ouverte", "the new version of the Creative Commons licences": a licence's version talked about. */
	private static final Pattern VERSION_OF = Pattern.compile("(?iu)(?<![\\p{L}])(?:version|versión|versione|versão|versie)(?:\\s+\\d(?:[.,]\\d)?)?\\s+(?:de la|de las|de los|des|du|de|of the|of|della|delle|dei|del|der|da|das|do|dos|van de|van)\\s*$"); //$NON-NLS-1$

	/**
	 * "All other rights are reserved": the rights left after a grant the page has just made ("you may print pages … for your
	 * own use"), so the reservation is this page's however long the paragraph around it.
	 */
	private static final Pattern OTHER_RIGHTS = Pattern.compile("(?iu)(?:other|altri|autres|demás|anderen|übrigen|weiteren|outros|demais|andere|overige)\\s+(?:rights|diritti|droits|derechos|Rechte|direitos|rechten)|الحقوق الأخرى"); //$NON-NLS-1$

	/**
	 * A wiki template's page title, its namespace first: "Template:CC-BY-SA-4.0", "Vorlage:Bild-CC-by-sa/4.0", "قالب:برخصة المشاع
	 * الإبداعي النسبة-غيرالتجاري 4.0". The template licenses the pages that include it, not the page that shows it.
	 */
	private static final Pattern TEMPLATE_TITLE = Pattern.compile("(?iu)(?:Template|Vorlage|Modèle|Modello|Plantilla|Predefinição|Predefinicao|Sjabloon|قالب)\\s*:"); //$NON-NLS-1$

	/** The reason given for a licence defined as an entry of a list or a glossary of licences. */
	static final String DEFINED = "a licence defined in a list of licences"; //$NON-NLS-1$

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
		if (TEMPLATE_TITLE.matcher(lineText).lookingAt()) {
			return "a wiki template's title"; //$NON-NLS-1$
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
		if (definedInAList(text, line, start, end)) {
			return DEFINED;
		}
		if (FREE_TO_LIST.matcher(text).region(Math.min(end, line[1]), line[1]).find()) {
			return "a licence's terms explained"; // "Pour la licence ouverte (version 2.0), vous êtes libres de :" and the list of what one may do //$NON-NLS-1$
		}
		if (VERSION_OF.matcher(text).region(Math.max(line[0], start - 40), start).find()
				&& !Patterns.DIRECT_LICENSING_CUE.matcher(before.substring(clauseStart)).find()) {
			return "a version of a licence talked about"; //$NON-NLS-1$
		}
		if (lineText.length() > Lines.SHORT_LINE) {
			if (!Patterns.SELF_REFERENCE.matcher(sentenceAround(text, start, line)).find()
					&& !CHOOSER_BEFORE.matcher(text).region(Math.max(line[0], start - 80), start).find()
					&& !OTHER_RIGHTS.matcher(text).region(start, end).find()
					&& !Patterns.PROPERTY_OF.matcher(text).region(start, end).lookingAt()) {
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

	/** A list item's marker: "- ", "• ", "1. ", "2) ". */
	private static final Pattern LIST_MARKER = Pattern.compile("[\\-–—•*·]\\s*|\\p{N}{1,2}[.)]\\s+"); //$NON-NLS-1$

	/** What may stand before a licence's name on a list line: a marker and the licence's element names ("- Atribuição", "Naamsvermelding -"). */
	private static final Pattern LIST_ITEM_HEAD = Pattern.compile("(?:[\\-–—•*·]\\s*|\\p{N}{1,2}[.)]\\s+)?[\\p{L}\\- ]{0,40}?[\\s\\-–—]*(?:(?:CC[\\p{L}\\p{N}\\- ]{0,12})?\\(\\s*)?"); //$NON-NLS-1$

	/** A gloss after the name, then a colon or dash and the definition: "(Domínio Público)", ": Permite que outros…". */
	private static final Pattern DEFINITION_AFTER = Pattern.compile("\\)?\\s*(?:\\([^()\\n]{1,40}\\))?\\s*(?:[:：–—\\-]\\s*(?<definition>.*))?"); //$NON-NLS-1$

	/** What a licence lets others do, or what its author gives up: the words of a definition, not of a notice. */
	private static final Pattern DEFINING_VERB = Pattern.compile("(?iu)(?<![\\p{L}])(?:allows?|permits?|lets|requires?|permet(?:tent)?|autorise|exige|consente|permette|richiede|permite[mn]?|autoriza|exige[mn]?|erlaubt|gestattet|verlangt|staat\\s+\\S+(?:\\s+\\S+)?\\s+toe|vereist|يسمح|تسمح|يتيح|تتيح"
			+ "|waive[sd]?|renonce(?:nt)?|rinuncia(?:no)?|renuncia[mn]?|verzichte[nt]|renunciam" //$NON-NLS-1$
			// a deed's "You are free to:" explaining the licence just named
			+ "|(?:you are|vous êtes|tu es|sei|siete|eres|sois|você é|você está|je bent|u bent) (?:free|libres?|liber[oaie]|livres?|vrij)|Sie dürfen|لك (?:مطلق )?الحرية)(?![\\p{L}])"); //$NON-NLS-1$

	/** A definition's subject opening the next line: "Esta é…", "Deze licentie staat…", "This license allows…", "Por meio dela, autores…". */
	private static final Pattern DEFINITION_START = Pattern.compile("(?iu)(?:this|esta|este|cette|ce|questa|questo|diese|dieser|deze|dit|هذه|هذا)\\s+(?:licen[cs]e|licença|licencia|licenza|Lizenz|licentie|الرخصة|é|è|es|est|is|ist)(?![\\p{L}])"); //$NON-NLS-1$

	/**
	 * A licence named as an entry of a list or a glossary of licences ("- CC-BY: Permite que outros distribuam…", "- Atribuição
	 * CC BY" between other entries, "CC0 (Domínio Público)" above "Esta é …"): it is defined, not applied to this text.
	 */
	private static boolean definedInAList(String text, int[] line, int start, int end) {
		if (end > line[1] || !LIST_ITEM_HEAD.matcher(text).region(line[0], start).matches()) {
			return false;
		}
		String lineText = text.substring(line[0], line[1]);
		// the cue's last alternative (a label's colon or a sentence's end just before a name) is for the words before a name: the
		// full stop closing a definition ("… tornando de Domínio Público.") is no licensing cue
		String cueText = lineText.replaceFirst("[.:;]\\s*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (Patterns.DIRECT_LICENSING_CUE.matcher(cueText).find()) {
			return false;
		}
		Matcher after = DEFINITION_AFTER.matcher(text).region(end, line[1]);
		if (!after.matches()) {
			return false;
		}
		@Nullable String definition = after.group("definition"); //$NON-NLS-1$
		if (definition != null && !definition.isBlank()) {
			// "the work", "o trabalho" inside a definition ("Autor renuncia a todos os direitos … sobre o trabalho") is any work the
			// licence is put on; only the words before it can name this page
			String head = text.substring(line[0], end);
			return !Patterns.SELF_REFERENCE.matcher(head).find() && !Patterns.COPYRIGHT_WORD.matcher(head).find()
					&& DEFINING_VERB.matcher(definition.length() > 80 ? definition.substring(0, 80) : definition).find();
		}
		if (Patterns.SELF_REFERENCE.matcher(lineText).find() || Patterns.COPYRIGHT_WORD.matcher(lineText).find()) {
			return false;
		}
		boolean listed = LIST_MARKER.matcher(text).region(line[0], line[1]).lookingAt();
		int @Nullable [] next = nextLine(text, line[1]);
		int @Nullable [] previous = line[0] > 0 ? previousLine(text, line[0]) : null;
		if (listed && (listLineWithLicence(text, next) || listLineWithLicence(text, previous))) {
			return true; // "- Atribuição CC BY" / "- Atribuição-SemDerivações CC BY-ND": a list of licences
		}
		if (next != null) {
			String nextText = text.substring(next[0], next[1]);
			String head = nextText.length() > 160 ? nextText.substring(0, 160) : nextText; // "Pour la licence ouverte (v1 ou v2) https://… , vous êtes libres de :"
			return !Patterns.SELF_REFERENCE.matcher(nextText).find() && (DEFINITION_START.matcher(nextText).lookingAt() || DEFINING_VERB.matcher(head).find() && nextText.endsWith(":")); //$NON-NLS-1$
		}
		return false;
	}

	private static boolean listLineWithLicence(String text, int @Nullable [] line) {
		if (line == null || !LIST_MARKER.matcher(text).region(line[0], line[1]).lookingAt()) {
			return false;
		}
		String lower = text.substring(line[0], line[1]).toLowerCase(java.util.Locale.ROOT);
		return lower.contains("cc ") || lower.contains("cc-") || lower.contains("creative commons") || lower.endsWith(" cc"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The next non-empty line after {@code end}, trimmed, or null. */
	private static int @Nullable [] nextLine(String text, int end) {
		for (int offset = end + 1; offset < text.length(); offset = Lines.end(text, offset) + 1) {
			int[] line = Lines.trimmed(text, offset);
			if (line[1] > line[0]) {
				return line;
			}
		}
		return null;
	}

	/** The previous non-empty line before {@code start}, trimmed, or null. */
	private static int @Nullable [] previousLine(String text, int start) {
		for (int offset = start - 1; offset > 0; offset = Lines.start(text, offset) - 1) {
			int[] line = Lines.trimmed(text, Lines.start(text, offset));
			if (line[1] > line[0]) {
				return line;
			}
			if (Lines.start(text, offset) == 0) {
				break;
			}
		}
		return null;
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
