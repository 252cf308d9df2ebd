// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dossier.workspace.licence.ArticleLicenceChecks;

/**
 * The licence status icon: error or warning when the licence checker put problem markers on the article's file,
 * information for its notes, blank when it has not run (or found nothing).
 */
final class StatusLabelProvider extends ColumnLabelProvider {

	@Override
	public String getText(Object element) {
		return ""; //$NON-NLS-1$
	}

	@Override
	public @Nullable Image getImage(Object element) {
		if (!(element instanceof ArticleRef ref)) {
			return null;
		}
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return switch (ref.licenceSeverity()) {
		case IMarker.SEVERITY_ERROR -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		case IMarker.SEVERITY_WARNING -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
		case IMarker.SEVERITY_INFO -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
		default -> null;
		};
	}

	@Override
	public @Nullable String getToolTipText(Object element) {
		if (element instanceof ArticleRef ref) {
			return switch (ref.licenceSeverity()) {
			case IMarker.SEVERITY_ERROR -> Messages.Status_errors;
			case IMarker.SEVERITY_WARNING -> Messages.Status_warnings;
			case IMarker.SEVERITY_INFO -> Messages.Status_notes;
			default -> ref.status() == ArticleLicenceChecks.Status.CLEAN ? Messages.Status_clean
					: Messages.Status_notChecked;
			};
		}
		return null;
	}
}
