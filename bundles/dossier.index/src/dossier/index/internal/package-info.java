// SPDX-License-Identifier: EPL-2.0
/**
 * The index's analysis chains, document layout and query parser, and the parts behind the
 * {@link dossier.index.CorpusIndex} facade: opening, recovering and closing ({@link IndexLifecycle}, with the
 * locks every use takes), the writer side ({@link BatchWriter}), searching ({@link Searches}) and listings
 * ({@link Listings}). Not API.
 */
@NonNullByDefault
package dossier.index.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
