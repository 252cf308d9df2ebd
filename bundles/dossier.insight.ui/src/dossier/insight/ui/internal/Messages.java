// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The strings of the insight views. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dossier.insight.ui.internal.messages"; //$NON-NLS-1$

	public static String Corpus;
	public static String Granularity;
	public static String Granularity_day;
	public static String Granularity_week;
	public static String Granularity_month;
	public static String Stack;
	public static String Dimension_language;
	public static String Dimension_publisher;
	public static String Dimension_licence;
	public static String Dimension_licenceCheck;
	public static String CountOnce;
	public static String CountOnce_tooltip;
	public static String Selected;
	public static String Selected_tooltip;
	public static String Selected_some;
	public static String Selected_none;
	public static String NoCorpus;
	public static String Computing;
	public static String TimelineJob_name;
	public static String OverviewJob_name;
	public static String OverviewEditor_name;
	public static String MapJob_name;
	public static String Map_summary;
	public static String Map_unplaced;
	public static String Map_clickHint;
	public static String NetworkJob_name;
	public static String Network_people;
	public static String Network_places;
	public static String Network_organisations;
	public static String Network_minWeight;
	public static String Network_minWeight_tooltip;
	public static String Network_largestOnly;
	public static String Network_largestOnly_tooltip;
	public static String Network_period;
	public static String Network_periodAll;
	public static String Network_periodYear;
	public static String Network_periodLastDays;
	public static String Network_summary;
	public static String Network_clickHint;
	public static String Network_tooltip;
	public static String Network_type_person;
	public static String Network_type_place;
	public static String Network_type_org;
	public static String Timeline_status;
	public static String Timeline_events;
	public static String Timeline_hover;
	public static String Timeline_eventsJob_name;
	public static String Timeline_eventsNone;
	public static String Timeline_eventsShown;
	public static String Timeline_eventsFirst;
	public static String Overview_summary;
	public static String Overview_findings;
	public static String Overview_rule;
	public static String Overview_entities;
	public static String Overview_type;
	public static String Overview_entity;
	public static String Overview_articles;
	public static String Overview_clickHint;
	public static String Overview_imports;
	public static String Overview_importDay;
	public static String Overview_importers;
	public static String Overview_errors;
	public static String Overview_warnings;
	public static String Overview_notes;
	public static String Export_title;
	public static String Export_failed;
	public static String Export_nothing;
	public static String Failed;
	public static String Count_articles;
	public static String Count_stories;
	public static String Verdict_clean;
	public static String Verdict_warnings;
	public static String Verdict_errors;
	public static String Verdict_notChecked;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
