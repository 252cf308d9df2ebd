// SPDX-License-Identifier: EPL-2.0
package dossier.ui.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;
import org.osgi.framework.Bundle;

/**
 * F1 and <em>Help › Help Contents</em> where no help user interface is installed (the standalone product: the
 * platform's {@code org.eclipse.help.ui} and its web application are not in its target): the page of the part in
 * focus, or the user guide's first page, opened in the system's browser from the help bundle's files. In an Eclipse
 * installation that has a help user interface, every request goes to it: this class only stands in for a missing one.
 */
public final class GuideHelpUI extends AbstractHelpUI {

	/** The help system's extension point. */
	private static final String HELP_SUPPORT = "org.eclipse.ui.helpSupport"; //$NON-NLS-1$

	/** Where a page is shown; the system's browser, or a test's recorder. */
	static Consumer<URL> browser = GuideHelpUI::openInBrowser;

	private final @Nullable AbstractHelpUI installed = installedHelpUI();

	@Override
	public void displayHelp() {
		if (installed != null) {
			installed.displayHelp();
			return;
		}
		IToc guide = Arrays.stream(HelpSystem.getTocs())
				.filter(toc -> toc.getHref() != null && toc.getHref().startsWith("/dossier.help/")) //$NON-NLS-1$
				.findFirst().orElse(null);
		if (guide == null) {
			return;
		}
		// the book's own page (its index), else its first chapter
		ITopic front = guide.getTopic(null);
		if (front != null && front.getHref() != null) {
			show(front.getHref());
		} else if (guide.getTopics().length > 0) {
			show(guide.getTopics()[0].getHref());
		}
	}

	@Override
	public void displaySearch() {
		if (installed != null) {
			installed.displaySearch();
		} else {
			displayHelp();
		}
	}

	@Override
	public void displayDynamicHelp() {
		if (installed != null) {
			installed.displayDynamicHelp();
		} else {
			displayHelp();
		}
	}

	@Override
	public void displayHelpResource(@Nullable String href) {
		if (installed != null) {
			installed.displayHelpResource(href);
		} else if (href != null) {
			show(href);
		}
	}

	@Override
	public void displayContext(@Nullable IContext context, int x, int y) {
		if (installed != null) {
			installed.displayContext(context, x, y);
			return;
		}
		IHelpResource[] topics = context == null ? null : context.getRelatedTopics();
		if (topics != null && topics.length > 0) {
			show(topics[0].getHref());
		} else {
			displayHelp();
		}
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return installed != null && installed.isContextHelpDisplayed();
	}

	/**
	 * Shows a help page, {@code /bundle/path/page.html#anchor}: the bundle's folder of the page extracted once (so
	 * its style sheet and images come along) and the page opened from there.
	 */
	static void show(String href) {
		URL url = pageUrl(href);
		if (url != null) {
			browser.accept(url);
		}
	}

	static @Nullable URL pageUrl(String href) {
		String[] parts = href.split("#", 2); //$NON-NLS-1$
		String path = parts[0].startsWith("/") ? parts[0].substring(1) : parts[0]; //$NON-NLS-1$
		int slash = path.indexOf('/');
		if (slash < 0) {
			return null;
		}
		Bundle bundle = Platform.getBundle(path.substring(0, slash));
		String page = path.substring(slash + 1);
		int folderEnd = page.lastIndexOf('/');
		URL folder = bundle == null ? null : bundle.getEntry(folderEnd < 0 ? "/" : page.substring(0, folderEnd + 1)); //$NON-NLS-1$
		if (folder == null) {
			return null;
		}
		try {
			URL extracted = FileLocator.toFileURL(folder);
			return new URL(extracted, page.substring(folderEnd + 1) + (parts.length > 1 ? '#' + parts[1] : "")); //$NON-NLS-1$
		} catch (IOException e) {
			ILog.of(GuideHelpUI.class).error("Help page " + href + " could not be read", e); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
	}

	private static void openInBrowser(URL url) {
		try {
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(url);
		} catch (PartInitException e) {
			ILog.of(GuideHelpUI.class).error("No browser to show " + url, e); //$NON-NLS-1$
		}
	}

	/** Another bundle's help user interface (an Eclipse IDE's), which then answers every request. */
	private static @Nullable AbstractHelpUI installedHelpUI() {
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(HELP_SUPPORT)) {
			if (!element.getContributor().getName().equals("dossier.ui")) { //$NON-NLS-1$
				try {
					return (AbstractHelpUI) element.createExecutableExtension("class"); //$NON-NLS-1$
				} catch (CoreException | ClassCastException e) {
					ILog.of(GuideHelpUI.class).warn("Help user interface of " + element.getContributor().getName() //$NON-NLS-1$
							+ " could not be made: " + e.getMessage()); //$NON-NLS-1$
				}
			}
		}
		return null;
	}
}
