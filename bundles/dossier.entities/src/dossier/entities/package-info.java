// SPDX-License-Identifier: EPL-2.0
/**
 * The entity engine (headless, plain Java): the model ({@link dossier.entities.Entity},
 * {@link dossier.entities.Mention}, {@link dossier.entities.EntityType}, {@link dossier.entities.Catalogue}), matching
 * normalisation with offsets into the original text ({@link dossier.entities.TextNormalizer}), the recogniser chain
 * ({@link dossier.entities.EntityEngine}) and the {@code dossier.recognizers} extension point's contract
 * ({@link dossier.entities.Recognizer}). Mention offsets are Java String (UTF-16) indices into
 * {@code Article.text()}, like every offset in {@code dossier.core.model}.
 */
@NonNullByDefault
package dossier.entities;

import org.eclipse.jdt.annotation.NonNullByDefault;
