// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.internal;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.UrlKeys;

/**
 * The language-independent fingerprint of a text: what a translator carries over unchanged or nearly so, in text
 * order. Numbers (digits of any script, thousands separators and decimal commas normalised; a plain space before
 * one or two groups of three digits is a thousands separator too, as French and Russian texts write "2 600", unless
 * more digits follow after a space: a run of numbers stays a run of numbers), dates written with
 * digits or a month name, URLs, @handles, and Latin-script capitalised names and acronyms (which stay Latin between
 * Latin-script languages and often in Arabic text too). Common words, sentence-initial capitals and one-digit
 * numbers are left out: they say nothing about which article a text came from.
 */
public final class Fingerprints {

	/** Tokens kept per text. */
	public static final int MAX_TOKENS = 1_500;

	private static final Pattern TOKEN = Pattern.compile(
			"(?<url>https?://[^\\s<>\"'«»()\\[\\]{}،]+)" //$NON-NLS-1$
					+ "|(?<handle>(?<![\\p{L}\\p{N}_.@])@[A-Za-z0-9_]{2,30})" //$NON-NLS-1$
					+ "|(?<iso>(?<![\\d.,/-])\\d{4}-\\d{1,2}-\\d{1,2}(?![\\d]))" //$NON-NLS-1$
					+ "|(?<dmy>(?<![\\d.,/-])\\d{1,2}[./]\\d{1,2}[./]\\d{4}(?![\\d]))" //$NON-NLS-1$
					+ "|(?<num>(?<![\\d.,])(?:\\d{1,3}(?:[,.\\u00A0\\u202F']\\d{3})+(?:[.,]\\d+)?|\\d{1,3}(?: \\d{3}){1,2}(?![.,]?\\d| \\d)|\\d+(?:[.,]\\d+)?)(?![\\d]))" //$NON-NLS-1$
					+ "|(?<word>\\p{L}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*)"); //$NON-NLS-1$

	/** Elisions split off a capitalised name: l'État, dell'Ucraina, d'Ethan, qu'Ethan. */
	private static final Pattern ELISION = Pattern.compile("^\\p{Ll}{1,4}['’](\\p{L}.*)$"); //$NON-NLS-1$

	/** Words between a day, a month and a year: "26 de octubre de 2004", "the 5th of May". */
	private static final Set<String> DATE_CONNECTORS = Set.of("de", "del", "di", "of", "the"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/**
	 * The weight of an entity id a caller supplied: a name's ({@code w:} tokens), since it stands for one. At 3 (a
	 * handle's) the ids outweighed the figures, and same-topic articles naming the same countries became translations
	 * or same stories on the development half of the lineage set; at 1.2 or 1.5 the same translations were found.
	 */
	static final double ENTITY_WEIGHT = 1.2;

	private Fingerprints() {
	}

	private enum Kind { URL, HANDLE, DATE, NUMBER, WORD }

	/** A token before dates are assembled: a number knows its value, a word whether it may be a name. */
	private record Raw(Kind kind, String key, String shown, int start, int end, long value, int month, boolean name,
			boolean acronym) {
	}

	/** The fingerprint of {@code text}, then the {@code entityIds} (as {@code e:} tokens), at most {@link #MAX_TOKENS}. */
	public static List<FingerprintToken> of(String text, List<String> entityIds) {
		String bounded = TextFolding.bounded(text);
		List<Raw> raws = scan(bounded);
		List<FingerprintToken> tokens = new ArrayList<>();
		for (int i = 0; i < raws.size() && tokens.size() < MAX_TOKENS; i++) {
			Raw raw = raws.get(i);
			int consumed = date(raws, i, bounded, tokens);
			if (consumed > 0) {
				i += consumed - 1;
				continue;
			}
			switch (raw.kind) {
			case URL -> tokens.add(new FingerprintToken(raw.key, 4, raw.shown));
			case HANDLE -> tokens.add(new FingerprintToken(raw.key, 3, raw.shown));
			case DATE -> tokens.add(new FingerprintToken(raw.key, 3, raw.shown));
			case NUMBER -> {
				String digits = raw.key.substring(2);
				if (digits.length() >= 2) {
					tokens.add(new FingerprintToken(raw.key, numberWeight(digits, raw.value), raw.shown));
				}
			}
			case WORD -> {
				if (raw.month == 0 && raw.key.startsWith("t:")) { //$NON-NLS-1$
					tokens.add(new FingerprintToken(raw.key, 1.2, raw.shown));
				} else if (raw.month == 0 && (raw.acronym || raw.name)) {
					String skeleton = raw.acronym ? null : Skeletons.latin(raw.key.substring(2));
					tokens.add(new FingerprintToken(raw.key, raw.acronym ? 1.5 : 1.2, raw.shown,
							skeleton == null ? null : "t:" + skeleton)); //$NON-NLS-1$
				}
			}
			}
		}
		for (String entity : entityIds) {
			if (tokens.size() >= MAX_TOKENS) {
				break;
			}
			tokens.add(new FingerprintToken("e:" + entity, ENTITY_WEIGHT, entity)); //$NON-NLS-1$
		}
		return tokens;
	}

	/** The URL keys of every address written in {@code text}. */
	static List<String> urls(String text) {
		List<String> urls = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(TextFolding.bounded(text));
		while (matcher.find()) {
			if (matcher.group("url") != null) { //$NON-NLS-1$
				String key = UrlKeys.key(trimUrl(matcher.group("url"))); //$NON-NLS-1$
				if (key != null) {
					urls.add(key);
				}
			}
		}
		return urls;
	}

	private static double numberWeight(String digits, long value) {
		if (digits.contains(".")) { //$NON-NLS-1$
			return 2.5;
		}
		if (digits.length() == 4 && value >= 1800 && value <= 2100) {
			return 1.5; // a year: shared by every story of that year
		}
		return digits.length() >= 5 ? 2.5 : digits.length() >= 3 ? 2 : 1;
	}

	private static List<Raw> scan(String text) {
		String digits = TextFolding.foldDigits(text);
		List<Raw> raws = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(digits);
		while (matcher.find() && raws.size() < MAX_TOKENS * 8) {
			int start = matcher.start();
			int end = matcher.end();
			if (matcher.group("url") != null) { //$NON-NLS-1$
				String url = trimUrl(matcher.group("url")); //$NON-NLS-1$
				end = start + url.length();
				String key = UrlKeys.key(url);
				if (key != null) {
					raws.add(new Raw(Kind.URL, "u:" + key, text.substring(start, end), start, end, 0, 0, false, false)); //$NON-NLS-1$
				}
			} else if (matcher.group("handle") != null) { //$NON-NLS-1$
				raws.add(new Raw(Kind.HANDLE, "h:" + matcher.group().toLowerCase(Locale.ROOT), //$NON-NLS-1$
						text.substring(start, end), start, end, 0, 0, false, false));
			} else if (matcher.group("iso") != null) { //$NON-NLS-1$
				String[] parts = matcher.group().split("-"); //$NON-NLS-1$
				addDate(raws, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), text, start, end);
			} else if (matcher.group("dmy") != null) { //$NON-NLS-1$
				String[] parts = matcher.group().split("[./]"); //$NON-NLS-1$
				int first = Integer.parseInt(parts[0]);
				int second = Integer.parseInt(parts[1]);
				// day first unless that cannot be: most of the languages read write 19/06/2024
				boolean monthFirst = first <= 12 && second > 12;
				addDate(raws, Integer.parseInt(parts[2]), monthFirst ? first : second, monthFirst ? second : first, text, start, end);
			} else if (matcher.group("num") != null) { //$NON-NLS-1$
				String canonical = canonicalNumber(matcher.group());
				long value = canonical.contains(".") ? -1 : parseOrMinus(canonical); //$NON-NLS-1$
				raws.add(new Raw(Kind.NUMBER, "n:" + canonical, text.substring(start, end), start, end, value, 0, false, false)); //$NON-NLS-1$
			} else {
				raws.add(word(text, matcher.group(), start, end));
			}
		}
		return raws;
	}

	private static void addDate(List<Raw> raws, int year, int month, int day, String text, int start, int end) {
		if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
			raws.add(new Raw(Kind.DATE, "d:" + String.format("%04d-%02d-%02d", year, month, day), //$NON-NLS-1$ //$NON-NLS-2$
					text.substring(start, end), start, end, 0, 0, false, false));
		}
	}

	private static Raw word(String text, String word, int start, int end) {
		String surface = word;
		Matcher elision = ELISION.matcher(word);
		if (elision.matches()) {
			surface = elision.group(1);
		}
		if (surface.endsWith("'s") || surface.endsWith("’s")) { //$NON-NLS-1$ //$NON-NLS-2$
			surface = surface.substring(0, surface.length() - 2);
		}
		String folded = TextFolding.fold(surface);
		int first = surface.codePointAt(0);
		boolean latin = UnicodeScript.of(first) == UnicodeScript.LATIN;
		boolean capital = latin && Character.isUpperCase(first);
		boolean acronym = capital && surface.length() >= 2 && surface.codePoints().filter(Character::isLetter)
				.allMatch(Character::isUpperCase);
		boolean name = capital && surface.length() >= 2 && !sentenceStart(text, start);
		int month = Months.of(folded);
		if (UnicodeScript.of(first) == UnicodeScript.ARABIC && month == 0) {
			// Arabic has no capitals: every word may be a transcribed name, known by its skeleton only
			String skeleton = Skeletons.arabic(folded);
			return new Raw(Kind.WORD, skeleton == null ? "x:" : "t:" + skeleton, text.substring(start, end), start, end, 0, //$NON-NLS-1$ //$NON-NLS-2$
					0, false, false);
		}
		return new Raw(Kind.WORD, "w:" + folded, text.substring(start, end), start, end, 0, month, name, //$NON-NLS-1$
				acronym);
	}

	/**
	 * Assembles a date from a month name beside a day and/or a year starting at {@code raws[i]}: "26 octobre 2004",
	 * "October 26, 2004", "19 يونيو", "juin 2024". Adds it to {@code tokens}.
	 *
	 * @return how many raw tokens it took, or 0 when none starts here
	 */
	private static int date(List<Raw> raws, int i, String text, List<FingerprintToken> tokens) {
		Raw first = raws.get(i);
		int day = 0;
		int month = 0;
		int year = 0;
		int next = i;
		if (isDay(first) && next + 1 < raws.size()) {
			int m = skipConnectors(raws, next + 1);
			if (m < raws.size() && raws.get(m).month > 0 && close(first, raws.get(m))) {
				day = (int) first.value;
				month = raws.get(m).month;
				next = m + 1;
			}
		} else if (first.kind == Kind.WORD && first.month > 0 && next + 1 < raws.size()) {
			Raw after = raws.get(next + 1);
			if (isDay(after) && close(first, after)) {
				month = first.month;
				day = (int) after.value;
				next += 2;
			} else if (isYear(after) && close(first, after)) {
				month = first.month;
			}
			if (month > 0 && day == 0) {
				next += 1;
			}
		}
		if (month == 0) {
			return 0;
		}
		// "19 يونيو/حزيران": the same month twice, in two calendars' names
		if (next < raws.size() && raws.get(next).month == month && close(raws.get(next - 1), raws.get(next))) {
			next++;
		}
		int y = skipConnectors(raws, next);
		if (y < raws.size() && isYear(raws.get(y)) && close(raws.get(next - 1), raws.get(y))) {
			year = (int) raws.get(y).value;
			next = y + 1;
		}
		if (day == 0 && year == 0) {
			return 0;
		}
		String key = day == 0 ? String.format("d:%04d-%02d", year, month) //$NON-NLS-1$
				: year == 0 ? String.format("d:--%02d-%02d", month, day) //$NON-NLS-1$
						: String.format("d:%04d-%02d-%02d", year, month, day); //$NON-NLS-1$
		String shown = text.substring(first.start, raws.get(next - 1).end);
		tokens.add(new FingerprintToken(key, day > 0 && year > 0 ? 3 : 2.5, shown));
		return next - i;
	}

	private static int skipConnectors(List<Raw> raws, int index) {
		int i = index;
		while (i < raws.size() && i < index + 1 && raws.get(i).kind == Kind.WORD
				&& DATE_CONNECTORS.contains(raws.get(i).key.substring(2))) {
			i++;
		}
		return i;
	}

	/** Whether two tokens are neighbours: only spaces, commas, slashes or a connector word between them. */
	private static boolean close(Raw before, Raw after) {
		return after.start - before.end <= 6;
	}

	private static boolean isDay(Raw raw) {
		return raw.kind == Kind.NUMBER && raw.value >= 1 && raw.value <= 31 && raw.shown.length() <= 2;
	}

	private static boolean isYear(Raw raw) {
		return raw.kind == Kind.NUMBER && raw.value >= 1000 && raw.value <= 2999 && raw.shown.length() == 4;
	}

	/** Whether {@code offset} begins a sentence, a line or the text: a capital there says nothing. */
	private static boolean sentenceStart(String text, int offset) {
		for (int i = offset - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == '\n' || c == '.' || c == '!' || c == '?' || c == '…' || c == '؟') {
				return true;
			}
			if (!Character.isWhitespace(c) && "\"'“”‘’«»([¿¡–—-•*".indexOf(c) < 0) { //$NON-NLS-1$
				return false;
			}
		}
		return true;
	}

	/**
	 * The digits of a number without grouping and with '.' as the decimal mark: "1,500", "1.500", "1 500" and
	 * "١٬٥٠٠" are 1500; "3,14" and "3.14" are 3.14. A single separator followed by exactly three digits is taken
	 * for grouping (so "1,500" is 1500 in every language).
	 */
	static String canonicalNumber(String number) {
		StringBuilder digits = new StringBuilder();
		int lastSeparator = -1;
		for (int i = 0; i < number.length(); i++) {
			char c = number.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			} else {
				lastSeparator = digits.length();
			}
		}
		String all = digits.toString();
		if (lastSeparator < 0 || all.length() - lastSeparator == 3) {
			return stripZeros(all);
		}
		return stripZeros(all.substring(0, lastSeparator)) + '.' + all.substring(lastSeparator);
	}

	private static String stripZeros(String digits) {
		int i = 0;
		while (i < digits.length() - 1 && digits.charAt(i) == '0') {
			i++;
		}
		return digits.substring(i);
	}

	private static long parseOrMinus(String digits) {
		return digits.length() > 15 ? -1 : Long.parseLong(digits);
	}

	private static String trimUrl(@Nullable String url) {
		int end = url.length();
		while (end > 0 && ".,;:!?)]}'\"”’».".indexOf(url.charAt(end - 1)) >= 0) { //$NON-NLS-1$
			end--;
		}
		return url.substring(0, end);
	}
}
