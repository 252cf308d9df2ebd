// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The strings of the Lineage view. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dossier.lineage.ui.internal.messages"; //$NON-NLS-1$

	public static String NoArticle;
	public static String Computing;
	public static String ChainJob_name;
	public static String DecideJob_name;
	public static String Status_alone;
	public static String Status_chain;
	public static String Status_cut;
	public static String Failed;
	public static String DecideFailed;
	public static String Confirm;
	public static String Confirm_tooltip;
	public static String Reject;
	public static String Reject_tooltip;
	public static String Open;
	public static String Open_tooltip;
	public static String Recompute;
	public static String Recompute_tooltip;
	public static String Details_none;
	public static String Details_link;
	public static String Details_from;
	public static String Details_to;
	public static String Details_undirected;
	public static String Details_article;
	public static String Details_notInCorpus;
	public static String Type_duplicate;
	public static String Type_republication;
	public static String Type_translation;
	public static String Type_same_story;
	public static String Status_suggested;
	public static String Status_confirmed;
	public static String Status_rejected;
	public static String Evidence_more;
	public static String Open_failed;
	public static String Compare;
	public static String Compare_tooltip;
	public static String SideBySideJob_name;
	public static String SideBySide_tab;
	public static String SideBySide_tooltip;
	public static String SideBySide_reading;
	public static String SideBySide_failed;
	public static String SideBySide_missing;
	public static String SideBySide_unreadable;
	public static String SideBySide_noOriginal;
	public static String SideBySide_noOriginalPane;
	public static String SideBySide_original;
	public static String SideBySide_article;
	public static String SideBySide_translation;
	public static String SideBySide_republication;
	public static String SideBySide_copy;
	public static String SideBySide_other;
	public static String SideBySide_summary;
	public static String SideBySide_onlyOriginal;
	public static String SideBySide_onlyCopy;
	public static String SideBySide_pairShared;
	public static String SideBySide_pairPlace;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
