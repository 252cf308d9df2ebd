// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.DetectedLicence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceScope;

/**
 * A licence named for something other than the page (issue 15, twentieth session): the author's photos, pictures, files,
 * software or data, or another text published elsewhere, named as the licensed thing before the licence in its sentence (or,
 * when that sentence opens with a pronoun, in the sentence before it), in every language. The licence is that item's, not the
 * page's. The look-alikes: the same sentence naming this page or its texts too keeps the page's licence. The sentences are
 * written for the test in the shapes of the pages found, not copied from them.
 */
class LicenceForSomethingElseTest {

	private static LicenceAnalysis analyse(String text, String language) {
		return new LicenceChecker().analyse(Article.builder("Page title\n\n" + text).language(language).build()); //$NON-NLS-1$
	}

	private static String licenceOf(LicenceAnalysis analysis) {
		DetectedLicence licence = analysis.licence();
		return licence == null ? "NONE" : licence.licence().id(); //$NON-NLS-1$
	}

	/** The licensed thing is another work: the page has no licence, the item has. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			I usually release my photos under the Creative Commons licence CC BY 4.0, so anyone may reuse them. | en | CC-BY-4.0
			Je publie en général mes photos sous licence CC BY-SA 4.0 sur Flickr.                              | fr | CC-BY-SA-4.0
			Di solito pubblico le mie foto con licenza CC BY 4.0 su Flickr.                                     | it | CC-BY-4.0
			Mis fotos están casi siempre bajo licencia CC BY 4.0 en Flickr.                                    | es | CC-BY-4.0
			As imagens do acervo estão disponíveis sob a licença CC BY-SA 4.0.                                  | pt | CC-BY-SA-4.0
			Ich stelle meine Fotos in der Regel unter der Lizenz CC BY 4.0 zur Verfügung.                       | de | CC-BY-4.0
			Mijn foto's staan meestal onder een CC BY 4.0-licentie op Flickr.                                   | nl | CC-BY-4.0
			صوري متاحة عادة بموجب رخصة CC BY 4.0 على فليكر.                                                     | ar | CC-BY-4.0
			Ce texte traduit un billet publié sur le blog de la fondation par Jean Dupont sous licence CC BY 3.0.  | fr | CC-BY-3.0
			This is a translation of a post published on the foundation's blog by Jane Doe under CC BY 3.0.      | en | CC-BY-3.0
			Das von dieser Datei gezeigte Werk ist nach deutschem Urheberrecht abgelaufen. Es ist daher gemeinfrei. | de | LicenseRef-public-domain
			""")
	void aLicenceForAnotherWorkIsThatItemsLicence(String text, String language, String itemLicence) {
		LicenceAnalysis analysis = analyse(text, language);
		assertEquals("NONE", licenceOf(analysis)); //$NON-NLS-1$
		assertTrue(analysis.licences().stream().anyMatch(l -> l.scope() == LicenceScope.ITEM && l.licence().id().equals(itemLicence)),
				() -> analysis.licences().toString());
	}

	/** The sentence names this page or its texts as well: the licence is the page's. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			The texts and photos of this blog are published under CC BY 4.0.                    | en | CC-BY-4.0
			Les textes et les photos de ce site sont publiés sous licence CC BY-SA 4.0.         | fr | CC-BY-SA-4.0
			I testi e le foto di questo sito sono pubblicati con licenza CC BY 4.0.           | it | CC-BY-4.0
			Los textos y las imágenes de este sitio se publican bajo licencia CC BY 4.0.        | es | CC-BY-4.0
			Os textos e as imagens deste site estão sob a licença CC BY 4.0.                    | pt | CC-BY-4.0
			Texte und Fotos dieses Blogs stehen unter der Lizenz CC BY 4.0.                     | de | CC-BY-4.0
			De teksten en foto's op deze website vallen onder een CC BY 4.0-licentie.           | nl | CC-BY-4.0
			Dieser Artikel ist unter der Lizenz CC BY 4.0 veröffentlicht.                       | de | CC-BY-4.0
			Cet article est publié sous licence CC BY 4.0.                                      | fr | CC-BY-4.0
			""")
	void thePagesOwnTextKeepsItsLicence(String text, String language, String expected) {
		assertEquals(expected, licenceOf(analyse(text, language)));
	}
}
