// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dossier.index.ArticleSummary;
import dossier.tests.common.Workbench;
import dossier.ui.ThemeColors;

/**
 * The Explorer's preview on a light and on a dark theme: a search match reads on both (WCAG contrast of at least
 * 4.5 between its text and its background, and its colour stands out from the page's), where a fixed yellow behind
 * a dark theme's light text did not.
 */
class PreviewThemeTest {

	private Shell shell;

	@AfterEach
	void close() {
		if (shell != null) {
			shell.dispose();
		}
	}

	@Test
	void aMatchReadsOnALightTheme() {
		assertMatchReads(new RGB(255, 255, 255), new RGB(0, 0, 0));
	}

	@Test
	void aMatchReadsOnADarkTheme() {
		// The workbench's Dark theme paints text widgets 47,47,47 with 204,204,204 text.
		assertMatchReads(new RGB(47, 47, 47), new RGB(204, 204, 204));
	}

	private void assertMatchReads(RGB page, RGB text) {
		shell = new Shell(Workbench.display());
		shell.setLayout(new FillLayout());
		SnippetPane pane = new SnippetPane(shell);
		pane.control().setBackground(new Color(page));
		pane.control().setForeground(new Color(text));
		shell.setSize(500, 200);
		ArticleSummary summary = new ArticleSummary("a1", "Putin in Rome", "ANSA", "en", "2024-06-03", "CC-BY", "x.json");
		pane.show(new ArticleRef(ResourcesPlugin.getWorkspace().getRoot().getProject("Preview"), summary, null, -1, null),
				"The talks with " + Snippets.OPEN + "Putin" + Snippets.CLOSE + " went on.");
		List<StyleRange> matches = Arrays.stream(pane.styles()).filter(range -> range.background != null).toList();
		assertEquals(1, matches.size(), "one match highlighted");
		StyleRange match = matches.get(0);
		assertEquals("Putin", pane.shownText().substring(match.start, match.start + match.length));
		RGB background = match.background.getRGB();
		RGB foreground = match.foreground.getRGB();
		assertTrue(ThemeColors.contrast(foreground, background) >= 4.5,
				"match text " + foreground + " on " + background + ": contrast " + ThemeColors.contrast(foreground, background));
		int distance = Math.abs(background.red - page.red) + Math.abs(background.green - page.green)
				+ Math.abs(background.blue - page.blue);
		assertTrue(distance >= 100, "the match stands out from the page " + page + ": " + background);
		assertEquals(ThemeColors.isDark(page), ThemeColors.isDark(background), "a dark theme gets a dark highlight");
		assertTrue((match.fontStyle & SWT.BOLD) != 0);
	}
}
