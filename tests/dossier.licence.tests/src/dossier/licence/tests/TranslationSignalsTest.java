// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.LicenceChecker;
import dossier.licence.Translation;

/**
 * Translation signals of issue 15's twentieth session (helper h5), each in the languages where its wording differs:
 * the page's own address on a country domain of another language in the same script is where it is hosted, not what it
 * was translated from (across scripts it still is one); "à l'origine", "in origine", "originellement" with a language
 * name say the text was first written in another; a text that calls itself an article published by a publication of
 * another country ("dans cet article publié par le quotidien britannique") is a rendering of it. Each firing case and
 * each corrected address fails without the session's change; the others are guards.
 */
class TranslationSignalsTest {

	private static Translation translation(String text, String language, String url) {
		Article.Builder builder = Article.builder("Publisher\n\n" + text).language(language).title("Publisher"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!url.isEmpty()) {
			builder.sourceUrl(url);
		}
		return new LicenceChecker().analyse(builder.build()).translation();
	}

	@ParameterizedTest(name = "{1}: {2} ({3})")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			false | fr | Un train sur trois sera annulé ce week-end, selon la direction régionale. | https://exemple.pt/5VdgKQ
			false | pt | As revistas estão concentradas na listagem Qualis; 53% possuem licenças CC. | http://www.revistas.org.pe/scielo.php?script=sci_arttext&lng=pt
			false | es | El ayuntamiento aprobó ayer el presupuesto municipal para el próximo año. | https://www.beispiel.de/nachrichten/123
			true | ar | مصدر النص: وزارة الخارجية | https://www.beispiel.de/nachrichten/123
			""")
	void aCountryDomainInTheTextsOwnScriptIsWhereThePageIsHosted(boolean expected, String language, String text, String url) {
		assertEquals(expected, translation(text, language, url).detected(), text);
	}

	@ParameterizedTest(name = "{1}: {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			true | fr | Cet article est rédigé à l'origine en arabe et a été traduit à l'aide d'un service automatisé tiers. Le site n'est pas responsable des éventuelles erreurs.
			true | fr | Texte paru à l'origine en anglais dans la revue du syndicat, reproduit avec l'autorisation de l'auteur.
			true | it | Questo articolo è stato scritto originariamente in arabo ed è stato tradotto con l'aiuto di un servizio automatico di terze parti.
			true | it | Pubblicato in origine in inglese sul blog dell'autrice.
			true | fr | Ce billet a été publié originellement en espagnol sur le site de l'association.
			false | fr | Les Anglais sont à l'origine du football moderne, dont les règles furent fixées à Londres en 1863.
			false | fr | Un mot d'origine arabe, passé en espagnol puis en français au Moyen Âge.
			""")
	void writtenOriginallyInAnotherLanguage(boolean expected, String language, String text) {
		assertEquals(expected, translation(text, language, "").detected(), text);
	}

	@ParameterizedTest(name = "{1}: {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			true | ar | يستعرض الكاتب، في هذا المقال الذي نشرته مجلة «ذي أتلانتك» الأمريكية، تاريخ الدعم العسكري لدول الخليج.
			true | ar | ويرى الباحث في هذا التحليل المنشور في صحيفة لوموند الفرنسية أن الأزمة ستطول.
			true | fr | Dans cet article publié par le quotidien britannique The Guardian, la journaliste revient sur la crise du logement à Londres.
			true | es | En este artículo, publicado por el diario francés Le Monde, el autor analiza la crisis política del país vecino.
			true | it | In questo articolo, pubblicato dal quotidiano spagnolo El País, l'autore analizza la crisi politica del paese.
			true | pt | Neste artigo, publicado pelo jornal americano The New York Times, o autor analisa a crise política do país vizinho.
			true | de | In diesem Artikel, der zuerst in der britischen Zeitung The Guardian erschien, beschreibt die Autorin die Wohnungskrise in London.
			true | nl | In dit artikel, gepubliceerd in het Amerikaanse tijdschrift The Atlantic, blikt de auteur terug op decennia van militaire steun.
			true | en | In this article, first published by the German weekly Der Spiegel, the author looks back at the crisis.
			false | ar | نشرت صحيفة الغارديان البريطانية تقريرا قالت فيه إن الحكومة تدرس فرض قيود جديدة على الهجرة.
			false | en | In this article, published by the American magazine The Atlantic, the author looks back at the crisis.
			false | es | Este artículo, publicado el lunes en nuestra edición impresa, analiza la política francesa y sus consecuencias.
			false | de | Dieser Artikel beschreibt die französische Politik, die in den letzten Jahren von vielen Zeitungen veröffentlicht wurde.
			""")
	void thisArticlePublishedByAForeignPublication(boolean expected, String language, String text) {
		Translation translation = translation(text, language, "");
		assertEquals(expected, translation.detected(), text);
		if (expected) {
			assertEquals(Translation.Basis.EXPLICIT, translation.basis(), text);
		}
	}
}
