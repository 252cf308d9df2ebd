// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.licence.AttributionGenerator;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;
import dossier.licence.SuggestedAttribution;

/** The TASL credit in text, HTML and Markdown, in the article's language and English. */
class GeneratorTest {

	private static final String ITALIAN = """
			Il fiume è tornato

			Di Maria Rossi

			https://www.example.it/notizie/fiume

			Il fiume è di nuovo pulito e i pesci sono tornati. Questa è la storia delle persone che lo hanno reso possibile, con il comune e la regione.

			Foto: ANSA

			Questo articolo è distribuito con licenza CC BY 4.0 https://creativecommons.org/licenses/by/4.0/
			""";

	private static LicenceAnalysis analysis(String text) {
		return new LicenceChecker().analyse(Article.builder(text).build());
	}

	@Test
	void threeFormatsInTheArticlesLanguage() {
		SuggestedAttribution credit = new AttributionGenerator().generate(analysis(ITALIAN), "it");
		assertEquals("«Il fiume è tornato» — Maria Rossi, https://www.example.it/notizie/fiume, con licenza CC BY 4.0 "
				+ "(https://creativecommons.org/licenses/by/4.0/); materiale di terzi escluso: ANSA.", credit.text());
		assertEquals("<p lang=\"it\">«<a href=\"https://www.example.it/notizie/fiume\">Il fiume è tornato</a>» — Maria Rossi, "
				+ "<a href=\"https://www.example.it/notizie/fiume\">https://www.example.it/notizie/fiume</a>, con licenza "
				+ "<a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a> "
				+ "(<a href=\"https://creativecommons.org/licenses/by/4.0/\">https://creativecommons.org/licenses/by/4.0/</a>); "
				+ "materiale di terzi escluso: ANSA.</p>", credit.html());
		assertEquals("«[Il fiume è tornato](https://www.example.it/notizie/fiume)» — Maria Rossi, <https://www.example.it/notizie/fiume>, "
				+ "con licenza [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) (<https://creativecommons.org/licenses/by/4.0/>); "
				+ "materiale di terzi escluso: ANSA.", credit.markdown());
	}

	@Test
	void englishCreditWithTranslationNotice() {
		String arabic = "النهر يعود\n\nhttps://www.example.it/fiume\n\nعاد النهر نظيفا وعادت الأسماك. هذه قصة الناس الذين جعلوا ذلك ممكنا.\n\nمرخصة تحت: CC BY-SA 4.0 https://creativecommons.org/licenses/by-sa/4.0/";
		SuggestedAttribution english = new AttributionGenerator().generate(analysis(arabic), "en");
		assertEquals("“النهر يعود” — author unknown, https://www.example.it/fiume, licensed under CC BY-SA 4.0 "
				+ "(https://creativecommons.org/licenses/by-sa/4.0/); Arabic translation of the Italian original.", english.text());
		SuggestedAttribution own = new AttributionGenerator().generate(analysis(arabic), "ar");
		assertTrue(own.html().startsWith("<p lang=\"ar\" dir=\"rtl\">"));
		assertTrue(own.text().contains("ترجمة إلى العربية عن الأصل بالإيطالية"), own.text());
	}

	@Test
	void unstatedVersionIsNotLinkedAsTheLicence() {
		SuggestedAttribution credit = new AttributionGenerator().generate(new LicenceChecker().analyse(Fixtures.sampleArticle()), "en");
		assertFalse(credit.html().contains("rel=\"license\""), "no rel=license on a version the source never stated");
		assertTrue(credit.text().contains("licensed under CC BY-SA, version not stated (latest version: https://creativecommons.org/licenses/by-sa/4.0/)"));
	}

	@Test
	void htmlAndMarkdownAreEscaped() {
		String text = "A <b>bold</b> [claim]\n\nBy Jane Doe\n\nhttps://example.org/a\n\nThe text of the article is long enough here and it is in English.\n\nLicensed under CC BY 4.0 https://creativecommons.org/licenses/by/4.0/";
		SuggestedAttribution credit = new AttributionGenerator().generate(analysis(text), "en");
		assertTrue(credit.html().contains("A &lt;b&gt;bold&lt;/b&gt; [claim]"), credit.html());
		assertTrue(credit.markdown().contains("[A \\<b\\>bold\\</b\\> \\[claim\\]](https://example.org/a)"), credit.markdown());
	}
}
