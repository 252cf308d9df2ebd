// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.lineage.LineageKeys;

/** The plain keys a cluster job compares: a real translation shares its fingerprint, a republication its bands. */
class LineageKeysTest {

	@Test
	void aRealTranslationSharesMoreFingerprintKeysThanTheSameStoryWrittenAgain() {
		List<String> english = LineageKeys.of(Fixtures.firstPostEnglish(), List.of()).fingerprint();
		List<String> french = LineageKeys.of(Fixtures.firstPostFrench(), List.of()).fingerprint();
		List<String> otherStory = LineageKeys.of(Fixtures.tenYearsFrench(), List.of()).fingerprint();
		assertFalse(english.isEmpty());
		double translation = shared(english, french);
		double sameStory = shared(english, otherStory);
		assertTrue(translation > 0.5 && translation > 2 * sameStory, translation + " vs " + sameStory);
	}

	@Test
	void entityIdsJoinTheFingerprintAndARepublicationSharesItsBands() {
		Article english = Fixtures.firstPostEnglish();
		LineageKeys keys = LineageKeys.of(english, List.of("country:IT", "Q7747"));
		assertTrue(keys.fingerprint().containsAll(List.of("e:country:IT", "e:Q7747")), keys.fingerprint().toString());
		Article republished = english.toBuilder().id("republished").sourceUrl("https://elsewhere.example/copy").publisher("Elsewhere").build();
		LineageKeys copy = LineageKeys.of(republished, List.of());
		assertFalse(keys.bands().isEmpty());
		assertEquals(keys.bands(), copy.bands());
		assertFalse(Collections.disjoint(keys.bands(), copy.bands()));
		assertTrue(Collections.disjoint(keys.bands(), LineageKeys.of(Fixtures.tenYearsFrench(), List.of()).bands()));
	}

	@Test
	void aTeaserSharesItsArticlesAnchorsThoughNoBand() {
		// a site carrying the first paragraph and "read more": too little of the whole for the bands, most of the
		// beginning's anchors — the keys a cluster job joins on to compare the two, as LineageIndex does
		Article article = Fixtures.firstPostEnglish();
		String text = article.text();
		int cut = text.indexOf("\n\n", text.length() / 6);
		Article teaser = Article.builder(text.substring(0, cut > 0 ? cut : text.length() / 6) + "\n\nRead more")
				.id("teaser").language("en").publisher("A link blog").build();
		LineageKeys whole = LineageKeys.of(article, List.of());
		LineageKeys part = LineageKeys.of(teaser, List.of());
		assertTrue(whole.anchors().size() >= 8, whole.anchors().toString());
		long shared = part.anchors().stream().filter(whole.anchors()::contains).count();
		assertTrue(shared >= 2 && shared * 2 >= Math.min(part.anchors().size(), whole.anchors().size()),
				shared + " of the teaser's " + part.anchors().size() + " anchors in the article's " + whole.anchors().size());
		assertTrue(Collections.disjoint(whole.bands(), part.bands()), "no band: the bands alone would never compare them");
		assertTrue(Collections.disjoint(whole.anchors(), LineageKeys.of(Fixtures.tenYearsFrench(), List.of()).anchors()),
				"another story shares none");
	}

	/** The share of {@code a}'s distinct keys found in {@code b}. */
	private static double shared(List<String> a, List<String> b) {
		List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(a));
		return distinct.stream().filter(b::contains).count() / (double) distinct.size();
	}
}
