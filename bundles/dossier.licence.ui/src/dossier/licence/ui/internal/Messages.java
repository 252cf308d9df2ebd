// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the licence workbench. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dossier.licence.ui.internal.messages"; //$NON-NLS-1$

	public static String AttributionView_checking;
	public static String AttributionView_copy;
	public static String AttributionView_creditHtml;
	public static String AttributionView_creditMarkdown;
	public static String AttributionView_creditText;
	public static String AttributionView_element;
	public static String AttributionView_message;
	public static String AttributionView_noSelection;
	public static String AttributionView_reference;
	public static String AttributionView_rule;
	public static String AttributionView_severity;
	public static String AttributionView_status;
	public static String AttributionView_value;
	public static String Combine_adaptationLicence;
	public static String Combine_credit;
	public static String Combine_no;
	public static String Combine_noArticles;
	public static String Combine_question;
	public static String Combine_title;
	public static String Combine_why;
	public static String Combine_yes;
	public static String Element_copyright;
	public static String Element_creator;
	public static String Element_credit;
	public static String Element_excluded;
	public static String Element_found;
	public static String Element_licence;
	public static String Element_licenceLink;
	public static String Element_missing;
	public static String Element_modification;
	public static String Element_notCovered;
	public static String Element_publisher;
	public static String Element_recorded;
	public static String Element_source;
	public static String Element_thirdParty;
	public static String Element_title;
	public static String Element_translation;
	public static String Element_versionNotStated;
	public static String Fix_creator;
	public static String Fix_creator_description;
	public static String Fix_creator_prompt;
	public static String Fix_excludeThirdParty;
	public static String Fix_excludeThirdParty_description;
	public static String Fix_input_required;
	public static String Fix_insertCredit;
	public static String Fix_insertCredit_description;
	public static String Fix_licenceLink;
	public static String Fix_licenceLink_description;
	public static String Fix_licenceVersion;
	public static String Fix_licenceVersion_description;
	public static String Fix_modificationNotice;
	public static String Fix_modificationNotice_description;
	public static String Fix_notice_modified;
	public static String Fix_notice_prompt;
	public static String Fix_notice_translation;
	public static String Fix_notice_translationUnknownSource;
	public static String Fix_version_label;
	public static String Fix_version_prompt;
	public static String PreferencePage_description;
	public static String PropertyPage_projectSpecific;
	public static String RebuildJob_name;
	public static String ReportJob_name;
	public static String ReportJob_task;
	public static String Report_allowed;
	public static String Report_article;
	public static String Report_articles;
	public static String Report_charts;
	public static String Report_chartLicence;
	public static String Report_chartLicenceCheck;
	public static String Report_chartFindings;
	public static String Report_chartTimeline;
	public static String Report_chartMonth;
	public static String Report_chartErrors;
	public static String Report_chartWarnings;
	public static String Report_chartNotes;
	public static String Report_chartClean;
	public static String Report_chartNotChecked;
	public static String Report_commercial;
	public static String Report_credit;
	public static String Report_excluded;
	public static String Report_holder;
	public static String Report_licence;
	public static String Report_no;
	public static String Report_noCorpus;
	public static String Report_noLicence;
	public static String Report_noLicenceReason;
	public static String Report_nonCommercial;
	public static String Report_notCovered;
	public static String Report_perLicence;
	public static String Report_perRule;
	public static String Report_reusable;
	public static String Report_rule;
	public static String Report_status;
	public static String Report_summary;
	public static String Report_thirdParty;
	public static String Report_title;
	public static String Report_title_corpus;
	public static String Report_why;
	public static String Report_yes;
	public static String Settings_commercial;
	public static String Settings_outgoing;
	public static String Settings_rules;
	public static String Settings_severity_default;
	public static String Settings_severity_error;
	public static String Settings_severity_ignore;
	public static String Settings_severity_info;
	public static String Settings_severity_warning;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
