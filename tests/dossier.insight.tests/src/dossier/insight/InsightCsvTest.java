// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class InsightCsvTest {

	private final Insight insight = KnownCorpus.insight();

	@Test
	void timelineRowsPerPeriod() {
		String csv = InsightCsv.timeline(insight.timeline(Granularity.MONTH, Dimension.LANGUAGE, false));
		assertEquals("start,end,ar,en,fr,it,total,events\r\n" //
				+ "2024-06-01,2024-06-30,2,2,1,0,5,2\r\n" //
				+ "2024-07-01,2024-07-31,0,0,0,1,1,0\r\n", csv);
	}

	@Test
	void overviewKeepsArabicNamesAndQuotesCommas() {
		String csv = InsightCsv.overview(Insight.of(KnownCorpus.articles(), KnownCorpus.links()).overview(false, 10));
		assertTrue(csv.startsWith("section,key,detail,count\r\narticles,,,7\r\nstories,,,5\r\n"), csv);
		assertTrue(csv.contains("publisher,الجزيرة,,2\r\n"), csv);
		assertTrue(csv.contains("finding,credit-missing,warning,2\r\n"), csv);
		assertTrue(csv.contains("entity,ORG,الأمم المتحدة <Q1065>,2\r\n"), csv);
		assertEquals("\"a, \"\"b\"\"\"", InsightCsv.quoted("a, \"b\""));
	}

	@Test
	void networkEdges() {
		String csv = InsightCsv.coOccurrence(insight.coOccurrence(false, Set.of("PERSON", "PLACE"), 2));
		assertEquals("a_id,a_label,a_type,b_id,b_label,b_type,weight\r\nQ649,Moscow,PLACE,Q7747,Putin,PERSON,3\r\n", csv);
	}
}
