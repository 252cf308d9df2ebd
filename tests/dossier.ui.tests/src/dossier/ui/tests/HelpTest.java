// SPDX-License-Identifier: EPL-2.0
package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import dossier.tests.common.Workbench;
import dossier.ui.DossierUi;
import dossier.ui.HelpContexts;

/**
 * The user guide of dossier.help is in the help system, every context help id the parts use resolves to a page that
 * exists, the views carry their ids (what F1 looks up), and the cheat sheet is declared with commands that exist.
 */
class HelpTest {

	private static final String HELP_BUNDLE = "dossier.help";
	/** The key under which the workbench's help system stores a control's context id. */
	private static final String HELP_KEY = "org.eclipse.ui.help";
	private static final String CHEAT_SHEET = "cheatsheets/check-and-credit.xml";
	private static final String CHEAT_SHEETS_POINT = "org.eclipse.ui.cheatsheets.cheatSheetContent";

	/** Views a test opened, closed after it (views of the perspective stay as they were). */
	private final List<IViewPart> opened = new ArrayList<>();

	@AfterEach
	void closeViews() {
		opened.forEach(view -> Workbench.page().hideView(view));
	}

	@Test
	void theUserGuideIsABookOfTheHelpSystemAndEveryTopicExists() {
		IToc guide = Arrays.stream(HelpSystem.getTocs()).filter(toc -> "Dossier User Guide".equals(toc.getLabel()))
				.findFirst().orElseThrow(() -> new AssertionError("no toc 'Dossier User Guide' among "
						+ Arrays.stream(HelpSystem.getTocs()).map(IToc::getLabel).toList()));
		List<String> hrefs = new ArrayList<>();
		collect(guide.getTopics(), hrefs);
		assertTrue(hrefs.size() >= 8, "topics: " + hrefs);
		hrefs.forEach(HelpTest::assertPageExists);
	}

	@Test
	void everyContextIdOfTheWorkbenchResolvesToExistingPages() throws IllegalAccessException {
		List<String> ids = contextIds();
		assertTrue(ids.size() >= 15, "context ids: " + ids);
		for (String id : ids) {
			IContext context = HelpSystem.getContext(id);
			assertNotNull(context, "context " + id + " in dossier.help/contexts.xml");
			assertFalse(context.getText() == null || context.getText().isBlank(), "a description for " + id);
			IHelpResource[] topics = context.getRelatedTopics();
			assertTrue(topics.length > 0, "topics for " + id);
			Arrays.stream(topics).map(IHelpResource::getHref).forEach(HelpTest::assertPageExists);
		}
	}

	@Test
	void theViewsCarryTheirContextIdsForF1() throws PartInitException {
		assertViewCarries(DossierUi.VIEW_EXPLORER, HelpContexts.EXPLORER_VIEW);
		assertViewCarries(DossierUi.VIEW_ATTRIBUTION, HelpContexts.ATTRIBUTION_VIEW);
		assertViewCarries("dossier.entities.catalogue", HelpContexts.CATALOGUE_VIEW);
		assertViewCarries("dossier.insight.timeline", HelpContexts.TIMELINE_VIEW);
		assertViewCarries("dossier.insight.overview", HelpContexts.OVERVIEW_VIEW);
		assertViewCarries("dossier.insight.map", HelpContexts.MAP_VIEW);
		assertViewCarries("dossier.insight.network", HelpContexts.NETWORK_VIEW);
	}

	@Test
	void theCheatSheetIsDeclaredAndItsCommandsExist() throws IOException, CommandException {
		Bundle help = Platform.getBundle(HELP_BUNDLE);
		assertNotNull(help, "dossier.help is installed");
		String pluginXml = read(help.getEntry("plugin.xml"));
		assertTrue(pluginXml.contains("point=\"" + CHEAT_SHEETS_POINT + "\"")
				&& pluginXml.contains("contentFile=\"" + CHEAT_SHEET + "\""), "the cheat sheet is contributed");
		IExtensionPoint point = Platform.getExtensionRegistry().getExtensionPoint(CHEAT_SHEETS_POINT);
		if (point != null) {
			// Where org.eclipse.ui.cheatsheets is installed (an Eclipse IDE), the registry holds the contribution.
			assertTrue(Arrays.stream(point.getExtensions()).map(IExtension::getContributor)
					.anyMatch(contributor -> HELP_BUNDLE.equals(contributor.getName())), "registered cheat sheet");
		}
		String cheatSheet = read(help.getEntry(CHEAT_SHEET));
		assertTrue(cheatSheet.contains("<cheatsheet title=\"Check and credit an article\">"), "its title");

		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Matcher serialization = Pattern.compile("serialization=\"([^\"]+)\"").matcher(cheatSheet);
		int count = 0;
		while (serialization.find()) {
			ParameterizedCommand command = commands.deserialize(serialization.group(1));
			assertTrue(command.getCommand().isDefined(), serialization.group(1));
			count++;
		}
		assertEquals(4, count, "commands of the cheat sheet");
		Matcher view = Pattern.compile("viewId=([\\w.]+)").matcher(cheatSheet);
		while (view.find()) {
			assertNotNull(PlatformUI.getWorkbench().getViewRegistry().find(view.group(1)), "view " + view.group(1));
		}
		assertNotNull(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(DossierUi.PERSPECTIVE_ANALYSIS));
		Matcher href = Pattern.compile("href=\"/dossier\\.help/([^\"]+)\"").matcher(cheatSheet);
		while (href.find()) {
			assertPageExists("/dossier.help/" + href.group(1));
		}
	}

	private void assertViewCarries(String viewId, String contextId) throws PartInitException {
		boolean wasOpen = Workbench.page().findView(viewId) != null;
		IViewPart view = Workbench.page().showView(viewId);
		if (!wasOpen) {
			opened.add(view);
		}
		Workbench.processEvents();
		List<Control> carriers = Workbench.findAll(Workbench.window().getShell(), Control.class,
				control -> contextId.equals(control.getData(HELP_KEY)));
		assertFalse(carriers.isEmpty(), viewId + " sets the context id " + contextId);
	}

	/** The public constants of HelpContexts: the ids the parts set. */
	private static List<String> contextIds() throws IllegalAccessException {
		Set<String> ids = new LinkedHashSet<>();
		for (Field field : HelpContexts.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				ids.add((String) field.get(null));
			}
		}
		return List.copyOf(ids);
	}

	private static void collect(ITopic[] topics, List<String> hrefs) {
		for (ITopic topic : topics) {
			hrefs.add(topic.getHref());
			collect(topic.getSubtopics(), hrefs);
		}
	}

	/** A help href, "/dossier.help/html/page.html#anchor", names a file of dossier.help (and the anchor exists). */
	private static void assertPageExists(String href) {
		assertNotNull(href);
		String prefix = "/" + HELP_BUNDLE + "/";
		if (!href.startsWith(prefix)) {
			fail("not a page of dossier.help: " + href);
		}
		int hash = href.indexOf('#');
		String path = href.substring(prefix.length(), hash < 0 ? href.length() : hash);
		URL entry = Platform.getBundle(HELP_BUNDLE).getEntry(path);
		assertNotNull(entry, "page " + path);
		if (hash >= 0) {
			try {
				String anchor = href.substring(hash + 1);
				assertTrue(read(entry).contains("id=\"" + anchor + "\""), "anchor " + anchor + " in " + path);
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		}
	}

	private static String read(URL entry) throws IOException {
		assertNotNull(entry);
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
