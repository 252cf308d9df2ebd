// SPDX-License-Identifier: EPL-2.0
package dossier.ingest;

import java.util.List;

import dossier.core.store.PutResult;

/** The outcome of {@link Ingest#run}: one {@link SourceResult} per source, in the order read. */
public record IngestSummary(List<SourceResult> results, boolean cancelled) {

	public IngestSummary {
		results = List.copyOf(results);
	}

	public long count(PutResult.Kind kind) {
		return results.stream().flatMap(r -> r.stored().stream()).filter(p -> p.kind() == kind).count();
	}

	public long imported() {
		return count(PutResult.Kind.NEW);
	}

	public long updated() {
		return count(PutResult.Kind.UPDATED);
	}

	public long duplicates() {
		return count(PutResult.Kind.DUPLICATE);
	}

	/** Every failure as {@code source: reason}, one line each. */
	public List<String> failures() {
		return results.stream().flatMap(r -> r.failures().stream().map(f -> r.source() + ": " + f)).toList(); //$NON-NLS-1$
	}
}
