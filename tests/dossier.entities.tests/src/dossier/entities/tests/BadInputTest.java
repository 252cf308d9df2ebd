// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.entities.ArticleEntities;
import dossier.entities.Mention;

class BadInputTest {

	@Test
	void emptyTextGivesNoMentions() {
		assertEquals(List.of(), Fixtures.engine().recognize(Fixtures.article("")).mentions());
		assertEquals(List.of(), Fixtures.engine().recognize(Fixtures.article(" \n\u200F\u202B")).mentions());
	}

	@Test
	void tenMegabyteSingleParagraph() {
		String unit = "وقال فلاديمير بوتين في موسكو يوم 17 يونيو 2024 إن روسيا مستعدة، Putin said in Moscow on 17 June 2024 that Russia is ready ";
		StringBuilder text = new StringBuilder(10_000_100);
		while (text.length() < 10_000_000) {
			text.append(unit);
		}
		ArticleEntities result = Fixtures.engine().recognize(Fixtures.article(text.toString()));
		long units = text.length() / unit.length();
		assertTrue(result.active().size() >= units * 8, result.active().size() + " mentions for " + units + " units");
		Mention last = result.active().get(result.active().size() - 1);
		assertEquals(text.substring(last.start(), last.end()), last.text());
	}

	@Test
	void zeroWidthAndBidiControlsInsideNamesDoNotBreakMatchesOrOffsets() {
		String text = "زار \u202Bفلاديمير\u200F بو\u200Cتين\u202C \u2067موسكو\u2069 و\u200Dكيم جونغ أون";
		ArticleEntities result = Fixtures.engine().recognize(Fixtures.article(text));
		List<String> ids = result.active().stream().map(Mention::entityId).toList();
		assertEquals(List.of("person:vladimir-putin", "city:moscow", "person:kim-jong-un"), ids);
		for (Mention mention : result.active()) {
			assertEquals(text.substring(mention.start(), mention.end()), mention.text());
		}
		assertTrue(result.active().get(0).text().startsWith("فلاديمير"));
	}

	@Test
	void loneSurrogatesAndControlCharactersAreHarmless() {
		String text = "\uD800 Putin \u0000 \uDC00 Moscow \uFFFF";
		ArticleEntities result = Fixtures.engine().recognize(Fixtures.article(text));
		assertEquals(List.of("person:vladimir-putin", "city:moscow"), result.active().stream().map(Mention::entityId).toList());
	}
}
