// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

import dossier.entities.ui.internal.Messages;

/** Validation of the Source page's fields: each returns null when the value is fine, else a one-line reason. */
public final class SourceFields {

	private SourceFields() {
	}

	public static @Nullable String checkTitle(String title) {
		return title.isBlank() ? Messages.Source_badTitle : null;
	}

	/** Empty, or an absolute http or https URL with a host. */
	public static @Nullable String checkUrl(String url) {
		if (url.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			if (uri.getScheme() != null && uri.getScheme().matches("(?i)https?") && uri.getHost() != null) { //$NON-NLS-1$
				return null;
			}
		} catch (URISyntaxException e) {
			// not a URI
		}
		return NLS.bind(Messages.Source_badUrl, url);
	}

	/** Empty, a year, a year-month, a date or an ISO 8601 date-time with offset. */
	public static @Nullable String checkDate(String date) {
		String value = date.strip();
		if (value.isEmpty() || value.matches("\\d{4}")) { //$NON-NLS-1$
			return null;
		}
		try {
			if (value.matches("\\d{4}-\\d{2}")) { //$NON-NLS-1$
				YearMonth.parse(value);
			} else if (value.matches("\\d{4}-\\d{2}-\\d{2}")) { //$NON-NLS-1$
				LocalDate.parse(value);
			} else {
				OffsetDateTime.parse(value);
			}
			return null;
		} catch (DateTimeParseException e) {
			return NLS.bind(Messages.Source_badDate, date);
		}
	}

	/** A well-formed BCP 47 tag ("und" allowed). */
	public static @Nullable String checkLanguage(String language) {
		String value = language.strip();
		if (value.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) { //$NON-NLS-1$
			Locale locale = Locale.forLanguageTag(value);
			if (!locale.getLanguage().isEmpty()) {
				return null;
			}
		}
		return NLS.bind(Messages.Source_badLanguage, language);
	}
}
