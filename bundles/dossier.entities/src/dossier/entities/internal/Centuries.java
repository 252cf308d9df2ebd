// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.RecognitionContext;
import dossier.entities.Recognizer.Suggestion;

/**
 * Centuries, which the annotation guidelines count as dates ("**XIX secolo**"): "the 19th century", "XIX secolo" and
 * "secolo XIX", "XIXe siècle" and "19e siècle", "siglo XX", "século XXI", "19. Jahrhundert"; and a day of the month
 * named by its number after the word for day ("a partir do dia 27", "el día 5", "il giorno 12"). A century's value is
 * in EDTF form ("18XX" for the nineteenth); a day's is "XXXX-XX-27".
 */
final class Centuries {

	private static final String ROMAN = "(?<r>X{0,2}(?:IX|IV|V?I{0,3}))"; //$NON-NLS-1$
	private static final Pattern CENTURY = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" //$NON-NLS-1$
			+ "(?<en>\\d{1,2})(?:st|nd|rd|th)[ -][Cc]entury" //$NON-NLS-1$
			+ "|(?<de>\\d{1,2})\\. Jahrhunderts?" //$NON-NLS-1$
			+ "|(?:[Ss]ecolo|[Ss]iglo|[Ss]éculo) " + ROMAN.replace("<r>", "<r1>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ "|" + ROMAN.replace("<r>", "<r2>") + " secolo" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			+ "|(?:" + ROMAN.replace("<r>", "<r3>") + "|(?<fr>\\d{1,2}))(?:e|ème|eme) siècle" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			+ ")(?![\\p{L}\\p{N}])"); //$NON-NLS-1$
	/** "dia 27", "día 5", "giorno 12", not followed by a month (that is a whole date the grammar reads). */
	private static final Pattern DAY = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(?:dia|día|giorno) (?<d>[1-9]|[12]\\d|3[01])(?![\\p{L}\\p{N}]|[.,]\\d| de \\p{L}| di \\p{L}| \\p{L})"); //$NON-NLS-1$

	private Centuries() {
	}

	/** Adds the article's centuries, and in Portuguese, Spanish and Italian its days named by number, to {@code suggestions}. */
	static void find(RecognitionContext context, DateSuggestions dates, List<Suggestion> suggestions) {
		String text = context.article().text();
		if (text.contains("entury") || text.contains("ecolo") || text.contains("iglo") || text.contains("éculo") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| text.contains("siècle") || text.contains("Jahrhundert")) { //$NON-NLS-1$ //$NON-NLS-2$
			Matcher matcher = CENTURY.matcher(text);
			while (matcher.find()) {
				String value = century(matcher);
				if (value != null) {
					add(dates, suggestions, matcher, value);
				}
			}
		}
		String language = context.baseLanguage();
		if (("pt".equals(language) || "es".equals(language) || "it".equals(language)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				&& (text.contains("dia ") || text.contains("día ") || text.contains("giorno "))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Matcher matcher = DAY.matcher(text);
			while (matcher.find()) {
				String digits = matcher.group("d"); //$NON-NLS-1$
				if (digits != null) {
					add(dates, suggestions, matcher, "XXXX-XX-" + (digits.length() == 1 ? "0" : "") + digits, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							matcher.start("d"), matcher.end("d")); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
	}

	private static void add(DateSuggestions dates, List<Suggestion> suggestions, Matcher matcher, String value) {
		suggestions.add(dates.of(matcher.start(), matcher.end(), value, 0.8));
	}

	private static void add(DateSuggestions dates, List<Suggestion> suggestions, Matcher matcher, String value, int start,
			int end) {
		suggestions.add(dates.of(start, end, value, 0.8));
	}

	/** "18XX" for the nineteenth century; null for a number that names none (0, or past the twenty-first). */
	private static @Nullable String century(Matcher matcher) {
		int number = 0;
		for (String group : new String[] { "en", "de", "fr" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String digits = matcher.group(group);
			if (digits != null) {
				number = Integer.parseInt(digits);
			}
		}
		for (String group : new String[] { "r1", "r2", "r3" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String roman = matcher.group(group);
			if (roman != null && !roman.isEmpty()) {
				number = roman(roman);
			}
		}
		if (number < 1 || number > 21) {
			return null;
		}
		return number - 1 + "XX"; //$NON-NLS-1$
	}

	private static int roman(String numeral) {
		int total = 0;
		for (int i = 0; i < numeral.length(); i++) {
			int value = switch (numeral.charAt(i)) {
				case 'X' -> 10;
				case 'V' -> 5;
				default -> 1;
			};
			boolean smaller = i + 1 < numeral.length() && value < (numeral.charAt(i + 1) == 'X' ? 10 : numeral.charAt(i + 1) == 'V' ? 5 : 1);
			total += smaller ? -value : value;
		}
		return total;
	}
}
