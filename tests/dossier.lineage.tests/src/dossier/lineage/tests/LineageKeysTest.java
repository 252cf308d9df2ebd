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

	/** The share of {@code a}'s distinct keys found in {@code b}. */
	private static double shared(List<String> a, List<String> b) {
		List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(a));
		return distinct.stream().filter(b::contains).count() / (double) distinct.size();
	}
}
