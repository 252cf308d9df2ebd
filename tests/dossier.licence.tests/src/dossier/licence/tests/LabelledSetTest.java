// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dossier.licence.internal.Evaluation;

/**
 * Scores the checker on the labelled set in labelled/ (notices and whole articles in 8 languages, traps
 * included) and prints the table that docs/quality.md carries. The thresholds sit just under today's scores,
 * so a regression fails the build.
 */
class LabelledSetTest {

	private static Path folder() {
		Path here = Path.of("labelled");
		return Files.isDirectory(here) ? here : Path.of("tests/dossier.licence.tests/labelled");
	}

	@Test
	void accuracyOnTheLabelledSet() throws IOException {
		Evaluation evaluation = Evaluation.run(folder());
		System.out.println(evaluation.markdown());
		assertTrue(evaluation.notices.total >= 40, "at least 40 notices");
		assertTrue(evaluation.articleCount >= 10, "at least 10 articles");
		assertTrue(evaluation.languages.size() >= 7, "at least 7 languages");
		assertTrue(evaluation.notices.ratio() >= 0.95, evaluation::markdown);
		assertTrue(evaluation.articleLicences.ratio() >= 0.95, evaluation::markdown);
		assertTrue(evaluation.findingsPrecision() >= 0.9 && evaluation.findingsRecall() >= 0.9, evaluation::markdown);
		for (Evaluation.Score score : evaluation.elements.values()) {
			assertTrue(score.ratio() >= 0.9, evaluation::markdown);
		}
	}
}
