// SPDX-License-Identifier: EPL-2.0
@NonNullByDefault
package dossier.ingest.internal.html;

import org.eclipse.jdt.annotation.NonNullByDefault;
