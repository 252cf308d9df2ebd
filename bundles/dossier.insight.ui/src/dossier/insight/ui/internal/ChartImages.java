// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/** Paints a chart into an image and encodes it as PNG with SWT's {@link ImageLoader}. */
final class ChartImages {

	private ChartImages() {
	}

	/** The PNG of what {@code painter} draws in {@code width} x {@code height} pixels. */
	static byte[] png(Display display, int width, int height, Consumer<GC> painter) {
		Image image = new Image(display, Math.max(1, width), Math.max(1, height));
		try {
			GC gc = new GC(image);
			try {
				painter.accept(gc);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			loader.save(out, SWT.IMAGE_PNG);
			return out.toByteArray();
		} finally {
			image.dispose();
		}
	}
}
