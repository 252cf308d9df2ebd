// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The explorer's user-visible strings (messages.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dossier.explorer.ui.internal.messages"; //$NON-NLS-1$

	public static String Column_title;
	public static String Navigator_labelsJob;
	public static String Navigator_licenceCheck;
	public static String CheckLicence_job;
	public static String CheckLicence_task;
	public static String Recognise_job;
	public static String Recognise_problems;
	public static String CopyAttribution_job;
	public static String CopyAttribution_failed;
	public static String Column_entities;
	public static String Column_entitiesTooltip;
	public static String Column_copies;
	public static String Column_copiesTooltip;
	public static String Grouping_original;
	public static String Group_noCopies;
	public static String Facet_status;
	public static String FindingStatus_clean;
	public static String FindingStatus_warnings;
	public static String FindingStatus_errors;
	public static String FindingStatus_notChecked;
	public static String Status_clean;
	public static String Status_notChecked;
	public static String View_tooManyToFilter;
	public static String Column_publisher;
	public static String Column_language;
	public static String Column_date;
	public static String Column_licence;
	public static String Column_statusTooltip;
	public static String Delete_one;
	public static String Delete_many;
	public static String Delete_confirmTitle;
	public static String Delete_confirmOne;
	public static String Delete_confirmMany;
	public static String Delete_failed;
	public static String Delete_undoFailed;
	public static String Facet_all;
	public static String Facet_language;
	public static String Facet_publisher;
	public static String Facet_licence;
	public static String Facet_period;
	public static String Facet_imported;
	public static String Facet_finding;
	public static String Group_other;
	public static String Grouping_none;
	public static String Grouping_publisher;
	public static String Grouping_language;
	public static String Grouping_licence;
	public static String Grouping_noGroups;
	public static String Grouping_by;
	public static String Import_title;
	public static String Import_description;
	public static String Import_sources;
	public static String Import_addFiles;
	public static String Import_addFolder;
	public static String Import_remove;
	public static String Import_target;
	public static String Import_maxSize;
	public static String Import_noCorpus;
	public static String Import_chooseCorpus;
	public static String Import_chooseSources;
	public static String Import_job;
	public static String Import_summary;
	public static String Import_summaryTitle;
	public static String NewCorpus_title;
	public static String NewCorpus_description;
	public static String Open_failedTitle;
	public static String Preview_noSnippet;
	public static String Preview_highlighting;
	public static String Properties_article;
	public static String Properties_provenance;
	public static String Properties_id;
	public static String Properties_title;
	public static String Properties_publisher;
	public static String Properties_language;
	public static String Properties_published;
	public static String Properties_licence;
	public static String Properties_corpus;
	public static String Properties_path;
	public static String Properties_url;
	public static String Properties_canonicalUrl;
	public static String Properties_authors;
	public static String Properties_direction;
	public static String Properties_basedOn;
	public static String Properties_editions;
	public static String Properties_statements;
	public static String Properties_loading;
	public static String Properties_source;
	public static String Properties_importedAt;
	public static String Properties_importer;
	public static String Properties_sha;
	public static String Properties_charset;
	public static String Properties_warnings;
	public static String Status_errors;
	public static String Status_warnings;
	public static String Status_notes;
	public static String View_corpusTooltip;
	public static String View_sharedCorpus;
	public static String Open_sharedJob;
	public static String Open_sharedFailed;
	public static String Open_sharedGone;
	public static String Open_sharedTooltip;
	public static String NewShared_title;
	public static String NewShared_description;
	public static String NewShared_name;
	public static String NewShared_url;
	public static String NewShared_collection;
	public static String NewShared_note;
	public static String NewShared_nameMissing;
	public static String NewShared_nameTaken;
	public static String NewShared_urlInvalid;
	public static String NewShared_collectionMissing;
	public static String View_searchHint;
	public static String View_searchTooltip;
	public static String View_groupingTooltip;
	public static String View_searchJob;
	public static String View_saveStateJob;
	public static String View_loadJob;
	public static String View_rowsJob;
	public static String View_passagesJob;
	public static String View_countJob;
	public static String View_warmUpJob;
	public static String View_noCorpus;
	public static String View_count;
	public static String View_countShown;
	public static String View_link;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
