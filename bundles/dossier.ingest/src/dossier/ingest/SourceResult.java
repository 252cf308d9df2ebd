// SPDX-License-Identifier: EPL-2.0
package dossier.ingest;

import java.util.List;

import dossier.core.store.PutResult;

/**
 * What became of one source (a file, an archive entry): the articles stored from it and the parts that failed,
 * each failure one line.
 */
public record SourceResult(String source, List<PutResult> stored, List<String> failures) {

	public SourceResult {
		stored = List.copyOf(stored);
		failures = List.copyOf(failures);
	}

	public boolean failed() {
		return !failures.isEmpty();
	}
}
