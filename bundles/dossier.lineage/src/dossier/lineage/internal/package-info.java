// SPDX-License-Identifier: EPL-2.0
/**
 * The parts behind {@link dossier.lineage.LineageIndex}: what is kept of each article ({@link ArticleFeatures}:
 * word-shingle sketches, the language-independent {@link Fingerprints fingerprint}, its addresses and "translated
 * from" statements), the order-preserving {@link Alignment} of two fingerprints, and {@link PairJudge}, which
 * turns what two articles share into a typed, scored link with its evidence. Not API.
 */
@NonNullByDefault
package dossier.lineage.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
