// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.time.LocalDate;
import java.util.List;

import dossier.insight.ChartSvg;
import dossier.insight.Dimension;
import dossier.insight.Granularity;
import dossier.ui.Counts;

/** How keys, periods and counts read in the views. */
final class Labels {

	/** What the exported SVG charts say: the views' words. */
	static final ChartSvg.Words WORDS = new ChartSvg.Words() {
		@Override
		public String title(Dimension dimension) {
			return dimension(dimension);
		}

		@Override
		public String key(Dimension dimension, String key) {
			return Labels.key(dimension, key);
		}

		@Override
		public String findings() {
			return Messages.Overview_findings;
		}

		@Override
		public List<String> findingColumns() {
			return List.of(Messages.Overview_rule, Messages.Overview_errors, Messages.Overview_warnings,
					Messages.Overview_notes);
		}

		@Override
		public String timeline(Dimension dimension, Granularity granularity) {
			return granularity(granularity) + ", " + dimension(dimension); //$NON-NLS-1$
		}
	};

	private Labels() {
	}

	/** A key of {@code dimension} as shown: the licence check's verdicts in words, other values as they are. */
	static String key(Dimension dimension, String key) {
		if (dimension != Dimension.LICENCE_CHECK) {
			return key;
		}
		return switch (key) {
		case "CLEAN" -> Messages.Verdict_clean; //$NON-NLS-1$
		case "WARNINGS" -> Messages.Verdict_warnings; //$NON-NLS-1$
		case "ERRORS" -> Messages.Verdict_errors; //$NON-NLS-1$
		case "NOT_CHECKED" -> Messages.Verdict_notChecked; //$NON-NLS-1$
		default -> key;
		};
	}

	/** The label of the period starting on {@code start}: ISO, so it reads the same in every language. */
	static String period(Granularity granularity, LocalDate start) {
		return granularity == Granularity.MONTH ? start.toString().substring(0, 7) : start.toString();
	}

	/** "1 article", "3 stories". */
	static String count(int count, boolean stories) {
		return Counts.format(stories ? Messages.Count_stories : Messages.Count_articles, count);
	}

	static String dimension(Dimension dimension) {
		return switch (dimension) {
		case LANGUAGE -> Messages.Dimension_language;
		case PUBLISHER -> Messages.Dimension_publisher;
		case LICENCE -> Messages.Dimension_licence;
		case LICENCE_CHECK -> Messages.Dimension_licenceCheck;
		};
	}

	static String granularity(Granularity granularity) {
		return switch (granularity) {
		case DAY -> Messages.Granularity_day;
		case WEEK -> Messages.Granularity_week;
		case MONTH -> Messages.Granularity_month;
		};
	}
}
