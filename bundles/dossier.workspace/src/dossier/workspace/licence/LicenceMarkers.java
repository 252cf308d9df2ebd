// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.licence;

import org.eclipse.core.resources.IMarker;

import dossier.licence.Severity;

/**
 * The licence problem marker: a problem marker and a text marker on an article file
 * ({@code articles/<shard>/<id>.json}) for each finding of the licence engine.
 * <p>
 * Offsets: {@link #EVIDENCE_START} / {@link #EVIDENCE_END} index the article's <em>text</em> (UTF-16, as every
 * span in the corpus format), which is what the Entity Editor shows. {@link IMarker#CHAR_START} /
 * {@link IMarker#CHAR_END} and {@link IMarker#LINE_NUMBER} are the same evidence mapped into the article
 * <em>file</em> (inside the JSON string of the line that holds it), so a plain text editor and the Problems view
 * point at the right place too. A finding about something absent (no licence link) has no evidence attributes.
 */
public final class LicenceMarkers {

	/** The marker type. */
	public static final String TYPE = "dossier.workspace.licenceProblem"; //$NON-NLS-1$

	/** The id of the rule that found the problem ({@code licence-link-missing}). */
	public static final String RULE = "dossier.rule"; //$NON-NLS-1$

	/** The legal reference ("CC BY-SA 4.0 §3(a)(1)(C)"). */
	public static final String REFERENCE = "dossier.reference"; //$NON-NLS-1$

	/** The severity as the preferences name it: {@code error}, {@code warning} or {@code info}. */
	public static final String SEVERITY = "dossier.severity"; //$NON-NLS-1$

	/** Start of the evidence in the article's text (UTF-16 index), when the finding has evidence. */
	public static final String EVIDENCE_START = "dossier.evidenceStart"; //$NON-NLS-1$

	/** End (exclusive) of the evidence in the article's text. */
	public static final String EVIDENCE_END = "dossier.evidenceEnd"; //$NON-NLS-1$

	/** The evidence's text as found (a photo credit for {@code third-party-not-covered}). */
	public static final String EVIDENCE_TEXT = "dossier.evidenceText"; //$NON-NLS-1$

	/** The id of the article the marker is about. */
	public static final String ARTICLE_ID = "dossier.articleId"; //$NON-NLS-1$

	/** What the engine suggests doing about it. */
	public static final String FIX = "dossier.fix"; //$NON-NLS-1$

	/** The {@link IMarker#SOURCE_ID} of licence markers. */
	public static final String SOURCE = "dossier.licence"; //$NON-NLS-1$

	private LicenceMarkers() {
	}

	/** The {@link IMarker#SEVERITY} of an engine severity. */
	public static int markerSeverity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case NOTE -> IMarker.SEVERITY_INFO;
		};
	}

	/** The name of an engine severity in the preferences and the {@link #SEVERITY} attribute. */
	public static String name(Severity severity) {
		return switch (severity) {
		case ERROR -> LicencePreferences.ERROR;
		case WARNING -> LicencePreferences.WARNING;
		case NOTE -> LicencePreferences.INFO;
		};
	}
}
