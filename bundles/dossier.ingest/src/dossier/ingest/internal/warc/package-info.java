// SPDX-License-Identifier: EPL-2.0
@NonNullByDefault
package dossier.ingest.internal.warc;

import org.eclipse.jdt.annotation.NonNullByDefault;
