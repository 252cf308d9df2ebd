// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal.navigator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;

import dossier.explorer.ui.internal.Messages;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectIndexes;
import dossier.workspace.licence.ArticleLicenceChecks.Status;
import dossier.workspace.licence.LicenceMarkers;

/**
 * Article files in the Project Explorer by their titles, with their language and licence as a decoration
 * ("Putin in Rome  it · CC-BY-4.0") and the licence checker's verdict as an overlay on the icon (and in words in
 * the status line). The labels are read in an {@link ArticleLabelsJob} when a corpus's articles are first shown and
 * again when its index or its licence markers change; until then an article shows its file's name, and a file that
 * is not an article is left to the resource labels (this provider answers null).
 */
public class ArticleLabelProvider extends LabelProvider implements ICommonLabelProvider, IStyledLabelProvider {

	private static final String ARTICLE_ICON = "icons/article.svg"; //$NON-NLS-1$

	private final Map<IProject, Map<String, ArticleLabel>> labels = new ConcurrentHashMap<>();
	private final ArticleLabelsJob reader = new ArticleLabelsJob(this::labelsRead);
	private final ProjectIndexes.Listener indexListener = this::indexChanged;
	private final IResourceChangeListener markerListener = this::resourcesChanged;
	private LocalResourceManager images;

	@Override
	public void init(ICommonContentExtensionSite site) {
		images = new LocalResourceManager(JFaceResources.getResources());
		ProjectIndexes.addListener(indexListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(markerListener, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public @Nullable String getText(@Nullable Object element) {
		return labelOf(element).map(label -> label.title().isBlank() && element instanceof IFile file ? file.getName()
				: label.title()).orElse(null);
	}

	@Override
	public @Nullable StyledString getStyledText(@Nullable Object element) {
		Optional<ArticleLabel> label = labelOf(element);
		if (label.isEmpty()) {
			return null;
		}
		StyledString text = new StyledString(getText(element));
		String decoration = decorationOf(label.get());
		if (!decoration.isEmpty()) {
			text.append("  " + decoration, StyledString.DECORATIONS_STYLER); //$NON-NLS-1$
		}
		return text;
	}

	@Override
	public @Nullable Image getImage(@Nullable Object element) {
		Optional<ArticleLabel> label = labelOf(element);
		if (label.isEmpty()) {
			return null;
		}
		ImageDescriptor base = ResourceLocator.imageDescriptorFromBundle(ArticleLabelProvider.class, ARTICLE_ICON)
				.orElse(ImageDescriptor.getMissingImageDescriptor());
		String overlay = switch (label.get().status()) {
		case ERRORS -> ISharedImages.IMG_DEC_FIELD_ERROR;
		case WARNINGS -> ISharedImages.IMG_DEC_FIELD_WARNING;
		default -> null;
		};
		ImageDescriptor icon = overlay == null ? base
				: new DecorationOverlayIcon(base, PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(overlay),
						IDecoration.BOTTOM_LEFT);
		return images.create(icon);
	}

	@Override
	public String getDescription(Object element) {
		return labelOf(element).map(label -> {
			String decoration = decorationOf(label);
			String status = wordsOf(label.status());
			return getText(element) + (decoration.isEmpty() ? "" : " \u00b7 " + decoration) + " \u00b7 " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ Messages.Navigator_licenceCheck + ' ' + status;
		}).orElse(null);
	}

	/** The label of an article file once read; empty for anything else, and for an article not read yet. */
	private Optional<ArticleLabel> labelOf(@Nullable Object element) {
		if (!(element instanceof IFile file)) {
			return Optional.empty();
		}
		Optional<String> id = CorpusProjects.articleId(file);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		Map<String, ArticleLabel> read = labels.get(file.getProject());
		if (read == null) {
			labels.put(file.getProject(), Map.of());
			reader.read(file.getProject());
			return Optional.empty();
		}
		return Optional.ofNullable(read.get(id.get()));
	}

	private static String decorationOf(ArticleLabel label) {
		StringBuilder decoration = new StringBuilder();
		if (label.language() != null && !label.language().isBlank() && !"und".equals(label.language())) { //$NON-NLS-1$
			decoration.append(label.language());
		}
		if (label.licence() != null && !label.licence().isBlank()) {
			decoration.append(decoration.isEmpty() ? "" : " \u00b7 ").append(label.licence()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return decoration.toString();
	}

	private void labelsRead(IProject project, Map<String, ArticleLabel> read) {
		labels.put(project, Map.copyOf(read));
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (images != null) {
					fireLabelProviderChanged(new LabelProviderChangedEvent(this));
				}
			});
		}
	}

	private void indexChanged(IProject project) {
		if (labels.containsKey(project)) {
			reader.read(project);
		}
	}

	/** Licence markers changed on articles of a corpus shown: its verdicts are read again. */
	private void resourcesChanged(IResourceChangeEvent event) {
		for (IMarkerDelta delta : event.findMarkerDeltas(LicenceMarkers.TYPE, true)) {
			IProject project = delta.getResource().getProject();
			if (labels.containsKey(project)) {
				reader.read(project);
			}
		}
	}

	private static String wordsOf(Status status) {
		return switch (status) {
		case CLEAN -> Messages.FindingStatus_clean;
		case WARNINGS -> Messages.FindingStatus_warnings;
		case ERRORS -> Messages.FindingStatus_errors;
		case NOT_CHECKED -> Messages.FindingStatus_notChecked;
		};
	}

	@Override
	public void restoreState(IMemento memento) {
		// Nothing remembered: the labels come from the corpora.
	}

	@Override
	public void saveState(IMemento memento) {
		// Nothing remembered.
	}

	@Override
	public void dispose() {
		ProjectIndexes.removeListener(indexListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(markerListener);
		reader.cancel();
		if (images != null) {
			images.dispose();
			images = null;
		}
		super.dispose();
	}
}
