// SPDX-License-Identifier: EPL-2.0
/**
 * Takes the README's screenshots in a copy of the built product (docs/images/take), when the system property
 * {@code dossier.screenshots} names the folder to write them to. Never in the product. Not API.
 */
@NonNullByDefault
package dossier.screenshots.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
