// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.lineage.Lineage;
import dossier.lineage.LineageIndex;
import dossier.lineage.LineageLink;

/**
 * A first pass with the articles prepared on other threads ({@link Lineage#addAll}) finds exactly the links of adding
 * them one at a time, on the real fixtures (fixtures/ATTRIBUTION.md).
 */
class FirstPassTest {

	private static List<Article> articles() {
		return List.of(Fixtures.firstPostEnglish(), Fixtures.firstPostFrench(), Fixtures.tenYearsFrench(),
				Fixtures.powerOfWeEnglish(), Fixtures.powerOfWeArabic(), Fixtures.olderMessageEnglish(),
				Fixtures.olderMessageSpanish(), Fixtures.newDirectorPortuguese(), Fixtures.arabicSample());
	}

	@Test
	void preparedOnOtherThreadsTheLinksAreThoseOfOneAtATime() {
		LineageIndex one = new LineageIndex();
		Map<String, LineageLink> byPair = new LinkedHashMap<>();
		for (Article article : articles()) {
			one.add(article).applyTo(byPair);
		}
		List<LineageLink> expected = new ArrayList<>(byPair.values());
		assertFalse(expected.isEmpty(), "the fixtures hold translations");
		for (int threads : new int[] { 0, 1, 2, 4 }) {
			LineageIndex index = new LineageIndex();
			assertEquals(expected, Lineage.addAll(index, articles().iterator(), threads), threads + " threads");
			assertEquals(one.comparisons(), index.comparisons());
			assertEquals(one.size(), index.size());
		}
	}

	@Test
	void anExceptionOfTheSourceStopsThePassAndReachesTheCaller() {
		Iterator<Article> failing = new Iterator<>() {
			private final Iterator<Article> articles = articles().iterator();
			private int read;

			@Override
			public boolean hasNext() {
				return articles.hasNext();
			}

			@Override
			public Article next() {
				if (++read == 4) {
					throw new CancellationException("cancelled by the user");
				}
				return articles.next();
			}
		};
		assertThrows(CancellationException.class, () -> Lineage.addAll(new LineageIndex(), failing, 2));
	}
}
