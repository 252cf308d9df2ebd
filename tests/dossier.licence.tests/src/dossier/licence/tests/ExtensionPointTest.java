// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dossier.licence.LicenceRules;
import dossier.licence.RuleDescriptor;

/**
 * plugin.xml declares the extension point dossier.licenceRules and contributes exactly the built-in rules, with
 * the same severity, reference and versions as {@link LicenceRules#builtIn()}.
 */
class ExtensionPointTest {

	@Test
	void pluginXmlContributesEveryBuiltInRule() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Element root;
		try (InputStream in = LicenceRules.class.getResourceAsStream("/plugin.xml")) {
			assertNotNull(in, "plugin.xml in the bundle");
			root = factory.newDocumentBuilder().parse(in).getDocumentElement();
		}
		Element point = (Element) root.getElementsByTagName("extension-point").item(0);
		assertEquals("dossier.licenceRules", point.getAttribute("id"));
		assertEquals("schema/licenceRules.exsd", point.getAttribute("schema"));
		assertNotNull(LicenceRules.class.getResourceAsStream("/schema/licenceRules.exsd"));
		Map<String, Element> declared = new HashMap<>();
		NodeList rules = root.getElementsByTagName("rule");
		for (int i = 0; i < rules.getLength(); i++) {
			Element rule = (Element) rules.item(i);
			declared.put(rule.getAttribute("id"), rule);
		}
		assertEquals(LicenceRules.builtIn().size(), declared.size());
		for (RuleDescriptor rule : LicenceRules.builtIn()) {
			Element element = declared.get(rule.id());
			assertNotNull(element, rule.id());
			assertEquals(rule.defaultSeverity().name().toLowerCase(Locale.ROOT), element.getAttribute("severity"), rule.id());
			assertEquals(rule.reference(), element.getAttribute("reference"), rule.id());
			assertEquals(rule.helpUri(), element.getAttribute("helpUri"), rule.id());
			assertEquals(rule.rule().getClass().getName(), element.getAttribute("class"), rule.id());
			String versions = element.getAttribute("versions");
			assertEquals(rule.versions().size(), versions.isEmpty() ? 0 : versions.split(",\\s*").length, rule.id());
			assertTrue(rule.versions().stream().allMatch(versions::contains), rule.id());
		}
	}
}
