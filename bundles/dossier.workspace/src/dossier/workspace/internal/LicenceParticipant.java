package dossier.workspace.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
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
import dossier.workspace.CorpusBuildContext;
import dossier.workspace.CorpusBuildParticipant;
import dossier.workspace.licence.ArticleLicenceChecks;
import dossier.workspace.licence.AttributedCheck;
import dossier.workspace.licence.AttributionRecord;
import dossier.workspace.licence.AttributionRecords;
import dossier.workspace.licence.LicenceMarkers;
import dossier.workspace.licence.LicencePreferences;

/**
 * The licence build participant (order 50): runs the licence engine, with each article's attribution record
 * applied, over the articles added or changed, and replaces their {@value LicenceMarkers#TYPE} markers. The
 * preferences (outgoing licence, use, severities, enabled rules) are read at the start of every build; a change
 * of preferences takes effect on the next full build, which the preference pages ask for.
 */
public class LicenceParticipant implements CorpusBuildParticipant {

	@Override
	public void build(CorpusBuildContext context, IProgressMonitor monitor) throws CoreException {
		Set<String> ids = context.changed();
		SubMonitor progress = SubMonitor.convert(monitor, ids.size());
		List<RuleDescriptor> available = ArticleLicenceChecks.rules();
		List<String> ruleIds = available.stream().map(RuleDescriptor::id).toList();
		AttributedCheck check = new AttributedCheck(available, LicencePreferences.policy(context.project(), ruleIds));
		Set<String> ignored = LicencePreferences.ignored(context.project(), ruleIds);
		for (String id : ids) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.split(1);
			IFile file = context.articleFile(id);
			if (!file.exists()) {
				continue;
			}
			file.deleteMarkers(LicenceMarkers.TYPE, false, IResource.DEPTH_ZERO);
			try {
				check(context.corpus(), id, file, check, ignored);
			} catch (IOException | RuntimeException e) {
				ILog.of(LicenceParticipant.class).warn(NLS.bind(LicenceMessages.LicenceParticipant_articleFailed, id,
						String.valueOf(e.getMessage()).lines().findFirst().orElse(""))); //$NON-NLS-1$
			}
		}
		if (context.fullBuild() || ArticleLicenceChecks.checkedAt(context.project()) > 0) {
			// Every article has now been checked since it last changed (a full build, or an earlier one plus this delta).
			ArticleLicenceChecks.markChecked(context.project());
		}
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
			ILog.of(LicenceParticipant.class).warn(NLS.bind(LicenceMessages.LicenceParticipant_recordUnreadable, id, e.getMessage()));
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

	@Override
	public void clean(CorpusBuildContext context, IProgressMonitor monitor) throws CoreException {
		context.project().deleteMarkers(LicenceMarkers.TYPE, false, IResource.DEPTH_INFINITE);
		ArticleLicenceChecks.forgetChecked(context.project());
	}
}
