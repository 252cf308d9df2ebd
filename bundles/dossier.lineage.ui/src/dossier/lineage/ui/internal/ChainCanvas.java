// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;
import dossier.workspace.lineage.ProjectLineage;

/**
 * The chain drawn: a box per article (title in its own direction, language and publisher, date and licence; the
 * article asked for shaded) and an arrow per link from the original to the copy (type and score, the kinds of
 * evidence; dashed for a same story, without a head when which came first is not known). One article or one link is
 * selected at a time: by a click, or by the arrow keys; hovering shows its details; a double-click opens an article.
 */
final class ChainCanvas {

	private static final Color TRANSLATION = new Color(47, 95, 143);
	private static final Color COPY = new Color(196, 104, 20);
	private static final Color RELATED = new Color(120, 120, 120);
	private static final Color ASKED = new Color(255, 246, 214);
	private static final int ARROW = 9;

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
		if (shown == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		for (ChainLayout.Arrow arrow : shown.arrows()) {
			paintArrow(gc, arrow);
		}
		for (ChainLayout.Box box : shown.boxes()) {
			paintBox(gc, box);
		}
	}

	private void paintArrow(GC gc, ChainLayout.Arrow arrow) {
		LineageLink link = arrow.link();
		boolean selected = selectedLink != null && selectedLink.pairKey().equals(link.pairKey());
		Color color = link.type() == LinkType.TRANSLATION ? TRANSLATION : link.type().isDerivation() ? COPY : RELATED;
		gc.setForeground(color);
		gc.setBackground(color);
		gc.setLineWidth(selected ? 4 : link.status() == LinkStatus.CONFIRMED ? 3 : 2);
		gc.setLineStyle(link.type().isDerivation() ? SWT.LINE_SOLID : SWT.LINE_DASH);
		Point start = arrow.start();
		Point end = arrow.end();
		gc.drawLine(start.x, start.y, end.x, end.y);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (link.directed() && link.type().isDerivation()) {
			double angle = Math.atan2(end.y - start.y, end.x - start.x);
			int[] head = { end.x, end.y,
					(int) Math.round(end.x - ARROW * Math.cos(angle - 0.45)), (int) Math.round(end.y - ARROW * Math.sin(angle - 0.45)),
					(int) Math.round(end.x - ARROW * Math.cos(angle + 0.45)), (int) Math.round(end.y - ARROW * Math.sin(angle + 0.45)) };
			gc.fillPolygon(head);
		}
		Rectangle label = arrow.label();
		gc.setBackground(canvas.getBackground());
		gc.fillRoundRectangle(label.x, label.y, label.width, label.height, 6, 6);
		gc.setLineWidth(selected ? 2 : 1);
		gc.drawRoundRectangle(label.x, label.y, label.width, label.height, 6, 6);
		int line = gc.getFontMetrics().getHeight();
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		BidiText.draw(gc, LinkLabels.headline(link), label.x + 4, label.y + 2, label.width - 8);
		gc.setForeground(RELATED);
		BidiText.draw(gc, LinkLabels.evidenceSummary(link), label.x + 4, label.y + 2 + line, label.width - 8);
	}

	private void paintBox(GC gc, ChainLayout.Box box) {
		ProjectLineage.Node node = box.node();
		Rectangle bounds = box.bounds();
		ProjectLineage.Chain shown = chain;
		boolean asked = shown != null && node.id().equals(shown.articleId());
		boolean selected = node.id().equals(selectedArticle);
		gc.setBackground(asked ? ASKED : canvas.getBackground());
		gc.fillRoundRectangle(bounds.x, bounds.y, bounds.width, bounds.height, 8, 8);
		gc.setForeground(canvas.getDisplay().getSystemColor(selected ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.setLineWidth(selected ? 3 : 1);
		gc.drawRoundRectangle(bounds.x, bounds.y, bounds.width, bounds.height, 8, 8);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		int line = gc.getFontMetrics().getHeight();
		int x = bounds.x + ChainLayout.PADDING;
		int width = bounds.width - 2 * ChainLayout.PADDING;
		int y = bounds.y + ChainLayout.PADDING;
		BidiText.draw(gc, node.title(), x, y, width);
		gc.setForeground(RELATED);
		BidiText.draw(gc, LinkLabels.languageAndPublisher(node), x, y + line, width);
		BidiText.draw(gc, LinkLabels.dateAndLicence(node), x, y + 2 * line, width);
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
