// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

import dossier.insight.ui.InsightUi;

/** Writes an exported chart (PNG, SVG or CSV bytes made on the UI thread) to its file. */
final class ExportJob extends Job {

	private final Path file;
	private final byte[] bytes;

	ExportJob(Path file, byte[] bytes) {
		super(Messages.Export_title + ": " + file.getFileName()); //$NON-NLS-1$
		this.file = file;
		this.bytes = bytes.clone();
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			Files.write(file, bytes);
			return Status.OK_STATUS;
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.Export_failed, file, e.getMessage()), e);
		}
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == InsightUi.JOB_FAMILY;
	}
}
