// SPDX-License-Identifier: EPL-2.0
package dossier.examples.housepolicy;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The rules' user-visible strings (messages.properties). A plain {@link ResourceBundle}, not Eclipse NLS, because
 * licence rules also run in a plain JVM (a batch job, a unit test).
 */
final class Messages {

	private Messages() {
	}

	static String format(String key, Object... arguments) {
		String pattern;
		try {
			pattern = ResourceBundle.getBundle("dossier.examples.housepolicy.messages", Locale.getDefault(), //$NON-NLS-1$
					Messages.class.getClassLoader()).getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
		return new MessageFormat(pattern, Locale.ROOT).format(arguments);
	}
}
