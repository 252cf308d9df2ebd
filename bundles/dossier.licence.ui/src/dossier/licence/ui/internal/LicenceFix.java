// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

import dossier.core.model.Article;
import dossier.licence.DetectedLicence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceId;
import dossier.licence.LicenceReport;
import dossier.licence.SuggestedAttribution;
import dossier.licence.Translation;
import dossier.workspace.CorpusProjects;
import dossier.workspace.licence.ArticleLicenceChecks;
import dossier.workspace.licence.AttributedCheck;
import dossier.workspace.licence.AttributionRecord;
import dossier.workspace.licence.LicenceMarkers;

/**
 * The quick fixes of licence problems: each changes the article's attribution record (never its text). The
 * edits are plain functions of the record so the operation can apply them to every selected article.
 */
public enum LicenceFix {
	/** Records the licence's URL (the confirmed version's, else the stated licence's deed). */
	LICENCE_LINK(Set.of("licence-link-missing")), //$NON-NLS-1$
	/** Records the licence version the analyst chooses. */
	LICENCE_VERSION(Set.of("licence-version-missing")), //$NON-NLS-1$
	/** Records the modification notice ("Arabic translation of the Italian original"). */
	MODIFICATION_NOTICE(Set.of("modification-notice-missing")), //$NON-NLS-1$
	/** Records a creator the analyst enters. */
	CREATOR(Set.of("creator-missing")), //$NON-NLS-1$
	/** Marks the third-party item the marker points at as excluded from reuse. */
	EXCLUDE_THIRD_PARTY(Set.of(AttributedCheck.THIRD_PARTY_RULE)),
	/** Records the generated credit, which carries the licence link, the modification notice and the exclusions. */
	INSERT_CREDIT(Set.of("licence-link-missing", "modification-notice-missing", AttributedCheck.THIRD_PARTY_RULE)); //$NON-NLS-1$ //$NON-NLS-2$

	/** The rules whose markers this fix resolves. */
	public final Set<String> rules;

	LicenceFix(Set<String> rules) {
		this.rules = rules;
	}

	public String label() {
		return switch (this) {
		case LICENCE_LINK -> Messages.Fix_licenceLink;
		case LICENCE_VERSION -> Messages.Fix_licenceVersion;
		case MODIFICATION_NOTICE -> Messages.Fix_modificationNotice;
		case CREATOR -> Messages.Fix_creator;
		case EXCLUDE_THIRD_PARTY -> Messages.Fix_excludeThirdParty;
		case INSERT_CREDIT -> Messages.Fix_insertCredit;
		};
	}

	public String description() {
		return switch (this) {
		case LICENCE_LINK -> Messages.Fix_licenceLink_description;
		case LICENCE_VERSION -> Messages.Fix_licenceVersion_description;
		case MODIFICATION_NOTICE -> Messages.Fix_modificationNotice_description;
		case CREATOR -> Messages.Fix_creator_description;
		case EXCLUDE_THIRD_PARTY -> Messages.Fix_excludeThirdParty_description;
		case INSERT_CREDIT -> Messages.Fix_insertCredit_description;
		};
	}

	/**
	 * The new record of {@code ref}.
	 *
	 * @param input what the analyst entered (the version, the notice, the creator's name), or null
	 * @param markers the markers being fixed on this article
	 */
	public AttributionRecord apply(ArticleRef ref, AttributionRecord record, @Nullable String input, @Nullable List<IMarker> markers)
			throws IOException, CoreException {
		switch (this) {
		case LICENCE_LINK: {
			LicenceId licence = licence(ref, record);
			String url = licence == null ? null : licence.url();
			return url == null ? record : record.withLicenceLink(url);
		}
		case LICENCE_VERSION: {
			LicenceId stated = licence(ref, record);
			if (stated == null || input == null) {
				return record;
			}
			LicenceId chosen = new LicenceId(stated.family(), input, stated.port());
			AttributionRecord changed = record.withLicence(chosen.id());
			return record.licenceLink() == null ? changed : changed.withLicenceLink(chosen.url());
		}
		case MODIFICATION_NOTICE:
			return record.withModificationNotice(input != null ? input : defaultNotice(analysis(ref, record)));
		case CREATOR:
			return input == null ? record : record.withCreator(input);
		case EXCLUDE_THIRD_PARTY: {
			AttributionRecord changed = record;
			for (IMarker marker : markers) {
				String credit = marker.getAttribute(LicenceMarkers.EVIDENCE_TEXT, ""); //$NON-NLS-1$
				if (!credit.isBlank()) {
					changed = changed.withExcluded(credit);
				}
			}
			return changed;
		}
		case INSERT_CREDIT: {
			ArticleLicenceChecks.Checked checked = ArticleLicenceChecks.check(ref.project(), ref.id());
			LicenceReport report = checked.report();
			SuggestedAttribution credit = report.attribution();
			List<String> covers = new ArrayList<>();
			DetectedLicence licence = report.analysis().licence();
			if (licence != null && !licence.licence().needsPermission() && credit.html().contains("rel=\"license\"")) { //$NON-NLS-1$
				covers.add("licence-link-missing"); //$NON-NLS-1$
			}
			if (report.analysis().translation().detected() || report.analysis().elements().modificationNotice() != null) {
				covers.add("modification-notice-missing"); //$NON-NLS-1$
			}
			if (!report.analysis().thirdParty().isEmpty()) {
				covers.add(AttributedCheck.THIRD_PARTY_RULE);
			}
			return record.withCredit(new AttributionRecord.Credit(credit.text(), credit.html(), credit.markdown(), covers));
		}
		default:
			return record;
		}
	}

	static LicenceAnalysis analysis(ArticleRef ref, AttributionRecord record) throws IOException, CoreException {
		Article article = CorpusProjects.corpus(ref.project()).get(ref.id()).orElseThrow(() -> new IOException("no article " + ref.id())); //$NON-NLS-1$
		return ArticleLicenceChecks.checker(ref.project()).analyse(article, record); // the project's own rules and policy
	}

	private static @Nullable LicenceId licence(ArticleRef ref, AttributionRecord record) throws IOException, CoreException {
		String recorded = record.licence();
		LicenceId confirmed = recorded == null ? null : LicenceId.parse(recorded);
		if (confirmed != null) {
			return confirmed;
		}
		DetectedLicence detected = analysis(ref, record).licence();
		return detected == null ? null : detected.licence();
	}

	/** "Arabic translation of the Italian original", "Modified from the original". */
	public static String defaultNotice(LicenceAnalysis analysis) {
		Translation translation = analysis.translation();
		if (!translation.detected()) {
			return Messages.Fix_notice_modified;
		}
		String target = Locale.forLanguageTag(translation.textLanguage()).getDisplayLanguage(Locale.ENGLISH);
		String source = translation.sourceLanguage();
		if (source == null) {
			return NLS.bind(Messages.Fix_notice_translationUnknownSource, target);
		}
		return NLS.bind(Messages.Fix_notice_translation, target, Locale.forLanguageTag(source).getDisplayLanguage(Locale.ENGLISH));
	}
}
