// SPDX-License-Identifier: EPL-2.0
@NonNullByDefault
package dossier.ingest.internal.jsonl;

import org.eclipse.jdt.annotation.NonNullByDefault;
