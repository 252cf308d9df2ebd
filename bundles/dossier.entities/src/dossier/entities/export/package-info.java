// SPDX-License-Identifier: EPL-2.0
/**
 * Exchange formats of mentions: W3C Web Annotation (export and import; positions converted to code points), brat
 * standoff (export and import; code points), CoNLL-2003 BIO (export, and a reader for round trips), CSV of entities
 * with counts, and the JSON report of {@code dossier entities}.
 */
@NonNullByDefault
package dossier.entities.export;

import org.eclipse.jdt.annotation.NonNullByDefault;
