// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text as the engine compares it: digits of every script as ASCII, words without case, accents or Arabic
 * diacritics, and a bound on how much of a text is read at all.
 */
public final class TextFolding {

	/** How many characters of an article are read; the rest is ignored (and the evidence says so). */
	public static final int MAX_CHARS = 200_000;

	private TextFolding() {
	}

	/** The first {@link #MAX_CHARS} characters of {@code text}, never splitting a surrogate pair. */
	static String bounded(String text) {
		if (text.length() <= MAX_CHARS) {
			return text;
		}
		int end = MAX_CHARS;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

	/** A JSON or JavaScript escape: a UTF-16 code unit (backslash, "u", four hexadecimal digits), an escaped slash, quotation mark or line break. */
	private static final Pattern ESCAPE = Pattern.compile("\\\\(?:u([0-9a-fA-F]{4})|([/\"nrt]))"); //$NON-NLS-1$
	/** An HTML tag of the elements that wrap an article's text (paragraphs, breaks, emphasis, links, lists, headings). */
	private static final Pattern TAG = Pattern.compile(
			"</?(?:p|br|div|span|a|em|strong|b|i|u|li|ul|ol|h[1-6]|blockquote|figure|figcaption|img)(?:\\s[^<>]*)?/?>", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);

	/**
	 * {@code text} as a reader sees it when a page gives it as a record of its site's programming interface or feed:
	 * JSON escapes decoded (a quotation mark written as backslash-u201c is “, "<\/p>" is "</p>", "\n" a line break) and the HTML tags
	 * that wrap paragraphs and emphasis dropped. Without this a copy served so ("wp-json" records, feeds kept as
	 * markup) shares a word in two with its article around every quotation mark, apostrophe and paragraph end. Text
	 * without a backslash or a tag is returned as it is.
	 */
	static String unescaped(String text) {
		if (text.indexOf('\\') < 0 && text.indexOf('<') < 0) {
			return text;
		}
		Matcher escape = ESCAPE.matcher(text);
		StringBuilder decoded = new StringBuilder(text.length());
		while (escape.find()) {
			String replacement;
			if (escape.group(1) != null) {
				replacement = String.valueOf((char) Integer.parseInt(escape.group(1), 16));
			} else {
				char c = escape.group(2).charAt(0);
				replacement = c == 'n' || c == 'r' ? "\n" : c == 't' ? " " : String.valueOf(c); //$NON-NLS-1$ //$NON-NLS-2$
			}
			escape.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
		}
		escape.appendTail(decoded);
		return TAG.matcher(decoded).replaceAll(" "); //$NON-NLS-1$
	}

	/**
	 * {@code text} with every decimal digit (Arabic-Indic, Eastern Arabic-Indic, Devanagari, full width…) as its
	 * ASCII digit and the Arabic decimal and thousands separators as '.' and ','. The length is unchanged, so
	 * offsets into the result are offsets into {@code text}.
	 */
	static String foldDigits(String text) {
		char[] chars = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char folded = c;
			if (c > '9' && Character.isDigit(c)) {
				folded = (char) ('0' + Character.digit(c, 10));
			} else if (c == '\u066B') {
				folded = '.';
			} else if (c == '\u066C') {
				folded = ',';
			}
			if (folded != c) {
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[i] = folded;
			}
		}
		return chars == null ? text : new String(chars);
	}

	/** {@code word} lower-cased, without accents, Arabic diacritics or tatweel: "Übersetzt" and "ubersetzt" fold alike. */
	public static String fold(String word) {
		String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\u0640') {
				out.append(c);
			}
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/** The folded words (runs of letters and digits) of {@code text}, at most {@code max}. */
	static List<String> words(String text, int max) {
		List<String> words = new ArrayList<>();
		String digits = foldDigits(text);
		int start = -1;
		for (int i = 0; i <= digits.length() && words.size() < max; i++) {
			boolean inWord = i < digits.length() && (Character.isLetterOrDigit(digits.charAt(i))
					|| Character.getType(digits.charAt(i)) == Character.NON_SPACING_MARK);
			if (inWord && start < 0) {
				start = i;
			} else if (!inWord && start >= 0) {
				words.add(fold(digits.substring(start, i)));
				start = -1;
			}
		}
		return words;
	}
}
