// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dossier.core.model.Article;
import dossier.core.model.TextDirection;
import dossier.lineage.ParagraphAlignment.Paragraph;
import dossier.ui.BidiText;
import dossier.ui.ThemeColors;

/**
 * One side of the side-by-side editor: what the article is (the original, a translation...), its title and its
 * language, publisher and date, each label in its own direction, then its text, read only, laid out in the article's
 * direction (an Arabic text right to left beside an Italian one left to right). Knows its paragraphs: which one an
 * offset falls in, on which line it starts, and highlights one.
 */
final class SideBySidePane {

	private final Composite root;
	private final Label role;
	private final Label title;
	private final Label details;
	private final StyledText text;
	private List<Paragraph> paragraphs = List.of();
	private int highlighted = -1;

	SideBySidePane(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		root.setLayout(layout);
		role = new Label(root, SWT.NONE);
		role.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		role.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		title = new Label(root, SWT.NONE);
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		details = new Label(root, SWT.NONE);
		details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		text = new StyledText(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		text.setFont(JFaceResources.getTextFont());
		text.setMargins(6, 4, 6, 4);
	}

	/** Shows {@code article} as {@code roleName}, its paragraphs as the alignment found them. */
	void show(String roleName, Article article, List<Paragraph> value) {
		boolean rtl = article.direction() == TextDirection.RTL;
		role.setText(roleName);
		title.setText(article.title().isBlank() ? article.id() : article.title().strip());
		title.setOrientation(BidiText.isRightToLeft(title.getText()) ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT);
		String publisher = Objects.requireNonNullElse(article.publisher(), ""); //$NON-NLS-1$
		String published = Objects.requireNonNullElse(article.published(), ""); //$NON-NLS-1$
		// each part isolated: a date after an Arabic publisher's name keeps its own order
		details.setText(String.join(" \u00B7 ", Stream.of(article.language(), publisher, published) //$NON-NLS-1$
				.filter(part -> !part.isBlank()).map(part -> '\u2068' + part + '\u2069').toList()));
		details.setOrientation(SWT.LEFT_TO_RIGHT);
		text.setOrientation(rtl ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT);
		text.setText(article.text());
		paragraphs = List.copyOf(value);
		highlighted = -1;
		root.layout(true, true);
	}

	/** Shows a message instead of an article (no original to show). */
	void showNothing(String roleName, String message) {
		role.setText(roleName);
		title.setText(""); //$NON-NLS-1$
		details.setText(""); //$NON-NLS-1$
		text.setOrientation(SWT.LEFT_TO_RIGHT);
		text.setText(message);
		paragraphs = List.of();
		highlighted = -1;
	}

	/** The paragraph {@code offset} falls in or, between two, the one before it; -1 before the first. */
	int paragraphAt(int offset) {
		int found = -1;
		for (Paragraph paragraph : paragraphs) {
			if (paragraph.start() > offset) {
				break;
			}
			found = paragraph.index();
		}
		return found;
	}

	/** The widget's line on which paragraph {@code index} starts. */
	int lineOf(int index) {
		return text.getLineAtOffset(Math.min(paragraphs.get(index).start(), text.getCharCount()));
	}

	/**
	 * Where paragraph {@code index}'s text starts, in pixels from the top of the whole text (below the space a
	 * vertical indent adds above it).
	 */
	int paragraphTop(int index) {
		int line = lineOf(index);
		return text.getTopPixel() + text.getLinePixel(line) + text.getLineVerticalIndent(line);
	}

		/** The paragraph at the widget's caret, or -1. */
	int paragraphAtCaret() {
		return paragraphAt(text.getCaretOffset());
	}

	/**
	 * Highlights paragraph {@code index} (-1: none), the one highlighted before no longer: a tint of the selection
	 * colour on the pane's own background (the theme's, dark under a Dark theme), so the text stays readable in its
	 * own colour.
	 */
	void highlight(int index) {
		if (highlighted >= 0 && highlighted < paragraphs.size()) {
			text.setLineBackground(lineOf(highlighted), 1, null);
		}
		highlighted = index;
		if (index >= 0 && index < paragraphs.size()) {
			RGB selection = text.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION).getRGB();
			text.setLineBackground(lineOf(index), 1, new Color(ThemeColors.mix(selection, text.getBackground().getRGB(), 0.75)));
		}
	}

	/** The paragraph highlighted, or -1. */
	int highlighted() {
		return highlighted;
	}

	/** Puts the caret at the start of paragraph {@code index}, and that paragraph in view. */
	void moveCaretTo(int index) {
		text.setSelection(paragraphs.get(index).start());
	}

	int paragraphCount() {
		return paragraphs.size();
	}

	StyledText text() {
		return text;
	}

	Composite control() {
		return root;
	}

	String titleText() {
		return title.getText();
	}

	String roleText() {
		return role.getText();
	}
}
