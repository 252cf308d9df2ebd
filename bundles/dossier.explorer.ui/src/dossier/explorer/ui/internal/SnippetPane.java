// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dossier.ui.BidiText;
import dossier.ui.ThemeColors;

/**
 * The preview under the table: the selected article's title and, for a search hit, its highlighted snippet, laid
 * out in the text's own direction.
 */
final class SnippetPane {

	private final StyledText text;

	SnippetPane(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(6, 4, 6, 4);
	}

	Control control() {
		return text;
	}

	/**
	 * Shows {@code ref}'s title and {@code passage} (its highlighted passage in the search shown; empty when it has
	 * none, null while it is being highlighted), or nothing for a null {@code ref}.
	 */
	void show(@Nullable ArticleRef ref, @Nullable String passage) {
		if (ref == null) {
			text.setText(""); //$NON-NLS-1$
			return;
		}
		String title = ref.summary().title();
		Snippets.Highlighted snippet = Snippets.parse(passage == null ? "" : passage); //$NON-NLS-1$
		String body = passage == null ? Messages.Preview_highlighting
				: snippet.text().isEmpty() ? Messages.Preview_noSnippet : snippet.text();
		String all = title + '\n' + body;
		boolean rtl = BidiText.isRightToLeft(title.isEmpty() ? body : title);
		text.setOrientation(rtl ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT);
		text.setText(all);
		List<StyleRange> ranges = new ArrayList<>();
		StyleRange heading = new StyleRange(0, title.length(), null, null, SWT.BOLD);
		ranges.add(heading);
		int offset = title.length() + 1;
		// Matches in yellow behind black on a light theme, dark amber behind white on a dark one: from the pane's
		// own background, which the theme sets.
		RGB background = text.getBackground().getRGB();
		Color matchBackground = new Color(ThemeColors.matchBackground(background));
		Color matchForeground = new Color(ThemeColors.matchForeground(background));
		for (int[] match : snippet.matches()) {
			StyleRange range = new StyleRange(offset + match[0], match[1] - match[0], matchForeground,
					matchBackground, SWT.BOLD);
			ranges.add(range);
		}
		text.setStyleRanges(ranges.toArray(StyleRange[]::new));
		text.setFont(JFaceResources.getDialogFont());
	}

	/** The shown text, for tests. */
	String shownText() {
		return text.getText();
	}

	/** The styles of the shown text (the title, the matches), for tests. */
	StyleRange[] styles() {
		return text.getStyleRanges();
	}
}
