// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

/** How serious a {@link Finding} is; {@link #ERROR} makes {@code dossier check} exit with 1. */
public enum Severity {
	ERROR, WARNING, NOTE;

	/** The SARIF {@code level}. */
	public String sarifLevel() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses "error", "warning", "note" (also "info"), ignoring case; null if none of these. */
	public static @Nullable Severity parse(@Nullable String value) {
		if (value == null) {
			return null;
		}
		switch (value.trim().toLowerCase(Locale.ROOT)) {
		case "error": return ERROR; //$NON-NLS-1$
		case "warning", "warn": return WARNING; //$NON-NLS-1$ //$NON-NLS-2$
		case "note", "info": return NOTE; //$NON-NLS-1$ //$NON-NLS-2$
		default: return null;
		}
	}
}
