// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.ui.internal.Messages;
import dossier.ui.HelpContexts;

/**
 * The outline of an Entity Editor: the article's entities grouped by type, with counts. Selecting an entity
 * reveals its first mention; the Properties view shows the selected entity.
 */
public final class EntityOutlinePage extends ContentOutlinePage {

	/** A type with the entities of that type in the article. */
	public record TypeGroup(EntityType type, List<EntityItem> entities) {
		@Override
		public String toString() {
			return NLS.bind(Messages.Outline_type, type.label(), entities.size());
		}
	}

	private final EntityEditor editor;

	EntityOutlinePage(EntityEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		PlatformUI.getWorkbench().getHelpSystem().setHelp(viewer.getControl(), HelpContexts.ENTITY_OUTLINE);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(@Nullable Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return parentElement instanceof TypeGroup group ? group.entities().toArray() : new Object[0];
			}

			@Override
			public @Nullable Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof TypeGroup;
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof EntityItem item) {
					return item.label() + " (" + item.activeCount() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
				}
				return element.toString();
			}
		});
		viewer.addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof EntityItem item) {
				item.mentions().stream().filter(m -> m.status() != MentionStatus.REJECTED).findFirst()
						.ifPresent(m -> editor.show(m.start(), m.end()));
			}
		});
		refresh();
	}

	/** The groups of the editor's current state, types in registry order (built-in first). */
	public List<TypeGroup> groups() {
		if (editor.session() == null) {
			return List.of();
		}
		Map<String, List<EntityItem>> byType = new LinkedHashMap<>();
		for (EntityType type : editor.session().catalogue().types()) {
			byType.put(type.id(), new ArrayList<>());
		}
		for (EntityItem item : EntityItem.of(editor.session())) {
			if (item.activeCount() > 0) {
				byType.computeIfAbsent(item.type(), t -> new ArrayList<>()).add(item);
			}
		}
		List<TypeGroup> groups = new ArrayList<>();
		byType.forEach((type, items) -> {
			if (!items.isEmpty()) {
				items.sort((a, b) -> Long.compare(b.activeCount(), a.activeCount()));
				groups.add(new TypeGroup(editor.session().catalogue().type(type), items));
			}
		});
		return groups;
	}

	public void refresh() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(groups());
		viewer.expandAll();
	}

	/** The first active mention of an entity item, or null. */
	static Mention first(EntityItem item) {
		return item.mentions().stream().filter(m -> m.status() != MentionStatus.REJECTED).findFirst().orElse(null);
	}

	@Override
	public void dispose() {
		editor.outlineDisposed();
		super.dispose();
	}
}
