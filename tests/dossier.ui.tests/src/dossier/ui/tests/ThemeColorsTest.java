// SPDX-License-Identifier: EPL-2.0
package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

import dossier.ui.ThemeColors;

class ThemeColorsTest {

	private static final RGB WHITE = new RGB(255, 255, 255);
	private static final RGB ECLIPSE_DARK = new RGB(47, 47, 47);
	private static final RGB GTK_DARK = new RGB(36, 36, 36);

	@Test
	void darkThemesAreToldFromLightOnes() {
		assertFalse(ThemeColors.isDark(WHITE));
		assertFalse(ThemeColors.isDark(new RGB(246, 245, 244)), "GTK's light window background");
		assertTrue(ThemeColors.isDark(ECLIPSE_DARK));
		assertTrue(ThemeColors.isDark(GTK_DARK));
		assertEquals(21.0, ThemeColors.contrast(WHITE, new RGB(0, 0, 0)), 0.01);
	}

	@Test
	void highlightsKeepTheirTextReadableOnBothThemes() {
		for (RGB page : new RGB[] { WHITE, ECLIPSE_DARK, GTK_DARK }) {
			RGB match = ThemeColors.matchBackground(page);
			assertTrue(ThemeColors.contrast(ThemeColors.matchForeground(page), match) >= 4.5, "match on " + page);
			assertEquals(ThemeColors.isDark(page), ThemeColors.isDark(ThemeColors.highlight(page)));
		}
	}

	@Test
	void aTintLeansTowardsThePage() {
		RGB blue = new RGB(0x00, 0x72, 0xB2);
		assertEquals(new RGB(204, 227, 240), ThemeColors.mix(blue, WHITE, 0.8), "the light theme's tint, as before");
		RGB darkTint = ThemeColors.mix(blue, ECLIPSE_DARK, 0.8);
		assertTrue(ThemeColors.isDark(darkTint), darkTint.toString());
		assertTrue(ThemeColors.contrast(new RGB(204, 204, 204), darkTint) >= 4.5, "the dark theme's text reads on it");
	}
}
