// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.entities.ArticleEntities;
import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;
import dossier.entities.Mention;
import dossier.entities.internal.ContextRules;

class DatesAndContextTest {

	/** The context rules on their own (the open-vocabulary recogniser would also find a name after a title). */
	private static EntityEngine contextRulesOnly() {
		return EntityEngine.create(new Catalogue(), EntityEngine.DEFAULT_LANGUAGES, List.of(ContextRules.INSTANCE));
	}

	private static List<String> dates(String text) {
		return Fixtures.engine().recognize(Fixtures.article(text)).active().stream().filter(m -> m.type().equals("DATE"))
				.map(m -> m.text() + "=" + m.entityId().substring(5)).toList();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "وصل في 5 كانون الثاني 2024 إلى دمشق|5 كانون الثاني 2024=2024-01-05",
			"الاجتماع يوم 3 جانفي 2023 في تونس|3 جانفي 2023=2023-01-03", "في ١٧ حزيران ٢٠٢٤ وصل|١٧ حزيران ٢٠٢٤=2024-06-17",
			"He arrived on June 17, 2024 in Seoul|June 17, 2024=2024-06-17", "It happened on 3 March 2022.|3 March 2022=2022-03-03",
			"Arrivato il 17 giugno 2024 a Roma|17 giugno 2024=2024-06-17", "Il est venu le 1er mai 2023.|1er mai 2023=2023-05-01",
			"Llegó el 17 de junio de 2024.|17 de junio de 2024=2024-06-17", "Er kam am 17. Juni 2024 an.|17. Juni 2024=2024-06-17",
			"Chegou em 17 de junho de 2024.|17 de junho de 2024=2024-06-17", "Nel 2022 la guerra.|2022=2022",
			"Depuis septembre 2023, rien.|septembre 2023=2023-09", "منذ عام 2000 لم يزر|عام 2000=2000",
			"in tishreen: 12 تشرين الأول 2019|12 تشرين الأول 2019=2019-10-12", "Le 14/07/2021 à Paris|14/07/2021=2021-07-14",
			"Data: 2024-06-19.|2024-06-19=2024-06-19" })
	void datesInEachLanguageAreNormalisedToIso(String text, String expected) {
		assertEquals(List.of(expected), dates(text));
	}

	@Test
	void ambiguousMonthWordsAloneAreNotDates() {
		assertEquals(List.of(), dates("You may go. Il part pour mars demain."));
	}

	@Test
	void aTitleBeforeAnUnknownNameSuggestsAPersonWithLowConfidence() {
		for (String[] caseAndName : new String[][] { { "President Jonas Vilkas arrived.", "Jonas Vilkas" },
				{ "Bundeskanzlerin Petra Lindqvist sagte", "Petra Lindqvist" },
				{ "il ministro sloveno Janez Kranjc ha detto", "Janez Kranjc" },
				{ "قال الرئيس الموريتاني محمد ولد", "محمد ولد" } }) {
			ArticleEntities result = contextRulesOnly().recognize(Fixtures.article(caseAndName[0]));
			Mention person = result.active().stream().filter(m -> m.type().equals("PERSON")).findFirst().orElseThrow(
					() -> new AssertionError(caseAndName[0]));
			assertEquals(caseAndName[1], person.text());
			assertEquals("dossier.context", person.recognizer());
			assertTrue(person.confidence() < 0.5);
		}
	}

	@Test
	void aTitleBeforeAFunctionWordSuggestsNothing() {
		ArticleEntities result = Fixtures.engine().recognize(Fixtures.article("وشدد الرئيس الروسي بعد ذلك على ضرورة"));
		assertTrue(result.active().isEmpty(), result.active().toString());
	}
}
