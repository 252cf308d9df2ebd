// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import org.eclipse.osgi.util.NLS;

import dossier.ui.Counts;

/** Messages with values in them; those with counts say them in the language's plural forms ({@link Counts}). */
final class NLSBind {

	private NLSBind() {
	}

	static String groupBy(Grouping grouping) {
		return grouping == Grouping.NONE ? Messages.Grouping_noGroups : NLS.bind(Messages.Grouping_by, grouping.label());
	}

	static String count(long total, String corpus) {
		return Counts.format(Messages.View_count, total, corpus);
	}

	/** What the status line says of {@code shown} with {@code rows} of its rows in the table. */
	static String shown(RowModel shown, int rows) {
		if (shown.project() == null) {
			return Messages.View_noCorpus;
		}
		return rows < shown.rowCount() ? countShown(shown.total(), shown.project().getName(), rows)
				: count(shown.total(), shown.project().getName());
	}

	static String countShown(long total, String corpus, int rows) {
		return Counts.format(Messages.View_countShown, total, corpus, rows);
	}
}
