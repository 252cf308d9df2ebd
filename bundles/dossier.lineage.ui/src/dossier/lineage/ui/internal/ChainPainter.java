// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;
import dossier.ui.BidiText;
import dossier.ui.ThemeColors;
import dossier.workspace.lineage.ProjectLineage;

/**
 * Draws a laid-out chain: a box per article (title in its own direction, language and publisher, date and licence;
 * the article asked for shaded) and an arrow per link from the original to the copy, labelled with its type, score
 * and kinds of evidence (translations blue, other copies orange, same stories grey and dashed; no head when which came
 * first is not known; thicker when confirmed or selected).
 */
final class ChainPainter {

	static final Color TRANSLATION = new Color(47, 95, 143);
	static final Color COPY = new Color(196, 104, 20);
	static final Color RELATED = new Color(120, 120, 120);
	private static final int ARROW = 9;

	private final GC gc;
	private final Color background;
	private final Color foreground;
	private final Color asked;

	/** Paints with the canvas's own colours, which the theme sets (light or dark). */
	ChainPainter(GC gc, Color background, Color foreground) {
		this.gc = gc;
		this.background = background;
		this.foreground = foreground;
		this.asked = new Color(ThemeColors.highlight(background.getRGB()));
	}

	void paint(ChainLayout layout, String askedId, @Nullable String selectedArticle, @Nullable LineageLink selectedLink) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		for (ChainLayout.Arrow arrow : layout.arrows()) {
			paintArrow(arrow, selectedLink != null && selectedLink.pairKey().equals(arrow.link().pairKey()));
		}
		for (ChainLayout.Box box : layout.boxes()) {
			paintBox(box, box.node().id().equals(askedId), box.node().id().equals(selectedArticle));
		}
	}

	private void paintArrow(ChainLayout.Arrow arrow, boolean selected) {
		LineageLink link = arrow.link();
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
		gc.setBackground(background);
		gc.fillRoundRectangle(label.x, label.y, label.width, label.height, 6, 6);
		gc.setLineWidth(selected ? 2 : 1);
		gc.drawRoundRectangle(label.x, label.y, label.width, label.height, 6, 6);
		int line = gc.getFontMetrics().getHeight();
		gc.setForeground(foreground);
		BidiText.draw(gc, LinkLabels.headline(link), label.x + 4, label.y + 2, label.width - 8, true);
		gc.setForeground(RELATED);
		BidiText.draw(gc, LinkLabels.evidenceSummary(link), label.x + 4, label.y + 2 + line, label.width - 8, true);
	}

	private void paintBox(ChainLayout.Box box, boolean asked, boolean selected) {
		ProjectLineage.Node node = box.node();
		Rectangle bounds = box.bounds();
		gc.setBackground(asked ? this.asked : background);
		gc.fillRoundRectangle(bounds.x, bounds.y, bounds.width, bounds.height, 8, 8);
		gc.setForeground(gc.getDevice().getSystemColor(selected ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.setLineWidth(selected ? 3 : 1);
		gc.drawRoundRectangle(bounds.x, bounds.y, bounds.width, bounds.height, 8, 8);
		gc.setForeground(foreground);
		int line = gc.getFontMetrics().getHeight();
		int x = bounds.x + ChainLayout.PADDING;
		int width = bounds.width - 2 * ChainLayout.PADDING;
		int y = bounds.y + ChainLayout.PADDING;
		BidiText.draw(gc, node.title(), x, y, width, true);
		gc.setForeground(RELATED);
		BidiText.draw(gc, LinkLabels.languageAndPublisher(node), x, y + line, width, true);
		BidiText.draw(gc, LinkLabels.dateAndLicence(node), x, y + 2 * line, width, true);
	}
}
