// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.licence.CreditHolders;
import dossier.licence.ThirdPartyItem;

/**
 * Credits recognised by their shape on the page rather than by a list of holders: where a credit cue or a credit's
 * place (a caption's end, an embedded post, a source line with its date) says "this is a credit", the holder is taken
 * as a span of the form holders have — a person's name (capitalised words, initials, particles), an organisation's
 * acronym or capitalised run, a handle, a site's address, or a quoted name after a publication noun — bounded by
 * punctuation and the line's end. {@code credit-holders.tsv} only normalises what is found (and tells an agency's
 * acronym from any other at a caption's end). Every shape is reached through trigger words and reads only the lines
 * that hold one:
 * <ul>
 * <li>an embedded post: "— NAME (@handle) date", "A post shared by NAME (@handle)";</li>
 * <li>a chain of names in brackets closing a caption: "… the square. (CNS/Paul Haring)";</li>
 * <li>a photographer and an agency after dashes closing a caption: "… le 13 mai 2017- CHARLY TRIBALLEAU- AFP";</li>
 * <li>a source line of an agency's acronym or a site's address and a date or time: "11.9.2019 - 18:44, SDA",
 * "Blick.ch - Mon, 21/11/2016 - 03:35";</li>
 * <li>an item word and a name in brackets or alone on a line, no colon: "(foto Mario Rossi)", "Illu: Bulo";</li>
 * <li>an Arabic item word before an agency, no colon: "تصوير رويترز", "تقرير رويترز";</li>
 * <li>a quoted publication after an Arabic sourcing word and a publication noun: "بحسب موقع “بايج سيكس”", "نشرت صحيفة
 * «ديلي ميل»";</li>
 * <li>a listed agency closing a caption with no punctuation before the next line, or glued to an Arabic caption: "… en
 * presencia de Begoña Gómez EFE", "EPAحرصت كاميرا…";</li>
 * <li>a photographer and a source after "via" or a bar when no list names the source: "Jane Holloway via Cityscape
 * Archive", "… en el puerto. Rodrigo Vélez | Diario Vasco";</li>
 * <li>a photo credited by name in brackets closing a caption of any length, "(Foto di Saveria Pardini e Simona
 * Buracci)"; a listed agency that contributed to the report, "The Associated Press contributed to this report.";</li>
 * <li>a reposted article's source and author in one bracket, "( da Quotidiano.Net, di Luca Scarlini)"; an item provided
 * by someone, "Carte de la croisière offerte par Ponant", "Imagem cedida por Ana Lima";</li>
 * <li>a line that is only a chain of names, one a person's, or a source and its photographer closing a caption: "UN
 * News / Laura Quiñones", "… / Quirinale (Alexander Jakhnagiev)"; an agency's name with its letters spaced: "( A d n k r o n o s )"; an Arabic photographer's lens: "بعدسة
 * المصور سامي يوسف".</li>
 * </ul>
 */
final class CreditShapes {

	private CreditShapes() {
	}

	/** One word of a person's or an organisation's name: capitalised, or an initial. */
	private static final String WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’\\-]*)"; //$NON-NLS-1$
	/** A person-like or organisation-like run: one to five capitalised words with the particles of names. */
	static final String NAME_RUN = WORD + "(?:[ \\u00A0](?:" + WORD //$NON-NLS-1$
			+ "|(?:de|da|di|do|dos|das|del|della|van|von|der|den|la|le|du|bin|ibn|al|el|of|for|and|y|e)(?=[ \\u00A0]\\p{Lu}))){0,4}"; //$NON-NLS-1$
	/** A site's address: "Blick.ch", "www.elpais.com", "Quotidiano.Net". */
	static final String DOMAIN = "(?:www\\.)?[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.(?:\\p{Ll}{2,6}|\\p{Lu}\\p{Ll}{1,5})"; //$NON-NLS-1$
	/** An acronym in capitals: "SDA", "AFP", "CNS". */
	private static final String ACRONYM = "\\p{Lu}{2,6}"; //$NON-NLS-1$

	/** A name written in lower case ("picture-alliance", "dpa"): a part of a chain only when a list names it. */
	private static final String LOWER_NAME = "\\p{Ll}[\\p{L}\\p{N}\\-]{1,25}"; //$NON-NLS-1$
	private static final Pattern LOWER_NAME_PART = Pattern.compile(LOWER_NAME);

	static final Pattern PERSON = Pattern.compile(WORD + "(?:[ \\u00A0](?:(?:de|da|di|do|dos|del|della|van|von|der|den|la|le|du|bin|ibn|al|el)[ \\u00A0])?" + WORD + "){1,3}"); //$NON-NLS-1$ //$NON-NLS-2$

	static void find(CreditHolders holders, Scan scan, List<ThirdPartyItem> items) {
		String text = scan.text;
		embeddedPosts(scan, items);
		if (hasArabic(text)) {
			arabicShapes(holders, scan, items);
		}
		atLineEnds(scan, BRACKETED_CHAIN_AT_END, bracket -> {
			String chain = bracket.group("chain"); //$NON-NLS-1$
			boolean person = false;
			for (String part : chain.split("/")) { //$NON-NLS-1$
				person |= PERSON.matcher(part.strip()).matches();
			}
			if (person && sentenceBefore(text, bracket.start())) {
				ThirdPartyFinder.add(items, text, bracket.start("chain"), bracket.end("chain"), chain); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}, Scan.SLASH);
		atLineEnds(scan, DASH_CHAIN_AT_END, dash -> {
			String org = dash.group("org"); //$NON-NLS-1$
			String person = dash.group("person").strip(); //$NON-NLS-1$
			if (PERSON.matcher(person).matches() && (org.matches(ACRONYM) || holders.isKnown(org))) {
				ThirdPartyFinder.add(items, text, dash.start("person"), dash.end("org"), person + " / " + org); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}, DASHES);
		inShortLines(scan, SOURCE_WITH_DATE, source -> {
			String holder = source.group("holder") != null ? source.group("holder") : source.group("holder2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			int start = source.group("holder") != null ? source.start("holder") : source.start("holder2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			ThirdPartyFinder.add(items, text, start, start + holder.length(), holder);
		}, TIMES);
		scan.find(ITEM_WORD_IN_BRACKETS, item -> ThirdPartyFinder.add(items, text, item.start() + 1, item.end("holder"), item.group("holder")), Scan.BRACKET); //$NON-NLS-1$ //$NON-NLS-2$
		scan.find(ITEM_WORD_NAME, item -> ThirdPartyFinder.add(items, text, item.start(), item.end("holder"), item.group("holder")), TIMES); // a drawing's label ends with a colon //$NON-NLS-1$ //$NON-NLS-2$
		scan.find(WHOLE_LINE_CHAIN, chain -> {
			String line = chain.group("chain"); //$NON-NLS-1$
			boolean person = false;
			boolean unknownLowerCase = false;
			for (String part : line.split("[/—–]")) { //$NON-NLS-1$
				person |= PERSON.matcher(part.strip()).matches();
				unknownLowerCase |= LOWER_NAME_PART.matcher(part.strip()).matches() && !holders.isKnown(part.strip());
			}
			if (person && !unknownLowerCase) {
				ThirdPartyFinder.add(items, text, chain.start("chain"), chain.end("chain"), line.replace('—', '/').replace('–', '/')); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}, CHAIN_JOINS);
		atLineEnds(scan, SOURCE_AND_PHOTOGRAPHER_AT_END, closing -> {
			if (PERSON.matcher(Objects.requireNonNull(closing.group("person"))).matches()) { //$NON-NLS-1$
				ThirdPartyFinder.add(items, text, closing.start("source"), closing.end(), closing.group("source") + " / " + closing.group("person")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}, Scan.SLASH);
		scan.find(PHOTO_BY_IN_BRACKETS, photo -> ThirdPartyFinder.add(items, text, photo.start() + 1, photo.end("holder"), photo.group("holder").replaceAll("\\s+(?:e|and|et|y|und|en)\\s+", " / ")), Scan.BRACKET); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		scan.find(CONTRIBUTED, contributed -> {
			List<String> names = holders.split(Objects.requireNonNull(contributed.group("holder"))); //$NON-NLS-1$
			CreditHolders.Holder holder = names.size() == 1 ? holders.lookup(names.get(0)) : null;
			if (holder != null && holder.kind() == CreditHolders.Kind.AGENCY) {
				ThirdPartyFinder.add(items, text, contributed.start("holder"), contributed.end("holder"), holder.name()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}, CONTRIBUTING);
		scan.find(FROM_A_PUBLICATION_BY, from -> {
			if (PERSON.matcher(Objects.requireNonNull(from.group("person"))).matches()) { //$NON-NLS-1$
				ThirdPartyFinder.add(items, text, from.start("cue"), from.end("person"), from.group("pub") + " / " + from.group("person")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			}
		}, Scan.BRACKET);
		scan.find(OFFERED_BY, offered -> {
			if (Lines.isShort(text, offered.start())) {
				ThirdPartyFinder.add(items, text, offered.start("cue"), offered.end("holder"), offered.group("holder")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}, OFFERED);
		scan.find(LETTER_SPACED_BRACKET, spaced -> {
			String joined = spaced.group("letters").replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			CreditHolders.Holder holder = holders.lookup(joined);
			if (holder != null && holder.kind() == CreditHolders.Kind.AGENCY) {
				ThirdPartyFinder.add(items, text, spaced.start(), spaced.end(), holder.name());
			}
		}, Scan.BRACKET);
		atLineEnds(scan, NAME_BAR_NAME, bar -> {
			if (PERSON.matcher(Objects.requireNonNull(bar.group("person"))).matches() && sentenceBefore(text, bar.start())) { // a menu's bars ("Quiénes Somos | Contacto") close no caption //$NON-NLS-1$
				ThirdPartyFinder.add(items, text, bar.start(), bar.end(), bar.group("person") + " / " + bar.group("org")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}, BAR);
		for (int start = 0; start < text.length();) {
			int end = Lines.end(text, start);
			agencyAtALinesEdge(holders, text, Lines.trimmed(text, start), items);
			start = end + 1;
		}
	}

	/** The Arabic shapes: an item word before an agency, a photographer's lens, a quoted publication after a sourcing word. */
	private static void arabicShapes(CreditHolders holders, Scan scan, List<ThirdPartyItem> items) {
		String text = scan.text;
		scan.find(ARABIC_ITEM_AGENCY, item -> {
			CreditHolders.Holder holder = holders.lookup(item.group("holder").strip()); //$NON-NLS-1$
			if (holder != null && holder.kind() != CreditHolders.Kind.PRESS) {
				ThirdPartyFinder.add(items, text, item.start(), item.end("holder"), holder.name()); //$NON-NLS-1$
			}
		}, ARABIC_ITEM_WORDS);
		scan.find(ARABIC_LENS, lens -> ThirdPartyFinder.add(items, text, lens.start(), lens.end("holder"), lens.group("holder")), ARABIC_LENS_WORDS); //$NON-NLS-1$ //$NON-NLS-2$
		scan.find(QUOTED_PUBLICATION, source -> ThirdPartyFinder.add(items, text, source.start("noun"), source.end(), source.group("holder")), //$NON-NLS-1$ //$NON-NLS-2$
				PUBLICATION_NOUNS);
	}

	/** True when the text holds an Arabic letter (the Arabic finders' trigger words are searched only then). */
	private static boolean hasArabic(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u0600' && c <= '\u06FF') {
				return true;
			}
		}
		return false;
	}

	/** An embedded post's attribution: "— NAME (@handle) February 9, 2026", "A post shared by NAME (@handle)". */
	private static final Pattern EMBEDDED_POST = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:a )?post shared by\\s+|[—–]\\s*)(?<name>[^()\\n—–]{1,60}?)\\s*\\((?<handle>@[\\p{L}\\p{N}_.]{1,30})\\)"); //$NON-NLS-1$

	private static void embeddedPosts(Scan scan, List<ThirdPartyItem> items) {
		String text = scan.text;
		scan.find(EMBEDDED_POST, post -> {
			String name = post.group("name").strip(); //$NON-NLS-1$
			ThirdPartyFinder.add(items, text, post.start("name"), post.end(), name + " / " + post.group("handle")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}, "(@"); //$NON-NLS-1$
	}

	/** A chain of two or three names at the very end of a caption, in brackets or not: "… the square. (CNS/Paul Haring)", "… in Rome. Paul Haring/CNS". */
	private static final Pattern BRACKETED_CHAIN_AT_END = Pattern.compile("(?<![\\p{L}\\p{N}/])\\(?\\s*(?<chain>(?:" + NAME_RUN + "|" + DOMAIN + ")(?:\\s*/\\s*(?:" + NAME_RUN + "|" + DOMAIN + ")){1,2})\\s*\\)?[\\s.]*$", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			Pattern.MULTILINE);

	/** True when a sentence ends right before {@code offset} on its line (a caption's text, then its credit). */
	private static boolean sentenceBefore(String text, int offset) {
		int i = offset - 1;
		while (i > 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
			i--;
		}
		return i > Lines.start(text, offset) + 20 && ".!?»”\"".indexOf(text.charAt(i)) >= 0;
	}

	private static final String[] DASHES = { "- ", "– ", "— " }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** A photographer and an agency after dashes, closing a caption: "… le 13 mai 2017- CHARLY TRIBALLEAU- AFP". */
	private static final Pattern DASH_CHAIN_AT_END = Pattern.compile("(?<=[\\p{L}\\p{N}.])\\s*[-–—]\\s+(?<person>" + NAME_RUN + ")\\s*[-–—]\\s+(?<org>" + NAME_RUN + ")[\\s.]*$", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Pattern.MULTILINE);

	/** Lines with a colon: a clock time ("18:44"), a drawing's label ("Illu: Bulo"). */
	private static final String[] TIMES = { ":" }; //$NON-NLS-1$

	/** A date or a time, with a weekday's abbreviation: "11.9.2019", "Mon, 21/11/2016", "18:44". */
	private static final String WHEN = "(?:\\p{L}{2,4}\\.?,?\\s+)?(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}:\\d{2}(?:\\s*(?:Uhr|h))?)"; //$NON-NLS-1$
	private static final String WHEN_RUN = WHEN + "(?:\\s*[-–—,|]?\\s*" + WHEN + ")*"; //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * A source line: an agency's acronym or a site's address and the item's date and time, nothing else on the line
	 * ("11.9.2019 - 18:44, SDA", "Blick.ch - Mon, 21/11/2016 - 03:35"). A person's name there is the author's byline.
	 */
	private static final Pattern SOURCE_WITH_DATE = Pattern.compile("^\\s*(?:" + WHEN_RUN + "\\s*[-–—,|]\\s*(?<holder>" + ACRONYM + "|" + DOMAIN + ")" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			+ "|(?<holder2>" + ACRONYM + "|" + DOMAIN + ")\\s*[-–—,|]\\s*" + WHEN_RUN + ")\\s*$", Pattern.MULTILINE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$


	/** An item word and a name in brackets with no colon: "(foto Mario Rossi)", "(Foto Comune di Milano)". */
	private static final Pattern ITEM_WORD_IN_BRACKETS = Pattern.compile("(?iu)\\(\\s*(?:foto|photo|bild|beeld|fotografia|imagen|immagine|imagem)\\s+(?<holder>(?-i:" + NAME_RUN + "|" + DOMAIN + "))\\s*\\)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** A drawing's label and its artist: "Illu: Bulo", "Zeichnung: Klaus Stuttmann", "Dessin : Plantu". */
	private static final Pattern ITEM_WORD_NAME = Pattern.compile("(?iu)(?<![\\p{L}])(?:illu|illus|illustration|zeichnung|karikatur|dessin|disegno|vignetta|dibujo|desenho|tekening|cartoon)\\s*[:：]\\s*(?<holder>(?-i:" + NAME_RUN + "))(?=\\s*(?:$|[)|;,.]))", Pattern.MULTILINE); //$NON-NLS-1$ //$NON-NLS-2$

	private static final String[] ARABIC_ITEM_WORDS = { "تصوير", "تقرير", "صورة", "فيديو" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** An Arabic item word before an agency, no colon, the agency ending the line or followed by a dash: "تصوير رويترز", "تقرير رويترز". */
	private static final Pattern ARABIC_ITEM_AGENCY = Pattern.compile("(?<![\\p{L}])(?:تصوير|تقرير|صورة|فيديو)\\s+(?<holder>\\p{IsArabic}+(?:\\s\\p{IsArabic}+){0,2}|\\p{Lu}[\\p{L}.\\-]*)(?=\\s*(?:$|[-–—)]))", Pattern.MULTILINE); //$NON-NLS-1$

	private static final String[] PUBLICATION_NOUNS = { "صحيفة", "موقع", "مجلة", "وكالة", "قناة", "شبكة", "إذاعة" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/**
	 * A quoted publication after an Arabic sourcing word and a publication noun: "بحسب موقع “بايج سيكس”", "نشرت صحيفة
	 * «ديلي ميل» البريطانية", "نقلا عن مجلة "X"". The quotation marks bound the holder.
	 */
	private static final Pattern QUOTED_PUBLICATION = Pattern.compile("(?<![\\p{L}])(?:بحسب|حسب|وفق|وفقا ل|وفقاً ل|نقلا عن|نقلاً عن|عن|ذكرت|قالت|نشرت|أفادت|أوردت|كشفت|أكدت|أشارت|أوضحت|أعلنت|نقلت|أضافت|تابعت|لفتت)\\s+"
			+ "(?<noun>(?:صحيفة|موقع|مجلة|وكالة|قناة|شبكة|إذاعة))(?:\\s+\\p{IsArabic}+)?\\s*[«“\"](?<holder>[^»”\"\\n]{2,40}?)[»”\"]"); //$NON-NLS-1$

	/**
	 * A listed agency's acronym in capitals at a caption line's edge, as the page has it: closing a caption with no
	 * punctuation, the next line another item ("… en presencia de Begoña Gómez EFE" / "Mariano Alonso" — a sentence ends
	 * with a full stop, a caption need not), or glued to an Arabic caption, the space lost ("EPAحرصت كاميرا…",
	 * "…الهلال.AFP"). Only each line's first and last characters are read, no pattern runs over the line.
	 */
	private static void agencyAtALinesEdge(CreditHolders holders, String text, int[] line, List<ThirdPartyItem> items) {
		int end = line[1];
		int start = end;
		while (start > line[0] && isLatinCapital(text.charAt(start - 1))) {
			start--;
		}
		if (end - start >= 2 && end - start <= 6 && start > line[0] + 1) {
			char before = text.charAt(start - 1);
			boolean closing = before == ' ' && start - line[0] >= 40 && end < text.length() && Character.isLetterOrDigit(text.charAt(start - 2));
			boolean glued = Character.UnicodeScript.of(before) == Character.UnicodeScript.ARABIC
					|| before == '.' && start - line[0] >= 2 && Character.UnicodeScript.of(text.charAt(start - 2)) == Character.UnicodeScript.ARABIC;
			if (closing || glued) {
				agency(holders, text, start, end, items);
			}
		}
		int first = line[0];
		while (first < end && isLatinCapital(text.charAt(first))) {
			first++;
		}
		if (first - line[0] >= 2 && first - line[0] <= 6 && first < end && Character.UnicodeScript.of(text.charAt(first)) == Character.UnicodeScript.ARABIC) {
			agency(holders, text, line[0], first, items);
		}
	}

	private static boolean isLatinCapital(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static void agency(CreditHolders holders, String text, int start, int end, List<ThirdPartyItem> items) {
		CreditHolders.Holder holder = holders.lookup(text.substring(start, end));
		if (holder != null && holder.kind() == CreditHolders.Kind.AGENCY) {
			ThirdPartyFinder.add(items, text, start, end, holder.name());
		}
	}

	/**
	 * A line that is only a chain of two to four names, one of them a person's, joined by slashes or by a dash with no
	 * space: "UN News / Laura Quiñones", "Marwan Naamani—picture-alliance", "Nabil Mounzer—EPA-EFE/Shutterstock".
	 */
	private static final Pattern WHOLE_LINE_CHAIN = Pattern.compile("^[ \\t]*(?<chain>(?:" + NAME_RUN + "|" + DOMAIN + ")(?:(?:[ \\t]*/[ \\t]*|[—–])(?:" + NAME_RUN + "|" + DOMAIN + "|" + LOWER_NAME + ")){1,3})[ \\t.]*$", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Pattern.MULTILINE);

	/** A source and its photographer in brackets after a slash, closing a caption: "… Le immagini. / Quirinale (Alexander Jakhnagiev)". */
	private static final Pattern SOURCE_AND_PHOTOGRAPHER_AT_END = Pattern.compile("/\\s*(?<source>" + NAME_RUN + ")\\s*\\(\\s*(?<person>" + NAME_RUN + ")\\s*\\)[\\s.]*$", Pattern.MULTILINE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** An agency's name written with its letters spaced, in brackets: "( A d n k r o n o s )". */
	private static final Pattern LETTER_SPACED_BRACKET = Pattern.compile("\\(\\s*(?<letters>\\p{L}(?: \\p{L}){2,14})\\s*\\)"); //$NON-NLS-1$


	private static final String[] ARABIC_LENS_WORDS = { "بعدسة", "عدسة" }; //$NON-NLS-1$ //$NON-NLS-2$

	/** Words that end an Arabic holder: prepositions and relatives ("… في القاهرة", "… التي"). */
	static final String ARABIC_STOP = "(?:في|من|على|خلال|أثناء|عن|إلى|حيث|بعد|قبل|التي|الذي|اليوم|أمس|مع|أن|ان|إن|بأن|و)(?![\\p{IsArabic}])"; //$NON-NLS-1$
	/** One to four Arabic words that are not a stop word, or a name in Latin script. */
	private static final String ARABIC_HOLDER = "(?:(?!" + ARABIC_STOP + ")\\p{IsArabic}+(?:\\s+(?!" + ARABIC_STOP + ")\\p{IsArabic}+){0,3}|" + NAME_RUN + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/**
	 * An Arabic photographer's cue and the name: "بعدسة محمد علي", "بعدسة المصور أحمد جمال", "عدسة: سامي". A lens with no
	 * "ب" and no colon is the sentence's subject ("رصدت عدسة مصراوي"), "صورة لـ" is a picture of someone as often as by
	 * someone, and "بعدسة الكاميرا" names the device, not who took it.
	 */
	private static final Pattern ARABIC_LENS = Pattern.compile("(?<![\\p{IsArabic}])(?:بعدسة|عدسة\\s*[:：])\\s*(?!(?:ال)?(?:كاميرا|هاتف|جوال|موبايل))(?:(?:المصور|المصورة|الزميل|الزميلة|الفنان|الفنانة)\\s+)?"
			+ "(?<holder>" + ARABIC_HOLDER + ")(?=\\s*(?:$|[.،:؛)\\]\\-–—]|\\s" + ARABIC_STOP + "))", Pattern.MULTILINE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * "NAME via SOURCE" when no list names the source (ThirdPartyFinder's "via" credits call it for those): a
	 * person's name, "via", a holder's shape, on a short line or closing a caption ("Jane Holloway via Cityscape Archive").
	 */
	static void unlistedVia(String text, Matcher via, List<ThirdPartyItem> items) {
		String holder = Objects.requireNonNull(via.group("holder")); //$NON-NLS-1$
		int cut = Math.max(holder.lastIndexOf(" via "), holder.lastIndexOf(" عبر ")); //$NON-NLS-1$ //$NON-NLS-2$
		String first = holder.substring(0, cut).strip();
		String last = holder.substring(cut + 5).strip();
		if (PERSON.matcher(first).matches() && HOLDER_SHAPE.matcher(last).matches() && (Lines.isShort(text, via.start()) || sentenceBefore(text, via.start()))) {
			ThirdPartyFinder.add(items, text, via.start(), via.end(), first + " / " + last); //$NON-NLS-1$
		}
	}

	/** The longest tail of a line the shapes that close a line look at: a credit is short. */
	private static final int TAIL = 140;

	/** Every match of {@code pattern} in the last {@link #TAIL} characters of the lines holding a trigger. */
	private static void atLineEnds(Scan scan, Pattern pattern, Consumer<Matcher> each, String... triggers) {
		String text = scan.text;
		for (int[] line : scan.linesWith(triggers)) {
			Matcher matcher = pattern.matcher(text).region(Math.max(line[0], line[1] - TAIL), line[1]).useTransparentBounds(true).useAnchoringBounds(false);
			while (matcher.find()) {
				each.accept(matcher);
			}
		}
	}

	/** Every match of {@code pattern} on the short lines (60 characters or fewer) holding a trigger. */
	private static void inShortLines(Scan scan, Pattern pattern, Consumer<Matcher> each, String... triggers) {
		String text = scan.text;
		for (int[] line : scan.linesWith(triggers)) {
			if (line[1] - line[0] <= 60) {
				Matcher matcher = pattern.matcher(text).region(line[0], line[1]);
				while (matcher.find()) {
					each.accept(matcher);
				}
			}
		}
	}

	/** A holder's whole shape: a run of capitalised words, a site's address, or a handle. */
	private static final Pattern HOLDER_SHAPE = Pattern.compile(NAME_RUN + "|" + DOMAIN + "|@[\\p{L}\\p{N}_.]{1,30}"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final String[] BAR = { "|" }; //$NON-NLS-1$

	/** A photographer and a source on either side of a bar, closing a caption: "… en el puerto. Rodrigo Vélez | Diario Vasco". */
	private static final Pattern NAME_BAR_NAME = Pattern.compile("(?<![\\p{L}.|])(?<person>" + NAME_RUN + ")\\s*\\|\\s*(?<org>" + NAME_RUN + "|" + DOMAIN + ")[\\s.]*$", Pattern.MULTILINE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/**
	 * A reposted article's source and author in one bracket: "( da Quotidiano.Net, di Luca Scarlini)", "(from The
	 * Observer, by Jane Doe)", "(de Libération, par Jean Roy)", "(aus der Zeit, von Anna Berg)".
	 */
	private static final Pattern FROM_A_PUBLICATION_BY = Pattern.compile("\\(\\s*(?<cue>(?i:da|dal|dalla|dallo|from|de|du|aus|aus der|aus dem|uit))\\s+(?<pub>(?:(?i:il|la|lo|the|le|el|der|die|das|het)\\s+)?(?:" + NAME_RUN + "|" + DOMAIN + "))" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ "\\s*,\\s*(?i:di|by|par|por|de|von|door)\\s+(?<person>" + NAME_RUN + ")\\s*\\)"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final String[] OFFERED = { "offert", "ofrecid", "cedid", "oferecid", "zur verfügung gestellt von" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/**
	 * An item provided by someone, after the item's word on a short line: "Carte de la croisière offerte par Ponant",
	 * "Foto ofrecida por el Ayuntamiento de Vigo", "Imagem cedida por Ana Lima", "Foto offerta da Mario Neri".
	 */
	private static final Pattern OFFERED_BY = Pattern.compile("(?iu)(?<![\\p{L}])(?:photo|photos|foto|fotos|fotografia|fotografía|image|imagen|imagem|immagine|carte|mapa|mappa|map|karte|bild|illustration|vidéo|video|vídeo)(?:\\s+[\\p{L}'’]+){0,4}?\\s+"
			+ "(?<cue>offert[ea]?s?\\s+(?:par|da|dal|dalla)|ofrecid[oa]s?\\s+por|cedid[oa]s?\\s+(?:por|pel[oa])|oferecid[oa]s?\\s+(?:por|pel[oa])|zur Verfügung gestellt von)\\s+(?:(?:el|la|le|l['’]|il|lo|o|a|der|die|das)\\s*)?"
			+ "(?<holder>(?-i:" + NAME_RUN + "|" + DOMAIN + "))(?=\\s*(?:$|[.,;)|]))", Pattern.MULTILINE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final String[] CHAIN_JOINS = { "/", "—", "–" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * A photo credited by name in brackets, whatever the line's length (a long caption closed by its credit): "… la loro
	 * testimonianza. (Foto di Saveria Pardini e Simona Buracci)", "(Photo by Jane Doe)", "(Fotos de Ana Gil)".
	 */
	private static final Pattern PHOTO_BY_IN_BRACKETS = Pattern.compile("(?iu)\\(\\s*(?:foto|fotos|photo|photos|fotografia|fotografías?|bild|bilder|imagen|imagem|immagine|immagini)\\s+(?:di|by|de|par|por|von|da|door)\\s+"
			+ "(?<holder>(?-i:" + NAME_RUN + ")(?:\\s+(?:e|and|et|y|und|en)\\s+(?-i:" + NAME_RUN + "))?)\\s*\\)"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final String[] CONTRIBUTING = { "contribu", "collaborato", "beigetragen" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** An agency that contributed to the report: "The Associated Press contributed to this report.", "Reuters contributed reporting." */
	private static final Pattern CONTRIBUTED = Pattern.compile("(?<holder>(?:(?i:the)\\s+)?" + NAME_RUN + ")\\s+(?i:contributed|ha contribuito|ha collaborato|a contribué|contribuyó|contribuiu|hat beigetragen)(?![\\p{L}])"); //$NON-NLS-1$ //$NON-NLS-2$
}
