// SPDX-License-Identifier: EPL-2.0
package dossier.examples.housepolicy.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dossier.examples.housepolicy.PhotographerNamed;

class PhotographerNamedTest {

	@ParameterizedTest
	@ValueSource(strings = { "GAVRIIL GRIGOROV / POOL / AFP via Getty Images", "Mario Rossi/ANSA", "تصوير: محمد حسن - رويترز",
			"Jane Doe" })
	void creditsNamingAPersonPass(String holder) {
		assertTrue(PhotographerNamed.namesAPerson(holder), holder);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Reuters", "AFP via Getty Images", "أرشيفية - رويترز", "POOL / AFP", "ANSA", "Handout" })
	void agencyOnlyCreditsFail(String holder) {
		assertFalse(PhotographerNamed.namesAPerson(holder), holder);
	}
}
