// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.RecognitionContext;
import dossier.entities.Recognizer.Suggestion;

/**
 * Decades, which the annotation guidelines count as dates ("the **1990s**"): "1990s" and "'90s", "1960er Jahre",
 * "anni '80" and "anni Ottanta", "années 1990" and "années quatre-vingt", "años 90" and "década de 1970", "anos 60"
 * and "década de 1970", "الثمانينيات". The value is the decade in EDTF form ("199X"); a decade written with two
 * digits is read in the twentieth century.
 */
final class Decades {

	private static final String TENS_IT = "venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta"; //$NON-NLS-1$
	private static final String TENS_FR = "vingt|trente|quarante|cinquante|soixante-dix|soixante|quatre-vingt-dix|quatre-vingt"; //$NON-NLS-1$
	private static final String TENS_ES = "veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa"; //$NON-NLS-1$
	private static final String TENS_PT = "vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa"; //$NON-NLS-1$
	private static final String DIGITS = "(?<n>(?:1[5-9]|20)?\\d0|['’]\\d0)"; //$NON-NLS-1$
	private static final Pattern DECADE = Pattern.compile("(?<![\\p{L}\\p{N}'’])(?:" //$NON-NLS-1$
			+ "(?<en>(?:1[5-9]|20)\\d0s|['’]\\d0s)(?![\\p{L}\\p{N}])" //$NON-NLS-1$
			+ "|(?<de>(?:1[5-9]|20)?\\d0er[ -]Jahren?)(?![\\p{L}\\p{N}])" //$NON-NLS-1$
			+ "|(?iu:(?:anni|années|años|anos|d[ée]cada de|decennio|década dos) )(?:" + DIGITS //$NON-NLS-1$
			+ "|(?<w>(?iu:" + TENS_IT + "|" + TENS_FR + "|" + TENS_ES + "|" + TENS_PT + ")))(?![\\p{L}\\p{N}])" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			+ "|(?<ar>(?:ال)?(?:عشرين|ثلاثين|أربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:يات|ات))(?![\\p{L}\\p{N}])" //$NON-NLS-1$
			+ ")"); //$NON-NLS-1$
	private static final List<String> ARABIC_TENS = List.of("", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	private Decades() {
	}

	/** Adds the decades of the article's text to {@code suggestions}; the engine keeps the longest of overlapping dates. */
	static void find(RecognitionContext context, DateSuggestions dates, List<Suggestion> suggestions) {
		String text = context.article().text();
		TreeSet<Integer> starts = starts(text, context.baseLanguage());
		if (starts.isEmpty()) {
			return;
		}
		Matcher matcher = DECADE.matcher(text);
		matcher.useTransparentBounds(true).useAnchoringBounds(false);
		int previousEnd = -1;
		for (int start : starts) {
			if (start < previousEnd) {
				continue;
			}
			matcher.region(start, text.length());
			if (!matcher.lookingAt()) {
				continue;
			}
			previousEnd = matcher.end();
			String value = value(matcher);
			if (value == null) {
				continue;
			}
			suggestions.add(dates.of(matcher.start(), matcher.end(), value, 0.8));
		}
	}

	/**
	 * Words that a decade's wording contains in each language, searched with {@link String#indexOf} (fast) before the
	 * pattern is tried; English and German decades begin with their digits.
	 */
	private static final Map<String, List<String>> CUES = Map.of( //
			"it", List.of("nni ", "NNI ", "ecennio "), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"fr", List.of("nnées ", "NNÉES "), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"es", List.of("ños ", "ÑOS ", "écada de ", "ecada de "), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"pt", List.of("nos ", "NOS ", "écada de ", "ecada de "), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"ar", List.of("ينيات", "ينات")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * Where a decade may begin: before "0s" or "0er" (up to four digits and an apostrophe back), and at the start of the
	 * word that holds a cue. Scanning for these first keeps the pattern off most of the text.
	 */
	private static TreeSet<Integer> starts(String text, String language) {
		TreeSet<Integer> starts = new TreeSet<>();
		for (int at = text.indexOf('0'); at >= 0; at = text.indexOf('0', at + 1)) {
			char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
			if (next == 's' || next == 'e') {
				int from = at;
				while (from > 0 && at - from < 3 && Character.isDigit(text.charAt(from - 1))) {
					from--;
				}
				if (from > 0 && (text.charAt(from - 1) == '\'' || text.charAt(from - 1) == '’')) {
					from--;
				}
				starts.add(from);
			}
		}
		for (String cue : CUES.getOrDefault(language, List.of())) {
			for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
				int from = at;
				while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
					from--;
				}
				starts.add(from);
			}
		}
		return starts;
	}

	/** "199X" for the 1990s, "198X" for '80s, anni Ottanta, الثمانينيات; null when the words name no decade. */
	private static @Nullable String value(Matcher matcher) {
		String digits = matcher.group("en") != null ? matcher.group("en") : matcher.group("de") != null ? matcher.group("de") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				: matcher.group("n"); //$NON-NLS-1$
		if (digits != null) {
			String number = digits.replaceAll("\\D", ""); //$NON-NLS-1$ //$NON-NLS-2$
			number = number.substring(0, Math.min(4, number.length()));
			if (number.length() == 2) {
				number = "19" + number; //$NON-NLS-1$
			}
			return number.length() == 4 ? number.substring(0, 3) + "X" : null; //$NON-NLS-1$
		}
		if (matcher.group("ar") != null) { //$NON-NLS-1$
			String word = matcher.group("ar"); //$NON-NLS-1$
			for (int tens = 2; tens < ARABIC_TENS.size(); tens++) {
				if (word.contains(ARABIC_TENS.get(tens))) {
					return "19" + tens + "X"; //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			return null;
		}
		String word = matcher.group("w").toLowerCase(Locale.ROOT); //$NON-NLS-1$
		int tens = tensOf(word);
		return tens < 2 ? null : "19" + tens + "X"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** 2 for "venti"/"vingt"/"veinte"/"vinte" … 9 for "novanta"/"quatre-vingt-dix"/"noventa". */
	private static int tensOf(String word) {
		if (word.startsWith("quatre-vingt-dix") || word.startsWith("nov")) { //$NON-NLS-1$ //$NON-NLS-2$
			return 9;
		}
		if (word.startsWith("quatre-vingt") || word.startsWith("ott") || word.startsWith("och") || word.startsWith("oit")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return 8;
		}
		if (word.startsWith("soixante-dix") || word.startsWith("sett") || word.startsWith("set")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return 7;
		}
		if (word.startsWith("soixante") || word.startsWith("sess") || word.startsWith("ses")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return 6;
		}
		if (word.startsWith("cinq") || word.startsWith("cinc")) { //$NON-NLS-1$ //$NON-NLS-2$
			return 5;
		}
		if (word.startsWith("quar") || word.startsWith("cuar")) { //$NON-NLS-1$ //$NON-NLS-2$
			return 4;
		}
		if (word.startsWith("tr")) { //$NON-NLS-1$
			return 3;
		}
		return word.startsWith("v") ? 2 : 0; //$NON-NLS-1$
	}
}
