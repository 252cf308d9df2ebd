// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/** A view that draws a chart: what the Export and Recompute commands act on. */
public interface ChartPart {

	/** The formats every chart exports ({@link ChartExport}). */
	List<String> FORMATS = List.of("png", "svg", "csv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** The formats it can export: {@link #FORMATS}. */
	default List<String> exportFormats() {
		return FORMATS;
	}

	/** A file name without extension for its exports ({@code timeline-Samples}). */
	String exportName();

	/**
	 * The chart as it is drawn now in {@code format} ({@code csv}: its data, UTF-8), made on the UI thread (a
	 * PNG is painted); writing it to a file is a job's work.
	 *
	 * @return null when there is nothing to export yet
	 */
	byte @Nullable [] export(String format);

	/** Reads the corpus again and recomputes. */
	void recompute();
}
