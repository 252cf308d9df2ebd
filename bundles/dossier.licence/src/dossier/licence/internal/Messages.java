// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The checker's user-visible strings (messages.properties, credit*.properties). Plain {@link ResourceBundle}
 * rather than Eclipse NLS, because the engine also runs in a plain JVM.
 */
public final class Messages {

	private static final String MESSAGES = "dossier.licence.internal.messages"; //$NON-NLS-1$
	private static final String CREDIT = "dossier.licence.internal.credit"; //$NON-NLS-1$

	private Messages() {
	}

	private static final Map<Locale, ResourceBundle> CREDIT_BUNDLES = new ConcurrentHashMap<>();
	private static volatile @Nullable ResourceBundle messages;

	public static String get(String key) {
		try {
			ResourceBundle bundle = messages;
			if (bundle == null) {
				bundle = ResourceBundle.getBundle(MESSAGES, Locale.getDefault(), Messages.class.getClassLoader());
				messages = bundle;
			}
			return bundle.getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}

	public static String format(String key, Object... arguments) {
		return new MessageFormat(get(key), Locale.ROOT).format(arguments);
	}

	/** Whether credits can be written in {@code language}. */
	public static boolean hasCredit(String language) {
		return Languages.CREDIT_LANGUAGES.contains(language);
	}

	/** A credit phrase in {@code language} (English when there is no template in it). */
	public static String credit(String language, String key, Object... arguments) {
		Locale locale = hasCredit(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
		ResourceBundle bundle = CREDIT_BUNDLES.computeIfAbsent(locale, l -> ResourceBundle.getBundle(CREDIT, l, Messages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
		return new MessageFormat(bundle.getString(key), locale).format(arguments);
	}
}
