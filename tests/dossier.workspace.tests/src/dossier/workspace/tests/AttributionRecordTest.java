// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.workspace.licence.AttributionRecord;

class AttributionRecordTest {

	@Test
	void aRecordSurvivesItsStoredForm() {
		AttributionRecord record = AttributionRecord.EMPTY.withLicence("CC-BY-SA-4.0")
				.withLicenceLink("https://creativecommons.org/licenses/by-sa/4.0/").withCreator("Redazione Lifegate")
				.withModificationNotice("Arabic translation of the Italian original")
				.withExcluded("© GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images")
				.withCredit(new AttributionRecord.Credit("«كوريا» — Lifegate", "<p>…</p>", "«كوريا»", List.of("licence-link-missing")));
		String json = record.toJson();
		assertEquals(record, AttributionRecord.fromJson(json));
		assertTrue(json.contains("عبر Getty Images"), "Arabic is written as is, not escaped: " + json);
		assertTrue(AttributionRecord.fromJson("{\"format\": 1}").isEmpty());
	}

	@Test
	void blankAndRepeatedValuesAreDropped() {
		AttributionRecord record = AttributionRecord.EMPTY.withCreator(" A ").withCreator("A").withCreator(" ").withLicence(" ");
		assertEquals(List.of("A"), record.creators());
		assertEquals(null, record.licence());
	}

	@Test
	void aNewerFormatOrGarbageIsRefusedWithAOneLineReason() {
		IllegalArgumentException newer = assertThrows(IllegalArgumentException.class,
				() -> AttributionRecord.fromJson("{\"format\": 2}"));
		assertTrue(newer.getMessage().contains("format 2") && !newer.getMessage().contains("\n"), newer.getMessage());
		IllegalArgumentException garbage = assertThrows(IllegalArgumentException.class, () -> AttributionRecord.fromJson("[1, "));
		assertTrue(!garbage.getMessage().contains("\n"), garbage.getMessage());
		assertThrows(IllegalArgumentException.class, () -> AttributionRecord.fromJson("\"text\""));
	}
}
