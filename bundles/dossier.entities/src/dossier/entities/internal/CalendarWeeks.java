// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.entities.RecognitionContext;
import dossier.entities.Recognizer.Suggestion;

/**
 * German calendar weeks, a calendar expression that fixes a week as a date fixes a day: "Kalenderwoche 50", "KW 50",
 * "KW 7/2024". The value is the ISO week, its year when written ("2024-W07"), else "XXXX-W50".
 */
final class CalendarWeeks {

	private static final Pattern WEEK = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(?:Kalenderwoche|KW) ?(?<w>\\d{1,2})(?:[ /](?<y>(?:19|20)\\d\\d))?(?![\\p{L}\\p{N}])"); //$NON-NLS-1$

	private CalendarWeeks() {
	}

	/** Adds the calendar weeks of a German article's text to {@code suggestions}. */
	static void find(RecognitionContext context, DateSuggestions dates, List<Suggestion> suggestions) {
		if (!"de".equals(context.baseLanguage())) { //$NON-NLS-1$
			return;
		}
		String text = context.article().text();
		if (!text.contains("KW") && !text.contains("Kalenderwoche")) { //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		Matcher matcher = WEEK.matcher(text);
		while (matcher.find()) {
			String digits = matcher.group("w"); //$NON-NLS-1$
			int week = digits == null ? 0 : Integer.parseInt(digits);
			if (week < 1 || week > 53) {
				continue;
			}
			String year = matcher.group("y"); //$NON-NLS-1$
			String value = (year != null ? year : "XXXX") + "-W" + (week < 10 ? "0" : "") + week; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			suggestions.add(dates.of(matcher.start(), matcher.end(), value, 0.8));
		}
	}
}
