// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Folds text for matching while keeping offsets into the original: Unicode NFKC; case and accents folded; Arabic
 * tashkeel and tatweel removed, alef forms (أ إ آ ٱ) unified to ا, optionally ى to ي and ة to ه; Arabic-Indic
 * and Eastern Arabic-Indic digits read as ASCII digits; zero-width joiners, bidi controls and the soft hyphen
 * ignored; hyphens read as spaces; white space runs collapsed to one space. Immutable and thread-safe.
 * <p>
 * Each BMP character maps through a table built once per {@link Options}, so normalising costs a table look-up
 * per character.
 */
public final class TextNormalizer {

	/**
	 * @param foldAlefMaqsura read ى (alef maqsura) as ي
	 * @param foldTehMarbuta read ة (teh marbuta) as ه
	 */
	public record Options(boolean foldAlefMaqsura, boolean foldTehMarbuta) {
		public static final Options DEFAULT = new Options(true, true);
	}

	private static final ConcurrentHashMap<Options, TextNormalizer> INSTANCES = new ConcurrentHashMap<>();

	private final Options options;
	/** Folded form per BMP char, filled on first use (idempotent, so unsynchronised); "" for ignorable. */
	private final String[] table = new String[0x10000];

	private TextNormalizer(Options options) {
		this.options = options;
		for (int c = 0; c < 0x80; c++) {
			table[c] = fold(c);
		}
	}

	/** The normaliser with the default options (all folds on). */
	public static TextNormalizer standard() {
		return of(Options.DEFAULT);
	}

	public static TextNormalizer of(Options options) {
		return Objects.requireNonNull(INSTANCES.computeIfAbsent(options, TextNormalizer::new));
	}

	public Options options() {
		return options;
	}

	/** True for characters that matching skips: bidi controls, zero-width (non-)joiners, tatweel, tashkeel. */
	public static boolean isIgnorable(int c) {
		return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
				|| (c >= 0x2060 && c <= 0x2069) || c == 0x061C || c == 0xFEFF || c == 0x00AD || c == 0x0640
				|| (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED && c != 0x06DE && c != 0x06E9);
	}

	private String fold(int c) {
		if (isIgnorable(c)) {
			return ""; //$NON-NLS-1$
		}
		if (c == '-' || c == 0x2010 || c == 0x2011 || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
			return " "; //$NON-NLS-1$
		}
		if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x00B4 || c == 0x0060) {
			return "'"; //$NON-NLS-1$
		}
		if (c >= 0x0660 && c <= 0x0669) {
			return String.valueOf((char) ('0' + c - 0x0660));
		}
		if (c >= 0x06F0 && c <= 0x06F9) {
			return String.valueOf((char) ('0' + c - 0x06F0));
		}
		if (c < 0x80) {
			return String.valueOf((char) Character.toLowerCase(c));
		}
		String compatible = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
		String decomposed = Normalizer.normalize(compatible, Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		decomposed.codePoints().forEach(cp -> {
			if (Character.getType(cp) == Character.NON_SPACING_MARK || isIgnorable(cp)) {
				return;
			}
			if (cp == 0x0671) {
				cp = 0x0627;
			} else if (cp == 0x0649 && options.foldAlefMaqsura) {
				cp = 0x064A;
			} else if (cp == 0x0629 && options.foldTehMarbuta) {
				cp = 0x0647;
			} else if (cp == 0x06CC) { // Farsi yeh
				cp = 0x064A;
			} else if (cp == 0x06A9) { // keheh
				cp = 0x0643;
			} else if (cp >= 0x0660 && cp <= 0x0669) {
				cp = '0' + cp - 0x0660;
			} else if (cp == 0x2019 || cp == 0x2018) {
				cp = '\'';
			}
			folded.append(Character.toChars(cp));
		});
		String lower = folded.toString().toLowerCase(Locale.ROOT);
		// Folding must not turn one character into a space run or lose letters entirely for letters.
		return lower.codePoints().anyMatch(Character::isWhitespace) ? " " : lower; //$NON-NLS-1$
	}

	/** Normalises {@code text}, keeping the offset map. */
	public NormalizedText normalize(String text) {
		int length = text.length();
		char[] out = new char[length + 16];
		int[] source = new int[length + 16];
		boolean lastSpace = true; // drops leading white space
		int count = 0;
		String[] folds = table;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			int start = i;
			String folded;
			if (c < 0x80) {
				folded = folds[c];
			} else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
				int cp = text.codePointAt(i);
				i++;
				folded = isIgnorable(cp) ? "" : new String(Character.toChars(Character.toLowerCase(cp))); //$NON-NLS-1$
			} else {
				folded = folds[c];
				if (folded == null) {
					folded = Character.isSurrogate(c) ? "\uFFFD" : fold(c); // a lone surrogate stays one character //$NON-NLS-1$
					folds[c] = folded;
				}
			}
			int foldedLength = folded.length();
			if (foldedLength == 0) {
				continue;
			}
			char first = folded.charAt(0);
			if (first == ' ') {
				if (lastSpace) {
					continue;
				}
				lastSpace = true;
			} else {
				lastSpace = false;
			}
			if (count + foldedLength > out.length) {
				int grown = Math.max(out.length * 2, count + foldedLength);
				out = Arrays.copyOf(out, grown);
				source = Arrays.copyOf(source, grown);
			}
			out[count] = first;
			source[count++] = start;
			for (int k = 1; k < foldedLength; k++) {
				out[count] = folded.charAt(k);
				source[count++] = start;
			}
		}
		return new NormalizedText(text, new String(out, 0, count), source);
	}

	/** The normalised form of a name, for use as a gazetteer key (no offsets kept). */
	public String key(String name) {
		return normalize(name).text().strip();
	}

	/** Bit per BMP character: {@link #isWordChar}, computed once. */
	private static final long[] WORD_CHARS = new long[0x10000 / 64];

	static {
		for (int c = 0; c < 0x10000; c++) {
			int type = Character.getType(c);
			if (Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
				WORD_CHARS[c >>> 6] |= 1L << c;
			}
		}
	}

	/** True for a letter or digit: what a word is made of after normalisation. */
	public static boolean isWordChar(char c) {
		return (WORD_CHARS[c >>> 6] & (1L << c)) != 0;
	}
}
