// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dossier.ui.Counts;

/** The explorer's counts say "1 article" and "2 articles", never "1 articles". */
class CountMessagesTest {

	@Test
	void theStatusLineCountsInTheSingularAndThePlural() {
		assertEquals("1 article in Samples", NLSBind.count(1, "Samples"));
		assertEquals("2 articles in Samples", NLSBind.count(2, "Samples"));
		assertEquals("12,500 articles in Big; the first 10,000 rows listed, more as you scroll down",
				NLSBind.countShown(12_500, "Big", 10_000));
	}

	@Test
	void theOtherCountsToo() {
		assertEquals("3 imported, 0 updated, 1 duplicate, 0 failed (corpus C)",
				Counts.format(Messages.Import_summary, 3, 0, 1, 0, "C"));
		assertEquals("3 imported, 0 updated, 2 duplicates, 0 failed (corpus C)",
				Counts.format(Messages.Import_summary, 3, 0, 2, 0, "C"));
		assertEquals("Checking 1 article of C", Counts.format(Messages.CheckLicence_task, 1, "C"));
		assertEquals("Checking 2 articles of C", Counts.format(Messages.CheckLicence_task, 2, "C"));
		assertEquals("Delete 2 Articles", Counts.format(Messages.Delete_many, 2));
	}
}
