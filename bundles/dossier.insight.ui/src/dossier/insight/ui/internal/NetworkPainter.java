// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import dossier.insight.NetworkLink;
import dossier.insight.ui.internal.NetworkLayout.Disc;
import dossier.ui.BidiText;

/**
 * Paints a {@link NetworkLayout}: the links (grey, wider for more articles in common), the entities (a disc in the
 * colour of its type), the names of the labelled ones in their own script and direction ({@link BidiText}: an
 * Arabic name is shaped and read right to left), and a legend of the types. With an entity selected, its links and
 * neighbours stand out and the rest fades. The ground, the text and the faded parts are {@link Ink}'s: the theme's on
 * screen, {@link Ink#PAPER} in exports and in the SVG ({@link NetworkSvg}).
 */
final class NetworkPainter {

	private NetworkPainter() {
	}

	/**
	 * Paints {@code layout} into {@code area} in {@code ink}; {@code hovered} and {@code selected} are indexes, -1 for
	 * none.
	 */
	static void paint(GC gc, Ink ink, NetworkLayout layout, Rectangle area, int hovered, int selected) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setBackground(new Color(ink.background()));
		gc.fillRectangle(area);
		List<Disc> discs = layout.discs();
		Set<Integer> near = new HashSet<>();
		if (selected >= 0) {
			near.add(selected);
			near.addAll(layout.network().neighbours(selected));
		}
		for (NetworkLink link : layout.network().links()) {
			boolean lit = selected >= 0 && (link.a() == selected || link.b() == selected);
			gc.setForeground(new Color(lit ? Palette.BRUSH : selected >= 0 ? ink.faded() : ink.link()));
			gc.setLineWidth(layout.width(link));
			Disc a = discs.get(link.a());
			Disc b = discs.get(link.b());
			gc.drawLine(a.x(), a.y(), b.x(), b.y());
		}
		gc.setLineWidth(1);
		// The least mentioned first, so that the big discs of the most mentioned stay whole on top.
		for (int i = discs.size() - 1; i >= 0; i--) {
			Disc disc = discs.get(i);
			boolean faded = selected >= 0 && !near.contains(i);
			gc.setBackground(new Color(faded ? ink.faded() : NetworkPalette.of(disc.node().entity().type())));
			gc.fillOval(disc.x() - disc.radius(), disc.y() - disc.radius(), 2 * disc.radius(), 2 * disc.radius());
			gc.setForeground(new Color(ink.background()));
			gc.drawOval(disc.x() - disc.radius(), disc.y() - disc.radius(), 2 * disc.radius(), 2 * disc.radius());
		}
		for (int i : new int[] { selected, hovered }) {
			if (i >= 0 && i < discs.size()) {
				Disc disc = discs.get(i);
				gc.setForeground(new Color(Palette.BRUSH));
				gc.setLineWidth(2);
				gc.drawOval(disc.x() - disc.radius() - 2, disc.y() - disc.radius() - 2, 2 * disc.radius() + 4,
						2 * disc.radius() + 4);
				gc.setLineWidth(1);
			}
		}
		Set<Integer> labelled = layout.labelled(selected);
		if (hovered >= 0) {
			labelled.add(hovered);
		}
		gc.setForeground(new Color(ink.foreground()));
		int height = gc.getFontMetrics().getHeight();
		// The hovered and the selected entity first, then the most mentioned: a label that would cover one already
		// drawn is left out (its entity's tooltip still names it).
		List<Integer> order = new ArrayList<>();
		for (int i : new int[] { hovered, selected }) {
			if (i >= 0 && i < discs.size()) {
				order.add(i);
			}
		}
		for (int i = 0; i < discs.size(); i++) {
			if (labelled.contains(i) && !order.contains(i) && (selected < 0 || near.contains(i))) {
				order.add(i);
			}
		}
		List<Rectangle> taken = new ArrayList<>();
		for (int i : order) {
			Disc disc = discs.get(i);
			String label = disc.node().entity().label();
			Rectangle box = new Rectangle(disc.x() + disc.radius() + 3, disc.y() - height / 2,
					Math.min(NetworkLayout.LABEL_ROOM, gc.textExtent(label).x), height);
			if (taken.stream().anyMatch(box::intersects) && i != hovered && i != selected) {
				continue;
			}
			taken.add(box);
			BidiText.draw(gc, label, box.x, box.y, NetworkLayout.LABEL_ROOM, false);
		}
		legend(gc, ink, area);
	}

	private static void legend(GC gc, Ink ink, Rectangle area) {
		int x = area.x + 6;
		int y = area.y + 4;
		int height = gc.getFontMetrics().getHeight();
		for (String type : new String[] { "PERSON", "PLACE", "ORG" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			gc.setBackground(new Color(NetworkPalette.of(type)));
			gc.fillOval(x, y + height / 2 - 5, 10, 10);
			gc.setForeground(new Color(ink.foreground()));
			gc.setBackground(new Color(ink.background()));
			String name = NetworkPalette.name(type);
			gc.drawText(name, x + 14, y, true);
			x += 14 + gc.textExtent(name).x + 12;
		}
	}
}
