// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import dossier.core.model.Article;
import dossier.insight.ui.InsightUi;
import dossier.insight.ui.internal.NetworkLayout.Disc;
import dossier.tests.common.Workbench;

/**
 * The README's screenshot of the Entity network view on the 102 real articles of the entity evaluation set (seven
 * languages, 29 publishers; their attributions in benchmarks/quality/entities/), their entities recognised as the
 * product recognises them, the pointer over the most mentioned entity. Runs only when DOSSIER_SCREENSHOTS names the folder:
 * <pre>
 * DOSSIER_SCREENSHOTS=$PWD/docs/images DISPLAY=:99 ./mvnw -o verify -pl tests/dossier.insight.ui.tests,features/dossier.feature,features/dossier.runtime.feature -am \
 *     -Dtest=NetworkScreenshotTest -DfailIfNoTests=false
 * </pre>
 * (Beside {@code InsightScreenshotsTest}, whose helpers it repeats, so that either can change on its own.)
 */
@EnabledIfEnvironmentVariable(named = "DOSSIER_SCREENSHOTS", matches = ".+")
class NetworkScreenshotTest {

	@Test
	void network() throws Exception {
		Path folder = Path.of(System.getenv("DOSSIER_SCREENSHOTS"));
		IProject project = realArticles();
		IWorkbenchPage page = Workbench.page();
		NetworkView network = (NetworkView) page.showView(InsightUi.VIEW_NETWORK);
		network.corpora().choose(project);
		network.recompute();
		page.setPartState(page.getReference(network), IWorkbenchPage.STATE_MAXIMIZED);
		InsightFixture.settle("the network", () -> network.shown() != null && network.shown().stories() > 90);
		Workbench.processEvents();
		NetworkLayout layout = network.canvas().layout();
		Disc biggest = layout.discs().get(0);
		InsightFixture.mouse(network.canvas().control(), SWT.MouseMove, biggest.x(), biggest.y());
		Workbench.saveScreenshot(folder.resolve("network.png"));
		page.setPartState(page.getReference(network), IWorkbenchPage.STATE_RESTORED);
		page.hideView(network);
		project.delete(true, true, new NullProgressMonitor());
		assertTrue(Files.size(folder.resolve("network.png")) > 10_000);
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
		return InsightFixture.corpus("Real news network ", articles, new String[articles.size()]);
	}

}
