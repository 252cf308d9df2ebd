package dossier.explorer.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages with values in them. */
final class NLSBind {

	private NLSBind() {
	}

	static String groupBy(Grouping grouping) {
		return grouping == Grouping.NONE ? Messages.Grouping_noGroups : NLS.bind(Messages.Grouping_by, grouping.label());
	}

	static String count(long total, String corpus) {
		return NLS.bind(Messages.View_count, Long.toString(total), corpus);
	}

	static String countShown(long total, String corpus, int rows) {
		return NLS.bind(Messages.View_countShown, new Object[] { Long.toString(total), corpus, Integer.toString(rows) });
	}
}
