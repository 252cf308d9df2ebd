// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.licence.CreditHolders;
import dossier.licence.ThirdPartyItem;

/**
 * Credits known by their place: the closing part of a caption. A text the importer marks as a
 * {@link BlockType#CAPTION} (an HTML page's {@code <figcaption>}, a plain-text caption line) names what the picture
 * shows and often closes with who took it, with no cue word: "Protesters in Cairo on Friday. Ahmed Ali/Reuters", "… —
 * Mario Rossi", "… en la intimidad. JOHN REYES", "… الأطفال في المخيم - محمد علي". In a caption, and only there, the
 * part after the last boundary — a sentence's end, a dash, a bar, a slash between spaces, a trailing bracket — is read
 * as a credit when it is only holders by shape ({@link CreditShapes}' readers: a person's name, a capitalised run, an
 * acronym, a site's address, a handle; a listed holder; in Arabic, which has no capitals, a name that starts with a
 * given name of {@code data/arabic-given-names.txt}, or a listed agency), joined as credits join them (slashes, bars,
 * dashes, "via", "for"); and a listed agency or picture library closing the caption with no punctuation before it ("… in
 * Cairo on Friday AFP"), the caption's end being a boundary of its own. What is ambiguous stays out: a name that opens with a place's or an office's word ("— Santa
 * Clara", "… Pope Francis"), a lone unlisted acronym, which is a party or a state ("(CDU)", "(EE.UU.)"), a lone name
 * after a comma (one more name of the caption's list), initials ("(J. I. R.)", a staff signature), a run opened by a cue
 * word (the cue rules read those), and a chain naming the page's own publisher (its staff).
 */
final class CaptionCredits {

	private CaptionCredits() {
	}

	/** The longest tail of a caption's line read for its credit: a credit is short. */
	private static final int TAIL = 120;

	/** Where a caption's own text may end and its credit begin: the position right after the boundary. */
	private static final Pattern BOUNDARY = Pattern.compile(
			"(?<sentence>(?<![\\s.]\\p{Lu}|\\p{Lu}\\.\\p{Lu}|(?<![\\p{L}])\\p{IsArabic})[.!?؟»”\"](?=\\s))\\s+" // a sentence's end, not an initial's ("J. Smith", "U.S.", "د.") //$NON-NLS-1$
					+ "|(?<dash>(?:\\s|(?<=[\\p{L}\\p{N}.)]))[-–—ـ](?=\\s))\\s+" // " - ", "2017- ", " — " //$NON-NLS-1$
					+ "|(?<bar>\\|)\\s*" //$NON-NLS-1$
					+ "|(?<slash>\\s/)\\s+" //$NON-NLS-1$
					+ "|(?<bracket>[(\\[])\\s*" //$NON-NLS-1$
					+ "|(?<comma>[,،])\\s+"); // after a comma only a chain or a listed agency: "…, 2 août 2020, Ahmed Ali/Reuters" //$NON-NLS-1$

	/** How a credit joins its holders: slashes, bars, a dash (spaced or glued to a name), "via", "for" ("NAME for The Times"). */
	private static final Pattern JOIN = Pattern.compile("\\s*[/|]\\s*|(?<=\\S)[—–](?=\\S)|\\s+[-–—]\\s+|(?<=\\p{L})-\\s+|\\s+(?:via|for|عبر)\\s+"); //$NON-NLS-1$

	private enum Shape {
		/** A listed agency, library, site or publication. */
		KNOWN,
		/** A person's name of two to four words, in capitals. */
		CAPITALS_PERSON,
		/** A person's name of two to four words in mixed case, or an Arabic name starting with a given name. */
		PERSON,
		/** A site's address or a handle. */
		ADDRESS,
		/** A capitalised run or acronym no list names: a part of a chain, never a credit alone. */
		NAME,
		/** POOL, an agency's filler word in a chain. */
		FILLER
	}

	static void find(Article article, CreditHolders holders, String text, List<ThirdPartyItem> items) {
		for (Block block : article.blocks()) {
			if (block.type() != BlockType.CAPTION || block.span().end() > text.length()) {
				continue;
			}
			for (int start = block.span().start(); start < block.span().end();) {
				int end = Math.min(Lines.end(text, start), block.span().end());
				closing(article, holders, text, start, end, items);
				start = end + 1;
			}
		}
	}

	/** The credit closing one line of a caption, [start, end), if its closing part is only holders. */
	private static void closing(Article article, CreditHolders holders, String text, int start, int end, List<ThirdPartyItem> items) {
		while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
			end--;
		}
		boolean bracketed = end > start && (text.charAt(end - 1) == ')' || text.charAt(end - 1) == ']');
		int from = Math.max(start, end - TAIL);
		Matcher boundary = BOUNDARY.matcher(text).region(from, end).useTransparentBounds(true);
		List<int[]> candidates = new ArrayList<>(); // [credit start, boundary kind]
		while (boundary.find()) {
			int kind = boundary.group("sentence") != null ? 0 : boundary.group("dash") != null ? 1 : boundary.group("bar") != null ? 2 //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					: boundary.group("slash") != null ? 3 : boundary.group("bracket") != null ? 4 : 5; //$NON-NLS-1$ //$NON-NLS-2$
			if (kind == 4 && !(bracketed && closesAt(text, boundary.start(), end))) {
				continue; // a bracket is a boundary only when it closes the line
			}
			candidates.add(new int[] { boundary.end(), kind });
		}
		// the longest closing part that is only holders: "… 2017- CHARLY TRIBALLEAU- AFP" is the photographer and the agency
		for (int[] candidate : candidates) {
			int creditEnd = candidate[1] == 4 ? end - 1 : end;
			while (creditEnd > candidate[0] && (Character.isWhitespace(text.charAt(creditEnd - 1)) || text.charAt(creditEnd - 1) == '.')) {
				creditEnd--;
			}
			if (creditEnd <= candidate[0] || hasLowerCaseWordsOutsideNames(text, candidate[0], creditEnd)) {
				continue;
			}
			String credit = text.substring(candidate[0], creditEnd);
			if (isCredit(article, holders, text, start, candidate[0], credit, candidate[1])) {
				// a credit read from the line's start by a cue-less rule ("Protesters in Cairo. Ahmed Ali/Reuters" as one chain)
				// holds the caption's own sentence: the sentence's end or the dash says where its credit begins
				int creditStart = candidate[0];
				int lineStart = Lines.trimmed(text, start)[0];
				int lineEnd = end + 1;
				if (candidate[1] <= 1) {
					items.removeIf(item -> item.credit().span().start() == lineStart && item.credit().span().end() > creditStart
							&& item.credit().span().end() <= lineEnd);
				}
				ThirdPartyFinder.add(items, text, candidate[0], creditEnd, JOIN.matcher(credit).replaceAll(" / ")); //$NON-NLS-1$
				return;
			}
		}
		agencyClosing(holders, text, start, end, items);
	}

	/** The last one to three words of a caption's line, after a space. */
	private static final Pattern LAST_WORDS = Pattern.compile("(?<=[\\p{Ll}\\p{N}\\p{IsArabic}][\\s\\u00A0])(\\p{Lu}[\\p{L}\\-]*(?:\\s\\p{Lu}[\\p{L}\\-]*){0,2})$"); //$NON-NLS-1$

	/**
	 * A listed agency or picture library closing a caption with no punctuation before it, its words in capitals or its
	 * full name: "… the protest in Cairo on Friday AFP", "… il corteo di ieri ANSA", "… on the beach Getty Images". A
	 * caption's end is a boundary of its own; in running text the same words end a sentence about the agency.
	 */
	private static void agencyClosing(CreditHolders holders, String text, int start, int end, List<ThirdPartyItem> items) {
		Matcher last = LAST_WORDS.matcher(text).region(Math.max(start, end - 40), end).useTransparentBounds(true);
		if (!last.find()) {
			return;
		}
		String words = last.group(1);
		String[] split = WORD_SPLIT.split(words);
		for (int n = split.length; n >= 1; n--) {
			String tail = String.join(" ", Arrays.copyOfRange(split, split.length - n, split.length)); //$NON-NLS-1$
			CreditHolders.Holder holder = holders.lookup(tail);
			boolean capitals = tail.equals(tail.toUpperCase(Locale.ROOT));
			if (holder != null && (holder.kind() == CreditHolders.Kind.AGENCY || holder.kind() == CreditHolders.Kind.LIBRARY) && (capitals || n >= 2)) {
				ThirdPartyFinder.add(items, text, end - tail.length(), end, holder.name());
				return;
			}
		}
	}

	/** True when the bracket opened at {@code open} is closed at the line's end with no other bracket inside. */
	private static boolean closesAt(String text, int open, int end) {
		for (int i = open + 1; i < end - 1; i++) {
			char c = text.charAt(i);
			if (c == '(' || c == ')' || c == '[' || c == ']') {
				return false;
			}
		}
		return true;
	}

	/** A cheap first test: a lower-case Latin word that is no particle of names nor "via" ends the matter. */
	private static boolean hasLowerCaseWordsOutsideNames(String text, int start, int end) {
		for (String word : text.substring(start, end).split("[\\s/|—–]+")) { //$NON-NLS-1$
			if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.LATIN
					&& !PARTICLES.contains(word) && !word.contains(".") && !word.startsWith("@") && !ARTICLE_PREFIX.matcher(word).lookingAt()) { //$NON-NLS-1$ //$NON-NLS-2$
				if (!LOWER_CASE_HOLDER.contains(word)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The Arabic article written before a transcribed name: "Ahmed al-Rubaye", "Mohamed el-Shahed". */
	private static final Pattern ARTICLE_PREFIX = Pattern.compile("(?:al|el|ad|as|ash|at|az|ar|an|ed|er|es)-(?=\\p{Lu})"); //$NON-NLS-1$

	/** Particles inside names and the joining "via" and "for". */
	private static final Set<String> PARTICLES = Set.of("de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "la", "le", "du", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"bin", "ibn", "al", "el", "via", "for"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** Listed holders written in lower case in credits ("dpa", "picture alliance", "epd"): filled from the list. */
	private static final Set<String> LOWER_CASE_HOLDER = lowerCaseAliases();

	private static Set<String> lowerCaseAliases() {
		Set<String> aliases = new HashSet<>();
		for (CreditHolders.Holder holder : CreditHolders.builtIn().holders()) {
			for (String alias : holder.aliases()) {
				for (String word : alias.split("\\s+")) { //$NON-NLS-1$
					if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
						aliases.add(word);
					}
				}
			}
		}
		return Set.copyOf(aliases);
	}

	private static boolean isCredit(Article article, CreditHolders holders, String text, int lineStart, int creditStart, String credit, int boundary) {
		String[] parts = JOIN.split(credit.strip());
		if (parts.length == 0 || parts.length > 5 || credit.length() > 90) {
			return false;
		}
		List<Shape> shapes = new ArrayList<>();
		for (String part : parts) {
			Shape shape = shape(holders, part.strip());
			if (shape == null || ownPublisher(article, part.strip())) {
				return false;
			}
			shapes.add(shape);
		}
		boolean wholeLine = text.substring(lineStart, creditStart).isBlank();
		if (wholeLine && boundary != 4) {
			return false; // a line that is only names is a credit line, read by CreditShapes; here a caption closes with it
		}
		long holderParts = shapes.stream().filter(s -> s != Shape.FILLER).count();
		if (boundary == 5) {
			// after a comma the caption may go on naming things: only a chain with a person or a listed holder, or a listed agency
			return holderParts >= 2 ? shapes.contains(Shape.KNOWN) && (shapes.contains(Shape.PERSON) || shapes.contains(Shape.CAPITALS_PERSON))
					: holderParts == 1 && shapes.contains(Shape.KNOWN) && isAgency(holders, parts);
		}
		if (holderParts >= 2) {
			// a chain: one listed holder or one person in it, the rest of holders' shapes
			return shapes.contains(Shape.KNOWN) || shapes.contains(Shape.PERSON) || shapes.contains(Shape.CAPITALS_PERSON);
		}
		Shape alone = shapes.stream().filter(s -> s != Shape.FILLER).findFirst().orElse(Shape.FILLER);
		boolean captionInMixedCase = hasLowerCase(text, lineStart, creditStart);
		return switch (alone) {
		case KNOWN, ADDRESS -> true;
		// a name in capitals after a caption in mixed case: the photographer ("… en la intimidad. JOHN REYES")
		case CAPITALS_PERSON -> captionInMixedCase;
		// a name in mixed case closing a caption after its last sentence, a dash, a bar, a slash or in brackets after a
		// sentence ("… in Cairo. Ahmed Ali", "… — Mario Rossi", "… in Cairo. (Ahmed Ali)"), unless its first word opens a
		// place's or an office's name; a bracket right after a name is an affiliation ("Alberto Gil (Partido Popular)")
		case PERSON -> !placeOrTitle(parts[0].strip()) && (boundary != 4 || sentenceEndsBefore(text, lineStart, creditStart));
		default -> false;
		};
	}

	/** True when a sentence ends just before the bracket that opens at or before {@code creditStart}. */
	private static boolean sentenceEndsBefore(String text, int lineStart, int creditStart) {
		int i = text.lastIndexOf('(', creditStart);
		int square = text.lastIndexOf('[', creditStart);
		i = Math.max(i, square) - 1;
		while (i > lineStart && Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		return i > lineStart && ".!?؟»”\"".indexOf(text.charAt(i)) >= 0; //$NON-NLS-1$
	}

	private static boolean isAgency(CreditHolders holders, String[] parts) {
		for (String part : parts) {
			CreditHolders.Holder holder = holders.lookup(part.strip());
			if (holder != null && holder.kind() != CreditHolders.Kind.PRESS) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasLowerCase(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (Character.isLowerCase(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
				return true;
			}
		}
		return false;
	}

	/** Capitalised cue words that open a credit the cue rules read ("Immagine di …", "ZVG …", "Divulgação …"): no person's name. */
	private static final Set<String> CUE_WORDS = Set.of("foto", "fotos", "photo", "photos", "image", "images", "immagine", "imagen", "imagem", "bild", "beeld", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"zvg", "divulgação", "reprodução", "crédito", "credit", "crédit", "credits", "source", "fonte", "fuente", "quelle", "bron", "traducción", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"translation", "traduction", "traduzione", "tradução", "übersetzung", "revista", "magazine", "rivista", "revue", "zeitschrift"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/**
	 * Initials only, "J. I. R.", "J I R": a staff member's signature, no name to credit. Each initial is one capital
	 * closed by a full stop, a space or the end: a name in capitals ("LAURA CEREZA") is no initials. (Read as "capitals,
	 * dots and spaces", every name in capitals was taken for initials, and the rule for a name in capitals after a caption
	 * in mixed case never fired.)
	 */
	private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}(?:\\.\\s*|\\s+|$))+"); //$NON-NLS-1$
	private static final Pattern CAPITALS = Pattern.compile("[\\p{Lu}\\p{M}'’.\\- ]+"); //$NON-NLS-1$
	private static final Pattern ADDRESS_OR_HANDLE = Pattern.compile(CreditShapes.DOMAIN + "|@[\\p{L}\\p{N}_.]{1,30}"); //$NON-NLS-1$
	private static final Pattern ARABIC_WORDS = Pattern.compile("\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){1,3}"); //$NON-NLS-1$
	private static final Pattern ARABIC_STOP_WORD = Pattern.compile("(?<![\\p{IsArabic}])" + CreditShapes.ARABIC_STOP); //$NON-NLS-1$

	/** What a part of a caption's closing is, by its shape; null when it is no holder's. */
	private static @Nullable Shape shape(CreditHolders holders, String written) {
		String part = ARTICLE_PREFIX.matcher(written).replaceAll(""); // "Ahmed al-Rubaye" has a person's shape
		if (part.isEmpty()) {
			return null;
		}
		if (part.equalsIgnoreCase("POOL")) { //$NON-NLS-1$
			return Shape.FILLER;
		}
		if (holders.isKnown(part) || holders.lookupIgnoringCase(part) != null && part.length() > 3) {
			return Shape.KNOWN;
		}
		if (ADDRESS_OR_HANDLE.matcher(part).matches()) {
			return Shape.ADDRESS;
		}
		if (CreditShapes.PERSON.matcher(part).matches() && !INITIALS.matcher(part).matches() && !CUE_WORDS.contains(WORD_SPLIT.split(part, 2)[0].toLowerCase(Locale.ROOT))) {
			return CAPITALS.matcher(part).matches() ? Shape.CAPITALS_PERSON : Shape.PERSON;
		}
		if (part.matches(CreditShapes.NAME_RUN)) {
			return Shape.NAME;
		}
		if (ARABIC_WORDS.matcher(part).matches() && !ARABIC_STOP_WORD.matcher(part).find() && ArabicGivenNames.startsAName(part)) {
			return Shape.PERSON;
		}
		return null;
	}

	/**
	 * True when {@code part} names the page's own publisher — by its name, by the title a notice line is checked under,
	 * or by its site's address: "Thalita Queiroz/Agência O Dia" on odia.ig.com.br is its staff, not a third party.
	 */
	static boolean ownPublisher(Article article, String part) {
		String name = letters(part);
		if (name.length() < 4) {
			return false;
		}
		String ownName = article.publisher();
		String publisher = ownName == null ? "" : letters(ownName); //$NON-NLS-1$
		String title = letters(article.title());
		if (publisher.length() >= 4 && (name.contains(publisher) || publisher.contains(name)) || title.length() >= 4 && name.contains(title)) {
			return true;
		}
		String url = article.sourceUrl();
		Matcher host = HOST.matcher(url == null ? "" : url); //$NON-NLS-1$
		String hostName = host.lookingAt() ? host.group(1) : null;
		if (hostName != null) {
			for (String label : hostName.toLowerCase(Locale.ROOT).split("\\.")) { //$NON-NLS-1$
				if (label.length() >= 4 && !GENERIC_LABELS.contains(label) && name.contains(label.replace("-", ""))) { //$NON-NLS-1$ //$NON-NLS-2$
					return true;
				}
			}
		}
		return false;
	}

	private static final Pattern HOST = Pattern.compile("(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?([^/?#:\\s]+)"); //$NON-NLS-1$

	private static final Set<String> GENERIC_LABELS = Set.of("www", "news", "blog", "blogs", "info", "home", "site", "online", "noticias", "notizie", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"nachrichten", "actualites", "media", "press", "photo", "photos", "foto", "fotos", "arabic", "english"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/** Lower-case letters and digits only, accents removed: "Agência O Dia" gives "agenciaodia". */
	/**
	 * True when the page's site or title begins with {@code name}'s letters (four or more): an outlet's short name in its own
	 * dateline, "(KIKA) - ROMA -" on kikapress.com.
	 */
	static boolean ownShortName(Article article, String name) {
		String letters = letters(name);
		if (letters.length() < 4) {
			return false;
		}
		String url = article.sourceUrl();
		Matcher host = HOST.matcher(url == null ? "" : url); //$NON-NLS-1$
		String site = host.lookingAt() ? letters(host.group(1).replaceFirst("^www\\.", "")) : ""; //$NON-NLS-1$ //$NON-NLS-2$
		return site.startsWith(letters) || letters(article.title()).startsWith(letters);
	}

	private static String letters(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^\\p{L}\\p{N}]|\\p{M}", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Words that open a place's or an office's name, not a photographer's: "— New York", "- Pope Francis". */
	private static final Set<String> PLACE_OR_TITLE = Set.of("new", "san", "santa", "santo", "são", "saint", "st", "sainte", "los", "las", "la", "le", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"el", "il", "the", "port", "puerto", "porto", "rio", "río", "buenos", "costa", "sri", "hong", "tel", "abu", "nueva", "nuevo", "gran", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$
			"great", "north", "south", "east", "west", "nord", "sud", "süd", "bad", "mount", "monte", "lake", "cape", "cabo", "saudi", "united", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
			"città", "ciudad", "cidade", "villa", "piazza", "place", "plaza", "praça", "rua", "avenida", "avenue", "palazzo", "palais", "palacio", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"president", "presidente", "président", "präsident", "pope", "papa", "pape", "king", "queen", "re", "rey", "roi", "prince", "prime", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"premier", "minister", "ministro", "ministre", "sir", "dr", "mr", "mrs", "ms", "senator", "general"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

	private static final Pattern WORD_SPLIT = Pattern.compile("[\\s\\u00A0]+"); //$NON-NLS-1$

	private static boolean placeOrTitle(String person) {
		String first = WORD_SPLIT.split(person, 2)[0];
		return PLACE_OR_TITLE.contains(first.toLowerCase(Locale.ROOT).replace(".", "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The Arabic given names (data/arabic-given-names.txt), folded, loaded once. */
	static final class ArabicGivenNames {

		private ArabicGivenNames() {
		}

		private static final Set<String> NAMES = new HashSet<>();
		private static final Set<String> WEAK = new HashSet<>();

		static {
			try (InputStream in = CreditHolders.class.getResourceAsStream("data/arabic-given-names.txt")) { //$NON-NLS-1$
				if (in == null) {
					throw new IllegalStateException("arabic-given-names.txt data file missing"); //$NON-NLS-1$
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					line = line.strip();
					if (line.isEmpty() || line.startsWith("#")) { //$NON-NLS-1$
						continue;
					}
					boolean weak = line.endsWith("~"); //$NON-NLS-1$
					(weak ? WEAK : NAMES).add(fold(weak ? line.substring(0, line.length() - 1) : line));
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** Hamza, alef and teh marbuta forms folded, tatweel and diacritics dropped. */
		static String fold(String word) {
			StringBuilder out = new StringBuilder(word.length());
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				switch (c) {
				case 'أ', 'إ', 'آ', 'ٱ' -> out.append('ا');
				case 'ة' -> out.append('ه');
				case 'ى' -> out.append('ي');
				case 'ؤ' -> out.append('و');
				case 'ئ' -> out.append('ي');
				case 'ـ' -> { /* tatweel */ }
				default -> {
					if (c < '\u064B' || c > '\u0652') {
						out.append(c);
					}
				}
				}
			}
			return out.toString();
		}

		/** True when {@code words} (two or more Arabic words) start with a given name: a strong one, or a weak one before another name. */
		static boolean startsAName(String words) {
			String[] split = WORD_SPLIT.split(words.strip());
			if (split.length < 2) {
				return false;
			}
			String first = fold(split[0]);
			// "عبد الله", "عبد الرحمن": the compound written in two words
			if (first.equals("عبد") && split.length >= 3) { //$NON-NLS-1$
				return true;
			}
			return NAMES.contains(first) || WEAK.contains(first) && (NAMES.contains(fold(split[1])) || WEAK.contains(fold(split[1])));
		}
	}
}
