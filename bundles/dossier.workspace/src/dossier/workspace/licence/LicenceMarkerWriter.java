// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.licence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dossier.core.model.Article;
import dossier.core.model.TextSpan;
import dossier.core.store.Corpus;
import dossier.licence.Finding;
import dossier.licence.LicenceReport;
import dossier.licence.RuleDescriptor;
import dossier.workspace.CorpusProjects;

/**
 * Writes the licence markers of a corpus project: checks articles with the project's rules and preferences
 * (outgoing licence, use, severities, enabled rules, read at every call) and each article's attribution record,
 * and replaces their {@value LicenceMarkers#TYPE} markers. The one place markers are written: the licence build
 * participant calls it for the articles a build changed, <i>Check Licence</i> for the articles chosen. Modifies
 * markers: callers hold a scheduling rule that covers the project (a build, a workspace job).
 */
public final class LicenceMarkerWriter {

	private LicenceMarkerWriter() {
	}

	/**
	 * Checks the articles {@code ids} of {@code project} and replaces their markers. An article that cannot be
	 * checked loses its markers and is logged; the others go on.
	 *
	 * @param wholeProject whether {@code ids} are all the project's articles (a full build), so that the project
	 *        counts as checked ({@link ArticleLicenceChecks#checkedAt(IProject)})
	 */
	public static void check(IProject project, Collection<String> ids, boolean wholeProject, IProgressMonitor monitor)
			throws CoreException {
		Corpus corpus = CorpusProjects.corpus(project);
		SubMonitor progress = SubMonitor.convert(monitor, ids.size());
		List<RuleDescriptor> available = ArticleLicenceChecks.rules();
		List<String> ruleIds = available.stream().map(RuleDescriptor::id).toList();
		AttributedCheck check = new AttributedCheck(available, LicencePreferences.policy(project, ruleIds));
		Set<String> ignored = LicencePreferences.ignored(project, ruleIds);
		for (String id : ids) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.split(1);
			IFile file = CorpusProjects.articleFile(project, id);
			if (!file.exists()) {
				continue;
			}
			file.deleteMarkers(LicenceMarkers.TYPE, false, IResource.DEPTH_ZERO);
			try {
				check(corpus, id, file, check, ignored);
			} catch (IOException | RuntimeException e) {
				ILog.of(LicenceMarkerWriter.class).warn(NLS.bind(LicenceMessages.LicenceParticipant_articleFailed, id,
						String.valueOf(e.getMessage()).lines().findFirst().orElse(""))); //$NON-NLS-1$
			}
		}
		if (wholeProject || ArticleLicenceChecks.checkedAt(project) > 0) {
			// Every article has now been checked since it last changed (a full build, or an earlier one plus these).
			ArticleLicenceChecks.markChecked(project);
		}
	}

	/** Deletes every licence marker of {@code project}, which then counts as not checked. */
	public static void clean(IProject project) throws CoreException {
		project.deleteMarkers(LicenceMarkers.TYPE, false, IResource.DEPTH_INFINITE);
		ArticleLicenceChecks.forgetChecked(project);
	}

	private static void check(Corpus corpus, String id, IFile file, AttributedCheck check, Set<String> ignored)
			throws IOException, CoreException {
		Optional<Article> found = corpus.get(id);
		if (found.isEmpty()) {
			return;
		}
		Article article = found.get();
		AttributionRecord record;
		try {
			record = AttributionRecords.read(corpus, id);
		} catch (IllegalArgumentException e) {
			record = AttributionRecord.EMPTY;
			ILog.of(LicenceMarkerWriter.class).warn(NLS.bind(LicenceMessages.LicenceParticipant_recordUnreadable, id, e.getMessage()));
		}
		LicenceReport report = check.check(article, record);
		JsonTextLocator locator = null;
		for (Finding finding : report.findings()) {
			if (ignored.contains(finding.rule())) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, finding.message());
			attributes.put(IMarker.SEVERITY, LicenceMarkers.markerSeverity(finding.severity()));
			attributes.put(IMarker.SOURCE_ID, LicenceMarkers.SOURCE);
			attributes.put(LicenceMarkers.RULE, finding.rule());
			attributes.put(LicenceMarkers.REFERENCE, finding.reference());
			attributes.put(LicenceMarkers.SEVERITY, LicenceMarkers.name(finding.severity()));
			attributes.put(LicenceMarkers.ARTICLE_ID, id);
			if (finding.fix() != null && !finding.fix().isBlank()) {
				attributes.put(LicenceMarkers.FIX, finding.fix());
			}
			if (!finding.evidence().isEmpty()) {
				TextSpan span = finding.evidence().get(0);
				attributes.put(LicenceMarkers.EVIDENCE_START, span.start());
				attributes.put(LicenceMarkers.EVIDENCE_END, span.end());
				if (span.end() <= article.text().length()) {
					attributes.put(LicenceMarkers.EVIDENCE_TEXT, article.textOf(span));
				}
				if (locator == null) {
					locator = new JsonTextLocator(Files.readString(corpus.articleFile(id), StandardCharsets.UTF_8), article.text());
				}
				int start = locator.fileOffset(span.start());
				int end = locator.fileOffset(span.end());
				if (start >= 0 && end >= start) {
					attributes.put(IMarker.CHAR_START, start);
					attributes.put(IMarker.CHAR_END, end);
					attributes.put(IMarker.LINE_NUMBER, locator.fileLine(start));
				}
			} else {
				attributes.put(IMarker.LOCATION, finding.reference());
			}
			file.createMarker(LicenceMarkers.TYPE, attributes);
		}
	}
}
