// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dossier.entities.ui.internal.messages"; //$NON-NLS-1$

	public static String Editor_textPage;
	public static String Editor_entitiesPage;
	public static String Editor_sourcePage;
	public static String Editor_loading;
	public static String Editor_loadJob;
	public static String Editor_cannotOpen;
	public static String Editor_cannotSave;
	public static String Editor_changedOnDiskTitle;
	public static String Editor_changedOnDiskDirty;
	public static String Editor_reload;
	public static String Editor_keepMine;
	public static String Editor_warmUpJob;
	public static String Hover_text;
	public static String Hover_noQid;
	public static String Hover_problem;
	public static String QuickFix_menu;
	public static String QuickFix_none;
	public static String Status_suggested;
	public static String Date_yearUnknown;
	public static String Prefs_threshold;
	public static String Status_accepted;
	public static String Status_rejected;
	public static String Op_mark;
	public static String Op_link;
	public static String Op_accept;
	public static String Op_reject;
	public static String Op_remove;
	public static String Op_acceptAllOf;
	public static String Op_acceptAll;
	public static String Op_clear;
	public static String Op_recognise;
	public static String Op_merge;
	public static String Op_split;
	public static String Op_editEntity;
	public static String Op_editSource;
	public static String Recognise_job;
	public static String Handler_noSelection;
	public static String Handler_noMention;
	public static String MarkAs_other;
	public static String MarkAs_otherTitle;
	public static String MarkAs_otherMessage;
	public static String Link_title;
	public static String Link_message;
	public static String Link_unknown;
	public static String Entities_label;
	public static String Entities_type;
	public static String Entities_mentions;
	public static String Entities_id;
	public static String Entities_qid;
	public static String Entities_status;
	public static String Entities_merge;
	public static String Entities_split;
	public static String Entities_jump;
	public static String Entities_badQid;
	public static String Entities_mergeNeedsTwo;
	public static String Source_title;
	public static String Source_authors;
	public static String Source_publisher;
	public static String Source_sourceUrl;
	public static String Source_date;
	public static String Source_language;
	public static String Source_licence;
	public static String Source_licenceUrl;
	public static String Source_foundLicences;
	public static String Source_badTitle;
	public static String Source_badUrl;
	public static String Source_badDate;
	public static String Source_badLanguage;
	public static String Source_valid;
	public static String Outline_type;
	public static String Catalogue_filter;
	public static String Catalogue_job;
	public static String Catalogue_articles;
	public static String Catalogue_noCorpus;
	public static String Prefs_description;
	public static String Prefs_colour;
	public static String Prefs_mark;
	public static String Props_label;
	public static String Props_type;
	public static String Props_id;
	public static String Props_qid;
	public static String Props_status;
	public static String Props_offsets;
	public static String Props_text;
	public static String Props_recognizer;
	public static String Props_mentions;
	public static String Props_aliases;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
