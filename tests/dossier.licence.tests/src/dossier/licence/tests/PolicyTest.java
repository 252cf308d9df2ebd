// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dossier.licence.Policy;
import dossier.licence.Severity;

/** Policy files, JSON and properties, as docs/licence-json.md documents them. */
class PolicyTest {

	@Test
	void json() {
		Policy policy = Policy.fromJson(new StringReader("""
				{"outgoing_licence": "CC-BY-SA-4.0", "commercial_use": true,
				 "severity": {"creator-missing": "error"}, "disabled": ["title-missing"]}"""));
		assertEquals("CC-BY-SA-4.0", policy.outgoingLicence().id());
		assertTrue(policy.commercialUse());
		assertEquals(Severity.ERROR, policy.severities().get("creator-missing"));
		assertEquals(Set.of("title-missing"), policy.disabled());
	}

	@Test
	void properties() throws IOException {
		Policy policy = Policy.fromProperties(new StringReader("""
				outgoing.licence = CC-BY-NC-SA-4.0
				commercial.use = false
				severity.third-party-not-covered = error
				disabled = creator-missing, source-link-missing
				"""));
		assertEquals("CC-BY-NC-SA-4.0", policy.outgoingLicence().id());
		assertEquals(Severity.ERROR, policy.severities().get("third-party-not-covered"));
		assertEquals(Set.of("creator-missing", "source-link-missing"), policy.disabled());
	}

	@Test
	void defaultsAndBadValues() throws IOException {
		assertNull(Policy.fromProperties(new StringReader("")).outgoingLicence());
		IllegalArgumentException licence = assertThrows(IllegalArgumentException.class,
				() -> Policy.fromJson(new StringReader("{\"outgoing_licence\": \"MIT-ish\"}")));
		assertTrue(licence.getMessage().contains("MIT-ish"));
		assertThrows(IllegalArgumentException.class, () -> Policy.fromProperties(new StringReader("severity.x = fatal")));
		assertThrows(IllegalArgumentException.class, () -> Policy.fromJson(new StringReader("[1, 2")));
	}
}
