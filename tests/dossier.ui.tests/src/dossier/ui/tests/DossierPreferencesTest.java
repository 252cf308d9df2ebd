// SPDX-License-Identifier: EPL-2.0
package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dossier.ui.DossierUi;

/** Window > Preferences shows one "Dossier" page (declared here, in dossier.ui) with Dossier's pages below it. */
class DossierPreferencesTest {

	@Test
	void theDossierPageHoldsTheLicenceAndMentionStylePages() {
		PreferenceManager manager = PlatformUI.getWorkbench().getPreferenceManager();
		IPreferenceNode root = manager.find(DossierUi.PREFERENCE_PAGE);
		assertNotNull(root, "a root Dossier page");
		assertEquals("Dossier", root.getLabelText());
		root.createPage();
		try {
			assertEquals("dossier.ui.internal.DossierPreferencePage", root.getPage().getClass().getName());
		} finally {
			root.disposeResources();
		}
		assertEquals("Licences", manager.find(DossierUi.PREFERENCE_PAGE + "/dossier.licence.ui.preferences").getLabelText());
		assertNotNull(manager.find(DossierUi.PREFERENCE_PAGE + "/dossier.entities.ui.preferences.styles"),
				"Mention Styles is below Dossier too");
	}
}
