// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dossier.explorer.ui.ExplorerFilters;
import dossier.insight.Dimension;
import dossier.insight.Granularity;
import dossier.insight.Timeline;
import dossier.insight.ui.InsightUi;
import dossier.tests.common.Workbench;
import dossier.ui.ThemeColors;

/**
 * The workbench's themes (Preferences > General > Appearance): the product starts in Light and offers Dark; under
 * Dark the charts Dossier draws itself are dark with light text like the rest of the workbench, not white boxes,
 * while their exports stay on white paper for reports.
 */
class ThemesTest {

	private static final String LIGHT = "org.eclipse.e4.ui.css.theme.e4_default"; //$NON-NLS-1$
	private static final String DARK = "org.eclipse.e4.ui.css.theme.e4_dark"; //$NON-NLS-1$

	private IProject project;
	private TimelineView view;

	@AfterEach
	void close() throws Exception {
		engine().setTheme(LIGHT, false);
		if (view != null) {
			ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.PERIOD, null);
			Workbench.page().hideView(view);
		}
		Workbench.joinJobs(InsightUi.JOB_FAMILY);
	}

	private static IThemeEngine engine() {
		IThemeEngine engine = PlatformUI.getWorkbench().getService(IThemeEngine.class);
		assertNotNull(engine, "the workbench styles itself with a theme engine");
		return engine;
	}

	@Test
	void theDarkThemeDrawsTheTimelineDarkWithLightTextAndItsExportStaysOnPaper() throws Exception {
		IThemeEngine engine = engine();
		List<String> themes = engine.getThemes().stream().map(ITheme::getId).toList();
		assertTrue(themes.containsAll(List.of(LIGHT, DARK)), "the Appearance page offers Light and Dark: " + themes);
		assertEquals(LIGHT, engine.getActiveTheme().getId(), "the product starts in the Light theme");

		project = InsightFixture.knownCorpus("InsightThemes");
		view = (TimelineView) Workbench.page().showView(InsightUi.VIEW_TIMELINE);
		view.corpora().choose(project);
		view.choose(Granularity.MONTH, Dimension.LANGUAGE, false);
		InsightFixture.settle("the timeline of the known corpus", () -> {
			Timeline shown = view.chart().timeline();
			return shown != null && shown.dated() + shown.undated() == 5;
		});
		Canvas canvas = view.chart().control();
		Workbench.waitUntil("the timeline has room", () -> canvas.getClientArea().height > 50);
		RGB lightGround = ground(drawn(canvas));
		assertFalse(ThemeColors.isDark(lightGround), "Light: a light chart, " + lightGround);

		engine.setTheme(DARK, false);
		Workbench.waitUntil("the timeline restyled by the Dark theme", () -> ThemeColors.isDark(canvas.getBackground().getRGB()));
		ImageData dark = drawn(canvas);
		RGB darkGround = ground(dark);
		assertTrue(ThemeColors.isDark(darkGround), "Dark: the chart is drawn on the theme's dark ground, not white: " + darkGround);
		assertEquals(canvas.getBackground().getRGB(), darkGround, "the ground is the theme's own");
		assertTrue(ThemeColors.contrast(canvas.getForeground().getRGB(), darkGround) >= 4.5,
				"the text colour reads on it: " + canvas.getForeground().getRGB());
		assertTrue(hasPixel(dark, rgb -> ThemeColors.luminance(rgb) > 0.4), "light text is drawn (the legend, the scale)");

		ImageData exported = new ImageLoader().load(new ByteArrayInputStream(view.export("png")))[0];
		assertEquals(new RGB(255, 255, 255), ground(exported), "the PNG export stays on white paper");
	}

	/** The canvas as it paints itself now. */
	private static ImageData drawn(Canvas control) {
		control.redraw();
		control.update();
		Rectangle area = control.getClientArea();
		Image image = new Image(control.getDisplay(), area.width, area.height);
		GC gc = new GC(image);
		try {
			control.print(gc);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		return data;
	}

	/** The commonest colour of {@code image}: what it is drawn on. */
	private static RGB ground(ImageData image) {
		Map<RGB, Integer> counts = new HashMap<>();
		for (int y = 0; y < image.height; y += 2) {
			for (int x = 0; x < image.width; x += 2) {
				counts.merge(image.palette.getRGB(image.getPixel(x, y)), 1, Integer::sum);
			}
		}
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	private static boolean hasPixel(ImageData image, java.util.function.Predicate<RGB> test) {
		for (int y = 0; y < image.height; y++) {
			for (int x = 0; x < image.width; x++) {
				if (test.test(image.palette.getRGB(image.getPixel(x, y)))) {
					return true;
				}
			}
		}
		return false;
	}
}
