// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

/** An analyst's decision on a {@link Mention}. */
public enum MentionStatus {
	/** Found by a recogniser, not yet reviewed. */
	SUGGESTED,
	/** Confirmed by an analyst. */
	ACCEPTED,
	/** Rejected by an analyst: never suggested again for this article. */
	REJECTED;

	/** The lower-case name stored in files. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses {@link #key()}; null for an unknown value. */
	public static @Nullable MentionStatus fromKey(String key) {
		for (MentionStatus status : values()) {
			if (status.key().equalsIgnoreCase(key)) {
				return status;
			}
		}
		return null;
	}
}
