// SPDX-License-Identifier: EPL-2.0
package dossier.ui;

import java.util.Locale;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * Messages that count things, in the plural forms of the workbench's language. A message names its counts with
 * ICU's plural syntax, so "1 article" and "2 articles" come from one message, and a language with more forms
 * (Arabic has six) says each right:
 *
 * <pre>
 * View_count = {0, plural, one {# article} other {# articles}} in {1}
 * </pre>
 *
 * {@code #} is the count, with the grouping of the language ("10,000"). Use this instead of
 * {@code NLS.bind} for every message with a count in it; NLS's messages cannot choose a form.
 */
public final class Counts {

	private Counts() {
	}

	/**
	 * The message {@code pattern} (ICU MessageFormat syntax) with {@code arguments} in it, in the default locale
	 * (the workbench's {@code -nl}).
	 */
	public static String format(String pattern, Object... arguments) {
		return new MessageFormat(pattern, ULocale.forLocale(Locale.getDefault())).format(arguments);
	}
}
