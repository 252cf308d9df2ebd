// SPDX-License-Identifier: EPL-2.0
/**
 * Lineage: which article of a corpus is the original of which other, and how they are related. A
 * {@link dossier.lineage.LineageLink} joins two articles with a {@link dossier.lineage.LinkType} (duplicate,
 * republication, translation, same story), a score and the {@link dossier.lineage.Evidence} that made it, so an
 * analyst can see why and confirm or reject it.
 * <p>
 * {@link dossier.lineage.LineageIndex} links articles incrementally (one new article is compared with its
 * candidates only, never with the whole corpus); {@link dossier.lineage.LineageFile} keeps the links and the
 * analysts' decisions in the corpus's {@code lineage.json} (format in {@code docs/format.md}), and never proposes a
 * rejected link again; {@link dossier.lineage.Lineage} runs both over a {@code dossier.core.store.Corpus}.
 * <p>
 * Plain Java, no machine translation and nothing downloaded: across languages the engine compares
 * language-independent fingerprints (numbers, dates, URLs, handles, Latin-script names, entity ids); see
 * {@code docs/lineage.md}.
 */
@NonNullByDefault
package dossier.lineage;

import org.eclipse.jdt.annotation.NonNullByDefault;
