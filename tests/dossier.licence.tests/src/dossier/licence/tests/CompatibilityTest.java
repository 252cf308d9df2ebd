// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.licence.Compatibility;
import dossier.licence.CompatibilityVerdict;
import dossier.licence.LicenceId;

/** The compatibility engine against the CC rules in the notes. */
class CompatibilityTest {

	@ParameterizedTest(name = "{0} -> {1} (commercial {2}, adaptation {3}): {4}")
	@CsvSource(textBlock = """
			CC-BY-4.0, CC-BY-SA-4.0, false, true, true
			CC-BY-SA-4.0, CC-BY-4.0, false, true, false
			CC-BY-SA-4.0 CC-BY-NC-SA-4.0, CC-BY-SA-4.0, false, true, false
			CC-BY-SA-4.0 CC-BY-NC-SA-4.0, CC-BY-NC-SA-4.0, false, true, false
			CC-BY-ND-4.0, CC-BY-ND-4.0, false, true, false
			CC-BY-NC-ND-4.0, CC-BY-NC-ND-4.0, false, false, true
			CC0-1.0, CC-BY-4.0, true, true, true
			LicenseRef-public-domain-mark, LicenseRef-all-rights-reserved, true, true, true
			CC-BY-SA-4.0, GPL-3.0-only, false, true, true
			GPL-3.0-only, CC-BY-SA-4.0, false, true, false
			CC-BY-SA-3.0, GPL-3.0-only, false, true, false
			CC-BY-SA-3.0, CC-BY-SA-4.0, false, true, true
			CC-BY-SA-4.0, CC-BY-SA-3.0, false, true, false
			CC-BY-NC-4.0, CC-BY-NC-SA-4.0, true, true, false
			CC-BY-NC-4.0, CC-BY-NC-SA-4.0, false, true, true
			CC-BY-NC-4.0, CC-BY-4.0, false, true, false
			LicenseRef-all-rights-reserved, CC-BY-4.0, false, false, false
			CC-BY-SA, CC-BY-SA-4.0, false, true, true
			""")
	void verdicts(String sources, String outgoing, boolean commercial, boolean adaptation, boolean allowed) {
		List<LicenceId> ids = Arrays.stream(sources.split(" ")).map(LicenceId::parse).toList();
		CompatibilityVerdict verdict = Compatibility.check(ids, LicenceId.parse(outgoing), commercial, adaptation);
		assertEquals(allowed, verdict.allowed(), verdict.reasons()::toString);
		assertTrue(!verdict.reasons().isEmpty());
	}

	@Test
	void reasonsExplain() {
		CompatibilityVerdict verdict = Compatibility.check(List.of(LicenceId.parse("CC-BY-SA-4.0"), LicenceId.parse("CC-BY-NC-SA-4.0")),
				LicenceId.parse("CC-BY-SA-4.0"), false, true);
		assertTrue(verdict.reasons().stream().anyMatch(r -> r.contains("cannot be combined")), verdict.reasons()::toString);
		CompatibilityVerdict nd = Compatibility.check(List.of(LicenceId.parse("CC-BY-ND-4.0")), LicenceId.parse("CC-BY-ND-4.0"), false, true);
		assertTrue(nd.reasons().get(0).contains("translations included"));
	}

	@Test
	void idsRoundTrip() {
		for (String id : List.of("CC-BY-4.0", "CC-BY-SA-3.0-IGO", "CC-BY-SA-2.0-UK", "CC-BY-NC-ND-4.0", "CC0-1.0", "CC-BY-SA",
				"LicenseRef-all-rights-reserved", "GFDL-1.3-or-later")) {
			assertEquals(id, LicenceId.parse(id).id());
		}
	}
}
