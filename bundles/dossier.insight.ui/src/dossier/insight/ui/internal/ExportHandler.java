// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.insight.ui.InsightUi;
import dossier.ui.DialogParents;

/** Exports the active chart as PNG, SVG or CSV: asks where, then writes it in an {@link ExportJob}. */
public class ExportHandler extends AbstractHandler {

	@Override
	public @Nullable Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		String format = event.getParameter(InsightUi.FORMAT_PARAMETER);
		if (!(part instanceof ChartPart chart) || format == null || !chart.exportFormats().contains(format)) {
			return null;
		}
		Shell shell = DialogParents.of(event);
		if (shell == null) {
			return null;
		}
		byte[] bytes = chart.export(format);
		if (bytes == null) {
			MessageDialog.openInformation(shell, Messages.Export_title, Messages.Export_nothing);
			return null;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Export_title);
		dialog.setOverwrite(true);
		dialog.setFileName(chart.exportName() + '.' + format);
		dialog.setFilterExtensions(new String[] { "*." + format }); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { format.toUpperCase(Locale.ROOT) });
		String chosen = dialog.open();
		if (chosen != null) {
			new ExportJob(Path.of(chosen), bytes).schedule();
		}
		return null;
	}
}
