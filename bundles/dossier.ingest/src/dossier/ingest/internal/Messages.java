// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible strings of the importers (failure reasons, warnings), from {@code messages.properties}.
 * A {@link ResourceBundle} rather than OSGi's {@code NLS}, so the importers also run in a plain JVM.
 */
public final class Messages {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dossier.ingest.internal.messages", //$NON-NLS-1$
			Locale.getDefault(), Messages.class.getClassLoader());

	private Messages() {
	}

	/** The message {@code key} with {@code arguments} put in ({@link MessageFormat}). */
	public static String format(String key, Object... arguments) {
		String pattern;
		try {
			pattern = BUNDLE.getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
	}
}
