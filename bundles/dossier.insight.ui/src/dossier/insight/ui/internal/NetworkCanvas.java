// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dossier.insight.Network;
import dossier.insight.NetworkNode;
import dossier.insight.ui.internal.NetworkLayout.Disc;
import dossier.ui.Counts;

/**
 * The entity network drawn on a canvas. Hovering an entity tells its articles, links and betweenness; a click
 * selects it (its links and neighbours stand out) and hands it to {@code onSelect}, a click beside every entity
 * clears the selection; a double-click hands it to {@code onOpen}. Only paints: the layout was computed in the job.
 */
final class NetworkCanvas {

	private final Canvas canvas;
	private final Consumer<Disc> onSelect;
	private final Consumer<Disc> onOpen;
	private @Nullable Network network;
	private @Nullable NetworkLayout layout;
	private int hovered = -1;
	private int selected = -1;

	NetworkCanvas(Composite parent, Consumer<Disc> onSelect, Consumer<Disc> onOpen) {
		this.onSelect = onSelect;
		this.onOpen = onOpen;
		canvas = Ink.grounded(new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND));
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, event -> {
			layout = null;
			canvas.redraw();
		});
		canvas.addListener(SWT.MouseMove, event -> hover(at(event.x, event.y)));
		canvas.addListener(SWT.MouseExit, event -> hover(null));
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
	}

	Canvas control() {
		return canvas;
	}

	void show(@Nullable Network value) {
		network = value;
		layout = null;
		hovered = -1;
		selected = -1;
		canvas.setToolTipText(null);
		canvas.redraw();
	}

	/** The layout for the canvas's current size; null before a network is shown. */
	@Nullable NetworkLayout layout() {
		Network shown = network;
		if (shown == null) {
			return null;
		}
		NetworkLayout known = layout;
		if (known == null) {
			Rectangle area = canvas.getClientArea();
			known = new NetworkLayout(shown, area.width, area.height);
			layout = known;
		}
		return known;
	}

	/** The entity under {@code (x, y)}; null beside every entity or before a network is shown. */
	@Nullable Disc at(int x, int y) {
		NetworkLayout current = layout();
		return current == null ? null : current.discAt(x, y);
	}

	/** The selected entity's index, -1 for none. */
	int selected() {
		return selected;
	}

	private void hover(@Nullable Disc over) {
		int index = over == null ? -1 : over.index();
		if (index == hovered) {
			return;
		}
		hovered = index;
		canvas.setToolTipText(over == null ? null : tooltip(over.node()));
		canvas.redraw();
	}

	static String tooltip(NetworkNode node) {
		return Counts.format(Messages.Network_tooltip, node.entity().label(), NetworkPalette.name(node.entity().type()),
				Labels.count(node.articles(), false), node.degree(),
				String.format(Locale.ROOT, "%.2f", node.centrality())); //$NON-NLS-1$
	}

	private void mouseUp(Event event) {
		if (event.button != 1) {
			return;
		}
		Disc over = at(event.x, event.y);
		selected = over == null ? -1 : over.index();
		canvas.redraw();
		if (over != null) {
			onSelect.accept(over);
		}
	}

	private void doubleClick(Event event) {
		if (event.button != 1) {
			return;
		}
		Disc over = at(event.x, event.y);
		if (over != null) {
			onOpen.accept(over);
		}
	}

	private void paint(Event event) {
		Rectangle area = canvas.getClientArea();
		NetworkLayout current = layout();
		if (current == null) {
			event.gc.setBackground(canvas.getBackground());
			event.gc.fillRectangle(area);
			return;
		}
		NetworkPainter.paint(event.gc, Ink.of(canvas), current, area, hovered, selected);
	}
}
