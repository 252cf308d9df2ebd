// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


/**
 * Two kinds of the real-notice set's licence-id misses (issue 15, twentieth session), in every language. A site's
 * contents declared someone's property on a long paragraph of a copyright page ("the contents of this portal are the
 * exclusive property of X and are protected by law") reserve the page's text however long the paragraph; the pictures alone
 * declared their respective owners' property, or property talked about in general, reserve nothing. A glossary's entry
 * that glosses a licence by its code in brackets and defines it after a dash ("Domínio Público (CC0) – Não há direitos
 * reservados. Autor renuncia … sobre o trabalho, tornando de Domínio Público.") defines the licence: nothing on the line
 * licenses the page, not the code in brackets, not the licence named again inside the definition, not "the work" the
 * definition speaks of. The sentences are written for the test in the shapes of the pages found, not copied from them.
 */
class PropertyAndGlossaryTest {

	private static final String RESERVED = "LicenseRef-all-rights-reserved"; //$NON-NLS-1$

	private static String licenceOf(String text, String language) {
		return Fixtures.pageLicenceOf(text, language);
	}

	/** The site's contents declared someone's property, on a paragraph longer than a notice line: the page's reservation. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			All the contents of this portal, including texts, documents, databases and the structure of its pages, are the exclusive and reserved property of the Example Studio and of its partners, and they are protected under national and international intellectual property law in force. | en
			El contenido de la página web www.ejemplo.es, sus imágenes, textos y datos, son propiedad exclusiva de Ejemplo Ingenieros S.L., así como su código fuente, su diseño y su estructura de navegación, y están protegidos por la legislación vigente en materia de propiedad intelectual. | es
			L'ensemble des contenus de ce site, textes, documents, bases de données et structure des pages compris, sont la propriété exclusive de l'association Exemple et de ses partenaires, et sont protégés par les lois françaises et internationales relatives à la propriété intellectuelle. | fr
			Tutti i contenuti del sito, compresi testi, documenti, banche dati e struttura delle pagine, sono di proprietà esclusiva dello Studio Esempio e dei suoi partner, e sono tutelati dalle leggi nazionali e internazionali sulla proprietà intellettuale attualmente in vigore in Italia. | it
			Todo o conteúdo do portal, incluindo textos, documentos, bases de dados e a estrutura das páginas, é propriedade exclusiva do Estúdio Exemplo e dos seus parceiros, e está protegido pela legislação nacional e internacional de propriedade intelectual atualmente em vigor no país. | pt
			Sämtliche Inhalte dieser Website, einschließlich der Texte, Dokumente, Datenbanken und der Struktur der Seiten, sind ausschließliches Eigentum des Beispiel Verlags und seiner Partner und sind durch die nationalen und internationalen Gesetze zum Schutz des geistigen Eigentums geschützt. | de
			Alle inhoud van deze website, waaronder teksten, documenten, databanken en de opbouw van de pagina's, is het exclusieve eigendom van Voorbeeld BV en haar partners en wordt beschermd door de nationale en internationale wetgeving inzake intellectuele eigendom die thans van kracht is. | nl
			جميع محتويات الموقع من نصوص ووثائق وقواعد بيانات وتصميم للصفحات هي ملكية حصرية لشركة المثال وشركائها، وهي محمية بموجب القوانين الوطنية والدولية الخاصة بحماية الملكية الفكرية المعمول بها حاليا في المملكة وفي سائر الدول الأعضاء في الاتفاقيات الدولية. | ar
			""")
	void contentsDeclaredSomeonesPropertyAreReserved(String text, String language) {
		assertEquals(RESERVED, licenceOf(text, language));
	}

	/** Property said of pictures left to their owners, or of contents in general: nothing reserved for this page. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			The images and logos shown on this page of the portal are the property of their respective owners, who are named under each of them, and they appear here only to illustrate the reviews that our readers write about the products they bought in our shop last year. | en
			Many bloggers believe that the contents they find on a website become their own property once they copy them, but the law of most countries says that the author of a text keeps the rights to it unless he gives them away in writing, which few ever do when they publish online. | en
			Las imágenes que acompañan los textos de esta página web son propiedad de sus respectivos autores, que se citan al pie de cada una, y se reproducen aquí únicamente con fines informativos y sin ningún ánimo de lucro por parte de la asociación que edita el sitio. | es
			""")
	void propertyOfOthersOrInGeneralReservesNothing(String text, String language) {
		assertEquals("NONE", licenceOf(text, language)); //$NON-NLS-1$
	}

	/** A glossary's entry: a name, the licence's code in brackets, a dash and its definition; nothing licenses the page. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Domínio Público (CC0) – Não há direitos reservados. O autor renuncia a todos os direitos de autor sobre o trabalho, tornando-o de Domínio Público. | pt
			Dominio público (CC0) – No hay derechos reservados. El autor renuncia a todos sus derechos sobre la obra, que pasa al dominio público.            | es
			Public domain (CC0) – No rights reserved. The author waives all copyright in the work, which is placed in the public domain.                   | en
			""")
	void aLicenceDefinedInAGlossaryLicensesNothing(String text, String language) {
		assertEquals("NONE", licenceOf(text, language)); //$NON-NLS-1$
	}

	/** The same shape applied to this page ("This blog's texts … (CC0): …") is a notice, not a glossary entry. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			The texts of this blog are dedicated to the public domain (CC0) – reuse them as you like. | en | CC0-1.0
			""")
	void theSameShapeAboutThisPageIsANotice(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}
}
