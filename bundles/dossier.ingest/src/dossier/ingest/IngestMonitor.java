// SPDX-License-Identifier: EPL-2.0
package dossier.ingest;

/** Follows an {@link Ingest#run}: progress per source and cancellation. Methods do nothing by default. */
public interface IngestMonitor {

	/**
	 * Reading of the top-level source {@code name} starts.
	 *
	 * @param index 0-based index among the top-level files found
	 * @param total number of top-level files found (archive entries are not counted in advance)
	 */
	default void started(String name, int index, int total) {
	}

	/** A source (file, archive entry) is done. */
	default void finished(SourceResult result) {
	}

	/** Polled between sources and parts; true stops the import after the current part. */
	default boolean isCancelled() {
		return false;
	}
}
