// SPDX-License-Identifier: EPL-2.0
/**
 * The article model every Dossier engine reads: an {@link dossier.core.model.Article} is one canonical plain
 * text with everything else (blocks, licence statements, credits) pointing into it by character offsets.
 * <p>
 * <b>Offsets</b> are Java {@code String} indices (UTF-16 code units) into {@link dossier.core.model.Article#text()},
 * start inclusive, end exclusive. A character outside the Basic Multilingual Plane (an emoji, say) counts two.
 * SWT's {@code StyledText}, JFace's {@code IDocument} and Lucene's offsets count the same way, so an offset
 * travels unchanged from an importer through the index to the editor. Exporters to formats that count code
 * points (W3C Web Annotation) convert at the edge.
 * <p>
 * The model is plain Java with no Eclipse dependency, so it runs in the workbench, on the command line and in
 * a batch job alike. Instances are immutable.
 */
@NonNullByDefault
package dossier.core.model;

import org.eclipse.jdt.annotation.NonNullByDefault;
