// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.insight.Dimension;
import dossier.insight.Granularity;
import dossier.insight.ui.InsightUi;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;
import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectEntities;
import dossier.workspace.lineage.ProjectLinking;

/**
 * The README's screenshots of the Timeline and the Corpus Overview, taken from a running workbench on a small
 * corpus of English, Arabic, French and Italian articles over six months. Runs only when DOSSIER_SCREENSHOTS names
 * the folder to write them to:
 * <pre>
 * DOSSIER_SCREENSHOTS=$PWD/docs/images DISPLAY=:99 ./mvnw -o verify -pl tests/dossier.insight.ui.tests,features/dossier.feature,features/dossier.runtime.feature -am \
 *     -Dtest=InsightScreenshotsTest -DfailIfNoTests=false
 * </pre>
 */
@EnabledIfEnvironmentVariable(named = "DOSSIER_SCREENSHOTS", matches = ".+")
class InsightScreenshotsTest {

	private static final String[][] STORIES = {
			{ "en", "Reuters", "Putin meets Erdogan in Ankara", "Vladimir Putin met Recep Tayyip Erdogan in Ankara to discuss grain exports through the Black Sea." },
			{ "ar", "الجزيرة", "بوتين يلتقي أردوغان في أنقرة", "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في أنقرة لبحث صادرات الحبوب." },
			{ "fr", "Le Monde", "Poutine rencontre Erdogan à Ankara", "Vladimir Poutine a rencontré Recep Tayyip Erdogan à Ankara pour discuter des exportations de céréales." },
			{ "it", "ANSA", "Putin incontra Erdogan ad Ankara", "Vladimir Putin ha incontrato Recep Tayyip Erdogan ad Ankara per discutere delle esportazioni di grano." },
			{ "en", "AP", "United Nations warns on Gaza", "The United Nations warned in Geneva that aid to Gaza had fallen sharply since March." },
			{ "ar", "العربي الجديد", "الأمم المتحدة تحذر بشأن غزة", "حذرت الأمم المتحدة في جنيف من تراجع المساعدات إلى غزة منذ مارس." } };

	@Test
	void timelineAndOverview() throws Exception {
		Path folder = Path.of(System.getenv("DOSSIER_SCREENSHOTS"));
		IProject project = corpus();
		IWorkbenchPage page = Workbench.page();

		TimelineView timeline = (TimelineView) page.showView(InsightUi.VIEW_TIMELINE);
		timeline.corpora().choose(project);
		timeline.choose(Granularity.WEEK, Dimension.LANGUAGE, false);
		page.setPartState(page.getReference(timeline), IWorkbenchPage.STATE_MAXIMIZED);
		InsightFixture.settle("the timeline", () -> timeline.chart().timeline() != null
				&& timeline.chart().timeline().granularity() == Granularity.WEEK && timeline.chart().timeline().dated() > 30);
		Rectangle bar = timeline.chart().layout().bar(5);
		InsightFixture.mouse(timeline.chart().control(), SWT.MouseMove, bar.x + bar.width / 2, bar.y + bar.height - 2);
		Workbench.saveScreenshot(folder.resolve("timeline.png"));
		page.setPartState(page.getReference(timeline), IWorkbenchPage.STATE_RESTORED);

		OverviewView overview = (OverviewView) page.showView(InsightUi.VIEW_OVERVIEW);
		overview.corpora().choose(project);
		overview.recompute();
		page.setPartState(page.getReference(overview), IWorkbenchPage.STATE_MAXIMIZED);
		InsightFixture.settle("the overview", () -> overview.shown() != null && overview.shown().articles() > 30);
		Workbench.saveScreenshot(folder.resolve("overview.png"));
		page.setPartState(page.getReference(overview), IWorkbenchPage.STATE_RESTORED);
		hide(page, timeline);
		hide(page, overview);
		project.delete(true, true, new NullProgressMonitor());
		assertTrue(Files.size(folder.resolve("overview.png")) > 10_000);
	}

	/**
	 * The Map of the 102 real articles of the entity evaluation set (seven languages, 29 publishers; their
	 * attributions in benchmarks/quality/entities/), their places recognised as the product recognises them.
	 */
	@Test
	void map() throws Exception {
		Path folder = Path.of(System.getenv("DOSSIER_SCREENSHOTS"));
		IProject project = realArticles();
		IWorkbenchPage page = Workbench.page();
		MapView map = (MapView) page.showView(InsightUi.VIEW_MAP);
		map.corpora().choose(project);
		map.recompute();
		page.setPartState(page.getReference(map), IWorkbenchPage.STATE_MAXIMIZED);
		InsightFixture.settle("the map", () -> map.shown() != null && map.shown().stories() > 90);
		Workbench.processEvents();
		MapLayout layout = map.canvas().layout();
		MapLayout.Dot biggest = layout.dots().get(0);
		InsightFixture.mouse(map.canvas().control(), SWT.MouseMove, biggest.x(), biggest.y());
		Workbench.saveScreenshot(folder.resolve("map.png"));
		page.setPartState(page.getReference(map), IWorkbenchPage.STATE_RESTORED);
		hide(page, map);
		project.delete(true, true, new NullProgressMonitor());
		assertTrue(Files.size(folder.resolve("map.png")) > 10_000);
	}

	private static IProject realArticles() throws Exception {
		List<Article> articles = new ArrayList<>();
		try (var files = Files.walk(Path.of("../../benchmarks/quality/entities"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
				String text = Files.readString(file);
				String language = file.getParent().getFileName().toString();
				String title = text.lines().findFirst().orElse(file.getFileName().toString()).strip();
				articles.add(Article.builder(text).title(title).language(language)
						.sourceUrl("https://example.org/real/" + file.getFileName()).build());
			}
		}
		return InsightFixture.corpus("Real news ", articles, new String[articles.size()]);
	}

	private static void hide(IWorkbenchPage page, IViewPart view) {
		page.hideView(view);
	}

	/** Six stories told in up to four languages, most weeks from March to August 2024, one translation linked. */
	private static IProject corpus() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Grain talks");
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
		project = CorpusProjects.create("Grain talks", null, new NullProgressMonitor());
		Corpus corpus = CorpusProjects.corpus(project);
		List<String> ids = new ArrayList<>();
		java.time.LocalDate day = java.time.LocalDate.of(2024, 3, 4);
		for (int i = 0; i < 40; i++) {
			String[] story = STORIES[(i * 7 + i / 3) % STORIES.length];
			day = day.plusDays(1 + (i * 5) % 6);
			String text = story[3] + " Report " + (i + 1) + " of the series, filed on " + day + '.';
			Article article = Article.builder(story[2] + "\n\n" + text).title(story[2]).publisher(story[1]).language(story[0])
					.published(day.toString()).sourceUrl("https://example.org/grain/" + i).build();
			ids.add(corpus.put(article, null).id());
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		ProjectEntities.join(null);
		ProjectLinking.join(null); // the build links the corpus itself; the translation below is stored after it
		LineageFile lineage = LineageFile.read(corpus.folder());
		lineage.replaceSuggestions(List.of(new LineageLink(ids.get(0), ids.get(1), LinkType.TRANSLATION, 0.9, true,
				List.of(), LinkStatus.SUGGESTED)));
		lineage.write();
		project.getFile(LineageFile.FILE_NAME).refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
		return project;
	}
}
