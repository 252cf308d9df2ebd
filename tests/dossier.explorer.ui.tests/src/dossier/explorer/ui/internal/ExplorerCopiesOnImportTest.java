// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.store.ArticleJson;
import dossier.ingest.IngestOptions;
import dossier.tests.common.Workbench;
import dossier.workspace.ProjectImports;
import dossier.workspace.lineage.ProjectLinking;

/**
 * The Copies column right after an import, nobody having run {@code dossier lineage}: a real Global Voices story in
 * English and its Arabic translation (fixtures/ATTRIBUTION.md), imported as the Explorer's import does; the build links
 * them and the original counts one copy.
 */
class ExplorerCopiesOnImportTest {

	private static final String ENGLISH_TITLE = "Syria: ‘Friday of Dignity’ Protests Erupt Countrywide";

	@Test
	void anImportedTranslationIsCountedUnderItsOriginal() throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerCopiesOnImport");
		Article english = Article.builder(text("gv-syria-dignity-en.txt")).title(ENGLISH_TITLE).language("en")
				.publisher("Global Voices")
				.sourceUrl("https://globalvoices.org/2011/03/25/syria-friday-of-dignity-protests-erupt-countrywide/")
				.published("2011-03-25").build();
		String arabicText = text("gv-syria-dignity-ar.txt");
		String arabicTitle = arabicText.lines().findFirst().orElseThrow(); // the retrieved copy has no headline
		Article arabic = Article.builder(arabicText).title(arabicTitle).language("ar")
				.publisher("Global Voices بالعربية").sourceUrl("https://ar.globalvoices.org/2011/03/26/10103/")
				.published("2011-03-26").build();
		Path input = Files.createTempFile("dossier-copies", ".jsonl");
		Files.writeString(input, ArticleJson.toJsonLine(english) + "\n" + ArticleJson.toJsonLine(arabic) + "\n");
		try {
			assertEquals(List.of(), ProjectImports.importInto(project, List.of(input), IngestOptions.defaults(),
					new NullProgressMonitor()).failures());
		} finally {
			Files.delete(input);
		}
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		ProjectLinking.join(null);

		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		ExplorerFixture.waitForRows(view, project, 2);
		Workbench.waitUntil("the English original counts its Arabic translation", () -> {
			ExplorerFixture.settle(view, project);
			return "1".equals(copiesOf(view, ENGLISH_TITLE));
		});
		assertEquals("0", copiesOf(view, arabicTitle), "the translation has no copy of its own");
		assertTrue(project.getFile("lineage.json").exists(), "the links are stored with the corpus");
	}

	private static String copiesOf(ExplorerView view, String title) {
		try {
			for (Object row : ExplorerFixture.rows(view)) {
				if (row instanceof ArticleRef ref && ref.summary().title().equals(title)) {
					return Column.COPIES.text(ref);
				}
			}
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return "no row " + title;
	}

	private static String text(String name) throws IOException {
		try (InputStream in = ExplorerCopiesOnImportTest.class.getResourceAsStream("/fixtures/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
