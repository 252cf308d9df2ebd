// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dossier.entities.Entity;
import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.model.MentionEdits;

/**
 * The entities of the article in a tree table (entities, their mentions below): label, type and QID edited in
 * place; merge two entities; split a mention off; double-click to see a mention in the text.
 */
public final class EntitiesPage {

	private final EntityEditor editor;
	private final Composite control;
	private final TreeViewer viewer;
	private final Label message;

	EntitiesPage(Composite parent, EntityEditor editor) {
		this.editor = editor;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).numColumns(4).applyTo(control);
		viewer = new TreeViewer(control, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(viewer.getTree());
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(@Nullable Object input) {
				return ArrayContentProvider.getInstance().getElements(input);
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return parentElement instanceof EntityItem item
						? item.mentions().stream().map(m -> new MentionItem(item.session(), m)).toArray() : new Object[0];
			}

			@Override
			public @Nullable Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof EntityItem;
			}
		});
		column(Messages.Entities_label, 220, e -> e instanceof EntityItem i ? i.label() : ((MentionItem) e).mention().text(),
				new LabelEditing());
		column(Messages.Entities_type, 110, e -> editor.session().catalogue().type(e instanceof EntityItem i ? i.type()
				: ((MentionItem) e).mention().type()).label(), new TypeEditing());
		column(Messages.Entities_mentions, 80, e -> e instanceof EntityItem i ? Long.toString(i.activeCount())
				: "[" + ((MentionItem) e).mention().start() + ", " + ((MentionItem) e).mention().end() + ")", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		column(Messages.Entities_id, 200, e -> e instanceof EntityItem i ? i.id() : ((MentionItem) e).mention().recognizer(),
				null);
		column(Messages.Entities_qid, 90, e -> e instanceof EntityItem i ? i.qid() : "", new QidEditing()); //$NON-NLS-1$
		column(Messages.Entities_status, 200, e -> e instanceof EntityItem i ? i.statusSummary()
				: MentionItem.statusLabel(((MentionItem) e).mention().status()), null);
		viewer.addDoubleClickListener(event -> jump());
		button(Messages.Entities_merge, this::merge);
		button(Messages.Entities_split, this::split);
		button(Messages.Entities_jump, this::jump);
		message = new Label(control, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
	}

	private void column(String title, int width, Function<Object, String> text, @Nullable EditingSupport editing) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEAD);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
		if (editing != null) {
			column.setEditingSupport(editing);
		}
	}

	private void button(String text, Runnable action) {
		Button button = new Button(control, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
	}

	public Control control() {
		return control;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	/** Shows the session's current entities. */
	public void refresh() {
		if (editor.session() == null || viewer.getControl().isDisposed()) {
			return;
		}
		Object[] expanded = viewer.getExpandedElements();
		viewer.setInput(EntityItem.of(editor.session()));
		viewer.setExpandedElements(expanded);
	}

	private List<?> selected() {
		return ((IStructuredSelection) viewer.getSelection()).toList();
	}

	/** Merges the second selected entity into the first. */
	public void merge() {
		List<?> selection = selected();
		if (selection.size() != 2 || !(selection.get(0) instanceof EntityItem into)
				|| !(selection.get(1) instanceof EntityItem from)) {
			message.setText(Messages.Entities_mergeNeedsTwo);
			return;
		}
		message.setText(""); //$NON-NLS-1$
		editor.apply(NLS.bind(Messages.Op_merge, from.label(), into.label()),
				state -> MentionEdits.merge(state, entityOf(from), entityOf(into)));
	}

	private Entity entityOf(EntityItem item) {
		Entity known = item.entity();
		return known != null ? known
				: new Entity(item.id(), item.type(), Map.of(editor.session().language(), item.label()), Map.of(), null, ""); //$NON-NLS-1$
	}

	/** Links the selected mention to a new entity of its own. */
	public void split() {
		for (Object element : selected()) {
			if (element instanceof MentionItem item) {
				editor.apply(Messages.Op_split, state -> MentionEdits.splitOff(state, editor.session(), item.mention()));
				return;
			}
		}
	}

	/** Shows the selected mention (or the entity's first) in the text. */
	public void jump() {
		for (Object element : selected()) {
			Mention mention = element instanceof MentionItem item ? item.mention()
					: element instanceof EntityItem item && !item.mentions().isEmpty() ? item.mentions().get(0) : null;
			if (mention != null) {
				editor.reveal(mention.start(), mention.end());
				return;
			}
		}
	}

	private void editEntity(EntityItem item, UnaryOperator<Entity> change) {
		Entity before = entityOf(item);
		Entity after = change.apply(before);
		if (!after.equals(before)) {
			editor.apply(NLS.bind(Messages.Op_editEntity, item.label()), state -> MentionEdits.editEntity(state, after));
		}
	}

	private abstract class EntityEditing extends EditingSupport {
		EntityEditing() {
			super(viewer);
		}

		@Override
		protected boolean canEdit(@Nullable Object element) {
			return element instanceof EntityItem;
		}
	}

	/* Each column's cell editor is made once and reused: a new one per edit would leave its hidden control behind. */

	private final class LabelEditing extends EntityEditing {
		private TextCellEditor cell;

		@Override
		protected CellEditor getCellEditor(@Nullable Object element) {
			if (cell == null) {
				cell = new TextCellEditor(viewer.getTree());
			}
			return cell;
		}

		@Override
		protected Object getValue(@Nullable Object element) {
			return ((EntityItem) element).label();
		}

		@Override
		protected void setValue(@Nullable Object element, @Nullable Object value) {
			String label = ((String) value).strip();
			if (!label.isEmpty()) {
				editEntity((EntityItem) Objects.requireNonNull(element), e -> {
					Map<String, String> labels = new HashMap<>(e.labels());
					labels.put(editor.session().language(), label);
					return new Entity(e.id(), e.type(), labels, e.aliases(), e.qid(), e.notes());
				});
			}
		}
	}

	private final class TypeEditing extends EntityEditing {
		private List<EntityType> types = List.of();
		private ComboBoxCellEditor cell;

		@Override
		protected CellEditor getCellEditor(@Nullable Object element) {
			types = editor.session().catalogue().types();
			String[] labels = types.stream().map(EntityType::label).toArray(String[]::new);
			if (cell == null) {
				cell = new ComboBoxCellEditor(viewer.getTree(), labels, SWT.READ_ONLY);
			} else {
				cell.setItems(labels);
			}
			return cell;
		}

		@Override
		protected Object getValue(@Nullable Object element) {
			String type = ((EntityItem) element).type();
			for (int i = 0; i < types.size(); i++) {
				if (types.get(i).id().equals(type)) {
					return i;
				}
			}
			return 0;
		}

		@Override
		protected void setValue(@Nullable Object element, @Nullable Object value) {
			int index = (Integer) value;
			if (index >= 0 && index < types.size()) {
				String type = types.get(index).id();
				editEntity((EntityItem) Objects.requireNonNull(element), e -> new Entity(e.id(), type, e.labels(), e.aliases(), e.qid(), e.notes()));
			}
		}
	}

	private final class QidEditing extends EntityEditing {
		private TextCellEditor cell;

		@Override
		protected CellEditor getCellEditor(@Nullable Object element) {
			if (cell != null) {
				return cell;
			}
			cell = new TextCellEditor(viewer.getTree());
			cell.setValidator(value -> value == null || ((String) value).isBlank() || ((String) value).strip().matches("Q[1-9][0-9]*") //$NON-NLS-1$
					? null : Messages.Entities_badQid);
			cell.addListener(new ICellEditorListener() {
				@Override
				public void editorValueChanged(boolean oldValidState, boolean newValidState) {
					message.setText(newValidState ? "" : Messages.Entities_badQid); //$NON-NLS-1$
				}

				@Override
				public void cancelEditor() {
					message.setText(""); //$NON-NLS-1$
				}

				@Override
				public void applyEditorValue() {
					// setValue does the work
				}
			});
			return cell;
		}

		@Override
		protected Object getValue(@Nullable Object element) {
			return ((EntityItem) element).qid();
		}

		@Override
		protected void setValue(@Nullable Object element, @Nullable Object value) {
			if (value == null) {
				return; // invalid: the validator said why
			}
			String qid = ((String) value).strip();
			editEntity((EntityItem) Objects.requireNonNull(element), e -> new Entity(e.id(), e.type(), e.labels(), e.aliases(), qid, e.notes()));
		}
	}
}
