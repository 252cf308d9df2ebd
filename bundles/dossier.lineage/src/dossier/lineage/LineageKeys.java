// SPDX-License-Identifier: EPL-2.0
package dossier.lineage;

import java.util.ArrayList;
import java.util.List;

import dossier.core.model.Article;
import dossier.lineage.internal.ArticleFeatures;
import dossier.lineage.internal.FingerprintToken;

/**
 * What the lineage engine compares, as plain values, for a job that finds copies and translations in a corpus too
 * big for one machine (the Spark job writes them beside each article): the keys of the article's
 * language-independent fingerprint — numbers, dates, addresses, handles, Latin-script names and the ids of the
 * entities linked in it ({@code n:1500}, {@code d:2024-06-19}, {@code u:lifegate.it/…}, {@code w:zuckerman},
 * {@code e:country:IT}), in text order, which a translation shares with its original — and the locality-sensitive
 * hash band keys of its text's shingles, one of which a same-language copy shares with high probability — and the
 * anchors of its text's beginning, most of which a teaser or an excerpt of it shares though it shares no band (two
 * texts sharing two anchors and half of the fewer's are compared, as {@link LineageIndex} does).
 *
 * @param fingerprint the fingerprint's keys, in text order, at most 1,500
 * @param bands the shingles' band keys; empty for an article without words
 * @param anchors the anchor shingles' hashes (about 32, from the text's first 512 shingles); empty for an article
 *            without words
 */
public record LineageKeys(List<String> fingerprint, List<Long> bands, List<Long> anchors) {

	public LineageKeys {
		fingerprint = List.copyOf(fingerprint);
		bands = List.copyOf(bands);
		anchors = List.copyOf(anchors);
	}

	/** The keys of {@code article}, with the ids of the entities linked in it in text order (may be empty). */
	public static LineageKeys of(Article article, List<String> entityIds) {
		ArticleFeatures features = ArticleFeatures.of(article, entityIds);
		List<String> fingerprint = new ArrayList<>(features.fingerprint.size());
		for (FingerprintToken token : features.fingerprint) {
			fingerprint.add(token.key());
		}
		List<Long> bands = new ArrayList<>();
		List<Long> anchors = new ArrayList<>();
		if (features.hasText()) {
			for (long band : features.bands()) {
				bands.add(band);
			}
			for (long anchor : features.anchors()) {
				anchors.add(anchor);
			}
		}
		return new LineageKeys(fingerprint, bands, anchors);
	}
}
