// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dossier.insight.ArticleFacts;
import dossier.insight.ChartSvg;
import dossier.insight.Dimension;
import dossier.insight.FindingFact;
import dossier.insight.Granularity;
import dossier.insight.Insight;
import dossier.insight.Overview;
import dossier.insight.Timeline;
import dossier.licence.Finding;
import dossier.workspace.insight.ProjectInsight;
import dossier.workspace.licence.ArticleLicenceChecks;
import dossier.workspace.licence.LicenceMarkers;

/**
 * The charts the corpus licence report opens with, as inline SVG ({@link ChartSvg}, the Corpus Overview's
 * writer): articles by licence and by licence check, findings by rule, and the articles per month stacked by
 * licence check. The facts are the Overview's ({@link ProjectInsight}: language, publisher, date, the Explorer's
 * licence label), but the licence check and the findings are those of the report's own check, made a moment
 * before, so the charts agree with the tables below them even where the markers are older. Reads the corpus: a
 * job's work.
 */
final class ReportCharts {

	private static final ChartSvg.Words WORDS = new ChartSvg.Words() {
		@Override
		public String title(Dimension dimension) {
			return switch (dimension) {
			case LICENCE -> Messages.Report_chartLicence;
			case LICENCE_CHECK -> Messages.Report_chartLicenceCheck;
			default -> ChartSvg.ENGLISH.title(dimension);
			};
		}

		@Override
		public String key(Dimension dimension, String key) {
			if (dimension != Dimension.LICENCE_CHECK) {
				return key;
			}
			return switch (key) {
			case "CLEAN" -> Messages.Report_chartClean; //$NON-NLS-1$
			case "WARNINGS" -> Messages.Report_chartWarnings; //$NON-NLS-1$
			case "ERRORS" -> Messages.Report_chartErrors; //$NON-NLS-1$
			case "NOT_CHECKED" -> Messages.Report_chartNotChecked; //$NON-NLS-1$
			default -> key;
			};
		}

		@Override
		public String findings() {
			return Messages.Report_chartFindings;
		}

		@Override
		public List<String> findingColumns() {
			return List.of(Messages.Report_rule, Messages.Report_chartErrors, Messages.Report_chartWarnings,
					Messages.Report_chartNotes);
		}

		@Override
		public String timeline(Dimension dimension, Granularity granularity) {
			return NLS.bind(Messages.Report_chartTimeline, Messages.Report_chartMonth);
		}
	};

	private ReportCharts() {
	}

	/** The charts of {@code project}, whose articles the report checked as {@code checked}. */
	static String of(IProject project, List<ArticleLicenceChecks.Checked> checked, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		Insight read = ProjectInsight.read(project, progress.split(8));
		Insight insight = Insight.of(withChecks(read.articles(), checked), read.links());
		Overview overview = insight.overview(false, 0, progress::isCanceled);
		Timeline timeline = insight.timeline(Granularity.MONTH, Dimension.LICENCE_CHECK, false, progress::isCanceled);
		progress.split(2);
		String charts = ChartSvg.charts(overview, WORDS, List.of(Dimension.LICENCE, Dimension.LICENCE_CHECK), true);
		return timeline.buckets().isEmpty() ? charts : charts + ChartSvg.timeline(timeline, WORDS);
	}

	/** The facts with each checked article's verdict and findings replaced by its check's. */
	static List<ArticleFacts> withChecks(List<ArticleFacts> facts, List<ArticleLicenceChecks.Checked> checked) {
		Map<String, ArticleLicenceChecks.Checked> byId = new HashMap<>();
		for (ArticleLicenceChecks.Checked check : checked) {
			byId.put(check.id(), check);
		}
		List<ArticleFacts> fresh = new ArrayList<>(facts.size());
		for (ArticleFacts article : facts) {
			ArticleLicenceChecks.Checked check = byId.get(article.id());
			if (check == null) {
				fresh.add(article); // not checked now (it could not be read): as its markers say
				continue;
			}
			int worst = -1;
			List<FindingFact> findings = new ArrayList<>();
			for (Finding finding : check.report().findings()) {
				worst = Math.max(worst, LicenceMarkers.markerSeverity(finding.severity()));
				findings.add(new FindingFact(finding.rule(), LicenceMarkers.name(finding.severity())));
			}
			fresh.add(article.withLicenceCheck(ArticleLicenceChecks.status(worst, true).name(), findings));
		}
		return fresh;
	}
}
