// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import dossier.core.model.TextDirection;
import dossier.licence.Finding;
import dossier.licence.ui.LicenceUi;
import dossier.ui.HelpContexts;
import dossier.workspace.licence.ArticleLicenceChecks;
import dossier.workspace.licence.AttributionRecords;

/**
 * The Attribution view: for the selected article (an article file, a marker on one, an editor on one, anything
 * adaptable to such a file), the licence findings, the attribution elements found, recorded or missing, and the
 * generated credit with copy buttons. The check runs in a job; the view follows builds and record changes.
 */
public class AttributionView extends ViewPart {

	private Label heading;
	private TableViewer findings;
	private TableViewer elements;
	private CreditPanel credit;
	private ArticleRef current;
	private ArticleLicenceChecks.Checked shown;

	private final ISelectionListener selectionListener = this::selectionChanged;
	private final IResourceChangeListener resourceListener = this::resourcesChanged;

	@Override
	public void createPartControl(Composite parent) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, HelpContexts.ATTRIBUTION_VIEW);
		parent.setLayout(new GridLayout(1, false));
		heading = new Label(parent, SWT.WRAP);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		heading.setText(Messages.AttributionView_noSelection);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		findings = table(sash, new String[] { Messages.AttributionView_severity, Messages.AttributionView_rule,
				Messages.AttributionView_message, Messages.AttributionView_reference }, new int[] { 10, 20, 50, 20 });
		elements = table(sash, new String[] { Messages.AttributionView_element, Messages.AttributionView_status,
				Messages.AttributionView_value }, new int[] { 20, 15, 65 });
		credit = new CreditPanel(sash);
		sash.setWeights(35, 40, 25);
		getSite().getPage().addPostSelectionListener(selectionListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
		ISelection initial = getSite().getPage().getSelection();
		if (initial != null) {
			selectionChanged(getSite().getPage().getActivePart(), initial);
		}
	}

	private static TableViewer table(Composite parent, String[] titles, int[] weights) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		TableViewer viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (int i = 0; i < titles.length; i++) {
			int column = i;
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEAD);
			viewerColumn.getColumn().setText(titles[i]);
			layout.setColumnData(viewerColumn.getColumn(), new ColumnWeightData(weights[i], 40));
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return cell(element, column);
				}
			});
		}
		return viewer;
	}

	static String cell(Object element, int column) {
		if (element instanceof Finding finding) {
			return switch (column) {
			case 0 -> finding.severity().name().toLowerCase(Locale.ROOT);
			case 1 -> finding.rule();
			case 2 -> finding.message();
			default -> finding.reference();
			};
		}
		if (element instanceof ElementRow row) {
			return switch (column) {
			case 0 -> row.element();
			case 1 -> row.statusLabel();
			default -> row.value();
			};
		}
		return ""; //$NON-NLS-1$
	}

	private void selectionChanged(IWorkbenchPart part, @Nullable ISelection selection) {
		if (part == this) {
			return;
		}
		ArticleRef ref = null;
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			ref = ArticleRef.of(structured.getFirstElement()).orElse(null);
		}
		if (ref == null && part instanceof IEditorPart editor) {
			IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			ref = file == null ? null : ArticleRef.of(file).orElse(null);
		}
		if (ref != null) {
			show(ref);
		}
	}

	/** Shows the article {@code ref} (checked in a job of {@link LicenceUi#JOB_FAMILY}). */
	public void show(ArticleRef ref) {
		current = ref;
		new AttributionCheckJob(this, ref, checked -> update(ref, checked), failure -> {
			if (!heading.isDisposed() && ref.equals(current)) {
				heading.setText(failure);
			}
		}).schedule();
	}

	private void update(ArticleRef ref, ArticleLicenceChecks.Checked checked) {
		if (heading.isDisposed() || !ref.equals(current)) {
			return;
		}
		shown = checked;
		String title = checked.report().analysis().title();
		heading.setOrientation(TextDirection.firstStrong(title, TextDirection.LTR) == TextDirection.RTL ? SWT.RIGHT_TO_LEFT
				: SWT.LEFT_TO_RIGHT);
		heading.setText(title.isBlank() ? ref.id() : title);
		findings.setInput(checked.report().findings());
		List<ElementRow> rows = ElementRow.of(checked.report().analysis(), checked.record());
		elements.setInput(rows);
		credit.show(checked.report().attribution());
		heading.getParent().layout(true, true);
	}

	private void resourcesChanged(IResourceChangeEvent event) {
		ArticleRef ref = current;
		if (ref == null || event.getDelta() == null) {
			return;
		}
		IPath record = ref.file().getFullPath().removeLastSegments(1)
				.append(ref.id() + AttributionRecords.EXTENSION);
		if (event.getDelta().findMember(ref.file().getFullPath()) != null || event.getDelta().findMember(record) != null) {
			heading.getDisplay().asyncExec(() -> {
				if (!heading.isDisposed() && ref.equals(current)) {
					show(ref);
				}
			});
		}
	}

	/** What the view shows now, or null (tests). */
	public ArticleLicenceChecks.Checked shown() {
		return shown;
	}

	String creditText() {
		return credit.plainText();
	}

	@Override
	public void setFocus() {
		findings.getControl().setFocus();
	}

	@Override
	public void dispose() {
		Job.getJobManager().cancel(this);
		getSite().getPage().removePostSelectionListener(selectionListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
		super.dispose();
	}
}
