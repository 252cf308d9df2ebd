// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

import dossier.insight.Network;
import dossier.insight.NetworkNode;
import dossier.insight.ui.internal.NetworkLayout.Disc;
import dossier.ui.Counts;

/**
 * The entity network drawn on a canvas. Hovering an entity tells its articles, links and betweenness; a click
 * selects it (its links and neighbours stand out) and hands it to {@code onSelect}, a click beside every entity
 * clears the selection; a double-click hands it to {@code onOpen}. The layout was computed in the job.
 */
final class NetworkCanvas extends ChartCanvas<Network, NetworkLayout, Disc> {

	private final Consumer<Disc> onSelect;
	private int selected = -1;

	NetworkCanvas(Composite parent, Consumer<Disc> onSelect, Consumer<Disc> onOpen) {
		super(parent);
		this.onSelect = onSelect;
		control().addListener(SWT.MouseDoubleClick, event -> {
			Disc over = event.button == 1 ? at(event.x, event.y) : null;
			if (over != null) {
				onOpen.accept(over);
			}
		});
	}

	@Override
	void show(@Nullable Network value) {
		selected = -1;
		super.show(value);
	}

	@Override
	NetworkLayout layOut(Network shown, int width, int height) {
		return new NetworkLayout(shown, width, height);
	}

	/** The entity under {@code (x, y)}; null beside every entity. */
	@Override
	@Nullable Disc itemAt(NetworkLayout current, int x, int y) {
		return current.discAt(x, y);
	}

	/** The selected entity's index, -1 for none. */
	int selected() {
		return selected;
	}

	@Override
	String tooltipOf(Disc over) {
		return tooltip(over.node());
	}

	/** What the tooltip (and the SVG's title) says of an entity. */
	static String tooltip(NetworkNode node) {
		return Counts.format(Messages.Network_tooltip, node.entity().label(), NetworkPalette.name(node.entity().type()),
				Labels.count(node.articles(), false), node.degree(),
				String.format(Locale.ROOT, "%.2f", node.centrality())); //$NON-NLS-1$
	}

	@Override
	void paint(GC gc, Ink ink, NetworkLayout current, Rectangle area) {
		Disc hovered = hovered();
		NetworkPainter.paint(gc, ink, current, area, hovered == null ? -1 : hovered.index(), selected);
	}

	@Override
	void clicked(@Nullable Disc over) {
		selected = over == null ? -1 : over.index();
		redraw();
		if (over != null) {
			onSelect.accept(over);
		}
	}
}
