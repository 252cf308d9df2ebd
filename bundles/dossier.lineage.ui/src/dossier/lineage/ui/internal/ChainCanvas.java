// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dossier.lineage.LineageLink;
import dossier.workspace.lineage.ProjectLineage;

/**
 * The chain on a canvas ({@link ChainPainter} draws it from its {@link ChainLayout}). One article or one link is
 * selected at a time: by a click, or by the arrow keys; hovering shows its details; a double-click or Enter opens an
 * article.
 */
final class ChainCanvas {


	private final ScrolledComposite scroller;
	private final Canvas canvas;
	private final Runnable selectionChanged;
	private final Runnable open;
	private ProjectLineage.@Nullable Chain chain;
	private @Nullable ChainLayout layout;
	private @Nullable String selectedArticle;
	private @Nullable LineageLink selectedLink;

	ChainCanvas(Composite parent, Runnable selectionChanged, Runnable open) {
		this.selectionChanged = selectionChanged;
		this.open = open;
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		scroller.setContent(canvas);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.addListener(SWT.Paint, event -> paint(event.gc));
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseDoubleClick, event -> {
			ChainLayout shown = layout;
			if (shown != null && event.button == 1 && shown.boxAt(event.x, event.y) != null) {
				open.run();
			}
		});
		canvas.addListener(SWT.MouseHover, this::hover);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});
		canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent event) {
				event.result = selectionText();
			}
		});
	}

	/** Shows {@code value} (null: nothing), keeping the selection when its article or link is still there. */
	void setChain(ProjectLineage.@Nullable Chain value) {
		chain = value;
		if (value == null) {
			layout = null;
			selectedArticle = null;
			selectedLink = null;
		} else {
			GC gc = new GC(canvas);
			int lineHeight;
			try {
				lineHeight = gc.getFontMetrics().getHeight();
			} finally {
				gc.dispose();
			}
			ChainLayout next = ChainLayout.of(value, lineHeight);
			layout = next;
			LineageLink link = selectedLink;
			selectedLink = link == null ? null : value.links().stream()
					.filter(candidate -> candidate.pairKey().equals(link.pairKey())).findFirst().orElse(null);
			String article = selectedArticle;
			if (article != null && next.box(article) == null) {
				selectedArticle = null;
			}
			if (selectedLink == null && selectedArticle == null) {
				selectedArticle = value.articleId();
			}
		}
		ChainLayout shown = layout;
		scroller.setMinSize(shown == null ? new Point(0, 0) : shown.size());
		canvas.redraw();
		selectionChanged.run();
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getBackground());
		gc.fillRectangle(area);
		ChainLayout shown = layout;
		ProjectLineage.Chain showing = chain;
		if (shown != null && showing != null) {
			new ChainPainter(gc, canvas.getBackground(), canvas.getForeground()).paint(shown, showing.articleId(), selectedArticle, selectedLink);
		}
	}

	private void mouseDown(Event event) {
		canvas.setFocus();
		ChainLayout shown = layout;
		if (shown == null || event.button != 1) {
			return;
		}
		ChainLayout.Box box = shown.boxAt(event.x, event.y);
		ChainLayout.Arrow arrow = box == null ? shown.arrowAt(event.x, event.y) : null;
		if (box != null) {
			select(box.node().id(), null);
		} else if (arrow != null) {
			select(null, arrow.link());
		}
	}

	private void hover(Event event) {
		ChainLayout shown = layout;
		ProjectLineage.Chain showing = chain;
		if (shown == null || showing == null) {
			canvas.setToolTipText(null);
			return;
		}
		ChainLayout.Box box = shown.boxAt(event.x, event.y);
		ChainLayout.Arrow arrow = box == null ? shown.arrowAt(event.x, event.y) : null;
		canvas.setToolTipText(box != null ? LinkLabels.details(box.node())
				: arrow != null ? LinkLabels.details(arrow.link(), showing) : null);
	}

	/** The arrow keys walk the articles, then the links, in the order they are laid out. */
	private void key(Event event) {
		List<Object> items = items();
		if (items.isEmpty()) {
			return;
		}
		int step = switch (event.keyCode) {
		case SWT.ARROW_RIGHT, SWT.ARROW_DOWN -> 1;
		case SWT.ARROW_LEFT, SWT.ARROW_UP -> -1;
		default -> 0;
		};
		if (event.character == SWT.CR && selectedArticle != null) {
			open.run();
			return;
		}
		if (step == 0) {
			return;
		}
		Object current = selectedLink != null ? selectedLink : selectedArticle;
		int index = current == null ? -1 : items.indexOf(current);
		Object next = items.get(Math.floorMod(index + step, items.size()));
		if (next instanceof LineageLink link) {
			select(null, link);
		} else {
			select((String) next, null);
		}
	}

	private List<Object> items() {
		List<Object> items = new ArrayList<>();
		ChainLayout shown = layout;
		if (shown != null) {
			shown.boxes().forEach(box -> items.add(box.node().id()));
			shown.arrows().forEach(arrow -> items.add(arrow.link()));
		}
		return items;
	}

	/** Selects article {@code article} or link {@code link} (one of them). */
	void select(@Nullable String article, @Nullable LineageLink link) {
		selectedArticle = article;
		selectedLink = link;
		ChainLayout shown = layout;
		if (shown != null) {
			Rectangle bounds = null;
			ChainLayout.Box box = article == null ? null : shown.box(article);
			ChainLayout.Arrow arrow = link == null ? null : shown.arrow(link);
			if (box != null) {
				bounds = box.bounds();
			} else if (arrow != null) {
				bounds = arrow.label();
			}
			if (bounds != null) {
				Point origin = scroller.getOrigin();
				Rectangle visible = scroller.getClientArea();
				if (!new Rectangle(origin.x, origin.y, visible.width, visible.height).intersects(bounds)) {
					scroller.setOrigin(Math.max(0, bounds.x - ChainLayout.MARGIN), Math.max(0, bounds.y - ChainLayout.MARGIN));
				}
			}
		}
		canvas.redraw();
		selectionChanged.run();
	}

	/** The selected article's id, or null (then a link, or nothing, is selected). */
	@Nullable String selectedArticle() {
		return selectedArticle;
	}

	/** The selected link, or null. */
	@Nullable LineageLink selectedLink() {
		return selectedLink;
	}

	/** What is selected, in words (for a screen reader). */
	String selectionText() {
		ProjectLineage.Chain shown = chain;
		LineageLink link = selectedLink;
		String article = selectedArticle;
		if (shown == null) {
			return ""; //$NON-NLS-1$
		}
		if (link != null) {
			return LinkLabels.details(link, shown);
		}
		return article == null ? "" : shown.node(article).map(LinkLabels::details).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	ChainLayout layout() {
		ChainLayout shown = layout;
		if (shown == null) {
			throw new IllegalStateException("no chain shown"); //$NON-NLS-1$
		}
		return shown;
	}

	ProjectLineage.@Nullable Chain chain() {
		return chain;
	}

	Canvas control() {
		return canvas;
	}

	Composite outer() {
		return scroller;
	}
}
