// SPDX-License-Identifier: EPL-2.0
package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.Test;

/**
 * Every icon that a Dossier bundle gives a view, editor, perspective, wizard or command is drawn for the screen it
 * is shown on: a vector image (SVG, rendered by the platform at each zoom), so that it is sharp on a HiDPI screen
 * at 200 % instead of a 16-pixel image blown up.
 */
class IconsTest {

	private record Icon(String bundle, String path) {
		@Override
		public String toString() {
			return bundle + '/' + path;
		}
	}

	@Test
	void everyIconOfADossierContributionIsAVectorImageSharpAtEveryZoom() throws Exception {
		List<Icon> icons = dossierIcons();
		assertTrue(icons.size() >= 8, "the views, editors, perspective and wizards of Dossier have icons: " + icons);
		for (Icon icon : icons) {
			assertTrue(icon.path().endsWith(".svg"), icon + " is not an SVG: blurred on a HiDPI screen");
			ImageDescriptor descriptor = descriptorOf(icon);
			ImageData normal = descriptor.getImageData(100);
			ImageData doubled = descriptor.getImageData(200);
			assertNotNull(normal, icon + " does not load");
			assertNotNull(doubled, icon + " does not load at 200 %");
			assertEquals(16, normal.width, icon + " at 100 %");
			assertEquals(32, doubled.width, icon + " at 200 %");
			assertTrue(opaquePixels(doubled) > 3 * opaquePixels(normal),
					icon + " at 200 % is not drawn over four times the pixels");
		}
	}

	private static List<Icon> dossierIcons() {
		List<Icon> icons = new ArrayList<>();
		for (String point : new String[] { "org.eclipse.ui.views", "org.eclipse.ui.editors", //$NON-NLS-1$ //$NON-NLS-2$
				"org.eclipse.ui.perspectives", "org.eclipse.ui.newWizards", "org.eclipse.ui.importWizards", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"org.eclipse.ui.commandImages", "org.eclipse.ui.menus" }) { //$NON-NLS-1$ //$NON-NLS-2$
			IExtensionPoint extensionPoint = Platform.getExtensionRegistry().getExtensionPoint(point);
			for (IExtension extension : extensionPoint.getExtensions()) {
				String bundle = extension.getContributor().getName();
				if (bundle.startsWith("dossier.")) { //$NON-NLS-1$
					for (IConfigurationElement element : extension.getConfigurationElements()) {
						collect(bundle, element, icons);
					}
				}
			}
		}
		return icons;
	}

	private static void collect(String bundle, IConfigurationElement element, List<Icon> icons) {
		String path = element.getAttribute("icon"); //$NON-NLS-1$
		if (path != null && !path.startsWith("platform:")) { //$NON-NLS-1$ (the platform's own icons are its business)
			icons.add(new Icon(bundle, path));
		}
		for (IConfigurationElement child : element.getChildren()) {
			collect(bundle, child, icons);
		}
	}

	private static ImageDescriptor descriptorOf(Icon icon) throws Exception {
		Optional<ImageDescriptor> descriptor = ResourceLocator.imageDescriptorFromBundle(icon.bundle(), icon.path());
		assertTrue(descriptor.isPresent(), icon + " is not in its bundle");
		URL url = Platform.getBundle(icon.bundle()).getEntry(icon.path());
		assertNotNull(url, icon + " is not packaged (build.properties)");
		return descriptor.get();
	}

	private static int opaquePixels(ImageData image) {
		int count = 0;
		for (int y = 0; y < image.height; y++) {
			for (int x = 0; x < image.width; x++) {
				if (image.getAlpha(x, y) > 0 || image.alphaData == null && image.getTransparencyMask() == null) {
					count++;
				}
			}
		}
		return count;
	}
}
