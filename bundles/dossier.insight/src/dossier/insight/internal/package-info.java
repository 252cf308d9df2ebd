// SPDX-License-Identifier: EPL-2.0
/** Implementation of the insight engine: stories by union-find, entity interning. Not API. */
@NonNullByDefault
package dossier.insight.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
