// SPDX-License-Identifier: EPL-2.0
/**
 * The corpus on disk: {@link dossier.core.store.Corpus} stores articles one pretty JSON file each, with their
 * original bytes beside them, in a versioned, git-friendly layout documented in {@code docs/format.md};
 * {@link dossier.core.store.ArticleJson} is the JSON form of an article, also the JSON Lines interchange format.
 */
@NonNullByDefault
package dossier.core.store;

import org.eclipse.jdt.annotation.NonNullByDefault;
