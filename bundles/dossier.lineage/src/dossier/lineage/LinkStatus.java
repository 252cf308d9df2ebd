// SPDX-License-Identifier: EPL-2.0
package dossier.lineage;

import java.util.Locale;

/** Where a link stands with the analysts. */
public enum LinkStatus {

	/** Proposed by the engine, not yet looked at. */
	SUGGESTED,

	/** An analyst agreed: kept as it is on every recomputation. */
	CONFIRMED,

	/** An analyst disagreed: kept as a decision, and the engine never proposes the same link again. */
	REJECTED;

	/** The name in files: {@code suggested}, {@code confirmed}, {@code rejected}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether an analyst set it (confirmed or rejected). */
	public boolean isDecision() {
		return this != SUGGESTED;
	}

	/**
	 * The status named {@code id}.
	 *
	 * @throws IllegalArgumentException when there is none
	 */
	public static LinkStatus ofId(String id) {
		for (LinkStatus status : values()) {
			if (status.id().equals(id)) {
				return status;
			}
		}
		throw new IllegalArgumentException("unknown link status '" + id + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
