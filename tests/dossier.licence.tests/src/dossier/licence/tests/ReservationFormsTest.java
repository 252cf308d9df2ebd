// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


/**
 * "All rights reserved" said with a verb (issue 15, seventeenth session): a page's reservation phrased as what a reader
 * may not do with its text without leave, as copyright held or the text subject to it, or as the rights left after a
 * narrow permission — in every language — and the look-alikes that reserve nothing: the same words in prose about
 * copying in general. The sentences are written for the test in the shapes of the pages found, not copied from them.
 */
class ReservationFormsTest {

	private static final String RESERVED = "LicenseRef-all-rights-reserved"; //$NON-NLS-1$

	private static String licenceOf(String text, String language) {
		return Fixtures.pageLicenceOf(text, language);
	}

	/** A copying verb, then the leave it needs ("without permission", "sans autorisation", "ohne Genehmigung"…), on this page's text. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Visitors may not copy, reproduce or republish any material from this site.                                      | en
			The text on this page may not be used without the written permission of its author.                             | en
			Il est demandé de ne pas rediffuser les articles de ce site sans autorisation écrite de la rédaction.           | fr
			I testi di questo sito non possono essere copiati senza il consenso scritto dell'autore.                         | it
			No se permite copiar los textos de este sitio sin el permiso del autor.                                         | es
			Não é autorizado reproduzir os textos deste site sem a autorização prévia do autor.                             | pt
			Dieser Beitrag darf ohne schriftliche Genehmigung der Redaktion nicht vervielfältigt werden.                    | de
			Alle artikelen op deze site mogen niet worden overgenomen zonder schriftelijke toestemming van de redactie.     | nl
			لا يحق نسخ مواد هذا الموقع دون إذن مسبق من إدارة التحرير.                                                        | ar
			""")
	void copyingWithoutLeaveIsReserved(String text, String language) {
		assertEquals(RESERVED, licenceOf(text, language));
	}

	/** The same verbs in prose about copying in general: nothing about this page, nothing reserved. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Copying someone else's photos without permission is common on social networks, and many people do not know that it breaks the law. | en
			Beaucoup d'internautes pensent pouvoir reproduire une image trouvée en ligne sans autorisation, ce qui est une erreur fréquente.    | fr
			Molti blogger pensano di poter copiare un testo trovato in rete senza il permesso dell'autore, ma la legge dice altro.               | it
			Muchos usuarios creen que pueden copiar una foto de internet sin permiso del fotógrafo, pero no es así.                             | es
			Muitos acreditam que podem copiar qualquer imagem da internet sem autorização do autor, o que é um erro comum.                      | pt
			Viele glauben, man dürfe Bilder aus dem Netz ohne Genehmigung des Fotografen verwenden, doch das ist ein Irrtum.                     | de
			Veel mensen denken dat ze foto's van internet mogen gebruiken zonder toestemming van de fotograaf, maar dat klopt niet.              | nl
			يعتقد كثيرون أن نسخ الصور من الإنترنت دون إذن أصحابها أمر مباح، وهذا خطأ شائع بين المدونين.                                          | ar
			""")
	void copyingWithoutLeaveInGeneralReservesNothing(String text, String language) {
		assertEquals("NONE", licenceOf(text, language)); //$NON-NLS-1$
	}

	/** Copyright held or the text subject to it, said with a verb: "remain the copyright of", "subject to Crown copyright". */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			The photographs and text on this page remain the copyright of the author.  | en | LicenseRef-all-rights-reserved
			All material on this website is subject to Crown copyright.                | en | LicenseRef-all-rights-reserved
			The materials on this website are copyrighted by the association.         | en | LicenseRef-all-rights-reserved
			Le contenu de ce site est soumis au droit d'auteur.                        | fr | LicenseRef-all-rights-reserved
			In Deutschland unterliegt ein Roman dem Urheberrecht bis siebzig Jahre nach dem Tod seines Autors. | de | NONE
			""")
	void copyrightHeldSaidWithAVerb(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}

	/** "All other rights are reserved" after a narrow permission: this page's reservation, however long the paragraph around it. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			You may read these pages online and print a copy of an article for your own use at home or at school; you may not sell them, put them on another website or change them in any way, and no licence is granted beyond that. In other words, all other rights are reserved. | en | LicenseRef-all-rights-reserved
			Potete leggere le pagine e stamparne una copia per uso personale, a casa o a scuola; non potete venderle, metterle su un altro sito o modificarle in alcun modo, e nessuna licenza è concessa oltre a questo uso limitato. Tutti gli altri diritti sono riservati. | it | LicenseRef-all-rights-reserved
			The author kept the film rights for herself, while all other rights were sold to the publisher in 1998. | en | NONE
			""")
	void allOtherRightsReserved(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}
}
