// SPDX-License-Identifier: EPL-2.0
/**
 * The reports of {@code dossier check}: JSON (a stable contract, docs/licence-json.md), SARIF 2.1.0, Markdown and
 * compiler-style text. Offsets are the article text's String indices; SARIF regions add 1-based lines and
 * columns counted in UTF-16 code units ({@code columnKind: utf16CodeUnits}).
 */
@NonNullByDefault
package dossier.licence.report;

import org.eclipse.jdt.annotation.NonNullByDefault;
