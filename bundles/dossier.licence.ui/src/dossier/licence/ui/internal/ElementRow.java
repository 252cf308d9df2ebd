// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import dossier.licence.AttributionElements;
import dossier.licence.DetectedLicence;
import dossier.licence.Evidence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.ThirdPartyItem;
import dossier.workspace.licence.AttributionRecord;

/**
 * One line of the Attribution view's element table: a TASL (or 3(a)(1)) element, whether it was found in the
 * article, supplied by the analyst's record, or is missing, and its value.
 */
public record ElementRow(String element, Status status, String value) {

	public enum Status {
		FOUND, RECORDED, MISSING, EXCLUDED, NOT_COVERED
	}

	public String statusLabel() {
		return switch (status) {
		case FOUND -> Messages.Element_found;
		case RECORDED -> Messages.Element_recorded;
		case MISSING -> Messages.Element_missing;
		case EXCLUDED -> Messages.Element_excluded;
		case NOT_COVERED -> Messages.Element_notCovered;
		};
	}

	/** The rows of an (overlaid) analysis, telling the record's contributions apart from what the source states. */
	public static List<ElementRow> of(LicenceAnalysis analysis, AttributionRecord record) {
		List<ElementRow> rows = new ArrayList<>();
		AttributionElements e = analysis.elements();
		rows.add(row(Messages.Element_title, e.title(), false));
		if (e.authors().isEmpty()) {
			rows.add(new ElementRow(Messages.Element_creator, Status.MISSING, "")); //$NON-NLS-1$
		}
		for (Evidence author : e.authors()) {
			rows.add(row(Messages.Element_creator, author, record.creators().contains(author.text())));
		}
		rows.add(row(Messages.Element_publisher, e.publisher(), false));
		rows.add(row(Messages.Element_source, e.sourceUrl(), false));
		DetectedLicence licence = analysis.licence();
		if (licence == null) {
			rows.add(new ElementRow(Messages.Element_licence, Status.MISSING, "")); //$NON-NLS-1$
		} else {
			rows.add(new ElementRow(Messages.Element_licence, record.licence() != null ? Status.RECORDED : Status.FOUND,
					licence.licence().id() + (licence.versionStated() ? "" : " — " + Messages.Element_versionNotStated) //$NON-NLS-1$ //$NON-NLS-2$
							+ "  «" + licence.evidence().text() + "»")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		rows.add(row(Messages.Element_licenceLink, e.licenceLink(), record.licenceLink() != null));
		rows.add(row(Messages.Element_copyright, e.copyrightNotice(), false));
		rows.add(row(Messages.Element_modification, e.modificationNotice(), record.modificationNotice() != null));
		if (analysis.translation().detected()) {
			rows.add(new ElementRow(Messages.Element_translation, Status.FOUND, analysis.translation().sourceLanguage() + " → " //$NON-NLS-1$
					+ analysis.translation().textLanguage()));
		}
		for (ThirdPartyItem item : analysis.thirdParty()) {
			boolean excluded = record.excluded().contains(item.credit().text().strip());
			rows.add(new ElementRow(Messages.Element_thirdParty, excluded ? Status.EXCLUDED : Status.NOT_COVERED, item.credit().text()));
		}
		if (record.credit() != null) {
			rows.add(new ElementRow(Messages.Element_credit, Status.RECORDED, record.credit().text()));
		}
		return rows;
	}

	private static ElementRow row(String element, @Nullable Evidence evidence, boolean recorded) {
		if (evidence == null) {
			return new ElementRow(element, Status.MISSING, ""); //$NON-NLS-1$
		}
		return new ElementRow(element, recorded ? Status.RECORDED : Status.FOUND, evidence.text());
	}
}
