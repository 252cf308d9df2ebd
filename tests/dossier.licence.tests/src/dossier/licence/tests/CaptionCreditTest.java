// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.core.model.LicenceStatement;
import dossier.core.model.TextSpan;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceScope;
import dossier.licence.ThirdPartyItem;

/**
 * Credits known by their place (issue 15): a text the importer marks as a caption closes with its credit after the
 * last sentence, a dash, a bar, a slash, a bracket or a comma, with no cue word. The same words in a paragraph credit
 * nothing, and a caption closed by what a caption names (a party in brackets, a place, an office, a list of names)
 * credits nothing either. The names are invented and on no list.
 */
class CaptionCreditTest {

	/** The article as the HTML importer hands over a figure: the page's title, then the figcaption as a CAPTION block. */
	private static Article article(String text, BlockType type) {
		String title = "Page title"; //$NON-NLS-1$
		String whole = title + "\n\n" + text; //$NON-NLS-1$
		return Article.builder(whole).title(title).blocks(List.of(new Block(BlockType.TITLE, new TextSpan(0, title.length()), null),
				new Block(type, new TextSpan(title.length() + 2, whole.length()), null))).build();
	}

	private static List<ThirdPartyItem> credits(String text, BlockType type) {
		return new LicenceChecker().analyse(article(text, type)).thirdParty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '¦', textBlock = """
			Protesters gather outside the court on Friday. Karim Nassar/Reuters                     ¦ Karim Nassar/Reuters       ¦ Karim Nassar+Reuters
			Protesters in Cairo. Ahmed Ali/Reuters                                                  ¦ Ahmed Ali/Reuters          ¦ Ahmed Ali+Reuters
			Des manifestants devant le tribunal vendredi — Lucie Marchand                            ¦ Lucie Marchand             ¦ Lucie Marchand
			Vecinos limpian las calles tras la riada. JAVIER ORTEGA                                 ¦ JAVIER ORTEGA              ¦ JAVIER ORTEGA
			Il sindaco in piazza con i volontari | Giulia Ferraro                                   ¦ Giulia Ferraro             ¦ Giulia Ferraro
			Demonstranten vor dem Rathaus in der Innenstadt / Tobias Krämer                         ¦ Tobias Krämer              ¦ Tobias Krämer
			Moradores protestam em frente à prefeitura, 12 de março de 2024, Marcos Teles/AFP       ¦ Marcos Teles/AFP           ¦ Marcos Teles+AFP
			Bewoners bij de dijk na de storm - Pieter de Graaf                                      ¦ Pieter de Graaf            ¦ Pieter de Graaf
			أطفال يلعبون في ساحة المدرسة بعد عودة الدراسة - محمد السيد                                 ¦ محمد السيد                 ¦ محمد السيد
			متظاهرون أمام مبنى البرلمان في العاصمة / خالد يوسف                                        ¦ خالد يوسف                  ¦ خالد يوسف
			Crowds wait for the parade on the main avenue in the rain. Jane Holt for The Daily Ledger ¦ Jane Holt for The Daily Ledger ¦ Jane Holt+The Daily Ledger
			Mourners at the funeral on Sunday, Aug. 2, 2020, Omar al-Khatib/AFP                     ¦ Omar al-Khatib/AFP         ¦ Omar al-Khatib+AFP
			The mayor opens the new bridge over the river in Rome. Karim Nassar                    ¦ Karim Nassar               ¦ Karim Nassar
			The minister meets party leaders in Berlin. (Lukas Berger)                              ¦ Lukas Berger               ¦ Lukas Berger
			الأطفال في ساحة المدرسة بعد عودة الدراسة. محمد السيد                                      ¦ محمد السيد                 ¦ محمد السيد
			Protesters gather in Cairo on Friday AFP                                                ¦ AFP                        ¦ AFP
			Il corteo di ieri per le vie del centro ANSA                                            ¦ ANSA                       ¦ ANSA
			Surfers on the beach at dawn Getty Images                                               ¦ Getty Images               ¦ Getty Images
			""")
	void aCaptionClosesWithItsCredit(String caption, String credit, String holders) {
		List<ThirdPartyItem> found = credits(caption, BlockType.CAPTION);
		assertEquals(1, found.size(), () -> found.toString());
		assertEquals(credit, found.get(0).credit().text());
		// hyphens aside: the holders' splitter writes "al-Khatib" as "al Khatib"
		assertEquals(Arrays.asList(holders.replace('-', ' ').split("\\+")), found.get(0).holders().stream().map(h -> h.replace('-', ' ')).toList()); //$NON-NLS-1$
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Des manifestants devant le tribunal vendredi — Lucie Marchand", //$NON-NLS-1$
			"Il sindaco in piazza con i volontari | Giulia Ferraro", //$NON-NLS-1$
			"Demonstranten vor dem Rathaus in der Innenstadt / Tobias Krämer", //$NON-NLS-1$
			"Bewoners bij de dijk na de storm - Pieter de Graaf", //$NON-NLS-1$
			"أطفال يلعبون في ساحة المدرسة بعد عودة الدراسة - محمد السيد", //$NON-NLS-1$
			"متظاهرون أمام مبنى البرلمان في العاصمة / خالد يوسف", //$NON-NLS-1$
			"Crowds wait for the parade on the main avenue in the rain. Jane Holt for The Daily Ledger", //$NON-NLS-1$
			"Protesters gather in Cairo on Friday AFP" }) //$NON-NLS-1$
	void theSameWordsInAParagraphCreditNothing(String paragraph) {
		assertEquals(List.of(), credits(paragraph, BlockType.PARAGRAPH));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "The crowd cheers as the car passes in the square. Pope Francis", // the person shown, by his office //$NON-NLS-1$
			"The chancellor speaks in the Bundestag (CDU)", // a party //$NON-NLS-1$
			"Readers queue outside the offices of Reuters", // an agency named in mixed case with no boundary: what the picture shows //$NON-NLS-1$
			"The minister meets the party's leaders in Madrid, with Alberto Gil (Partido Popular)", // an affiliation //$NON-NLS-1$
			"Pilgrims in the square before the morning prayer — Santa Clara", // a place //$NON-NLS-1$
			"The minister meets farmers at the fair - President Lula", // an office //$NON-NLS-1$
			"Volunteers clean the beach at dawn, Lisbon, Portugal", //$NON-NLS-1$
			"Il ministro incontra i sindaci, Roma, Mario Bianchi", // after a comma, a person alone is one more name //$NON-NLS-1$
			"أطفال يلعبون في ساحة المدرسة - وزارة التربية", // no given name, no listed agency //$NON-NLS-1$
			"El jefe de la unidad posa para el diario. (J. I. R.)" }) // a staff member's initials //$NON-NLS-1$
	void aCaptionClosedByWhatItNamesCreditsNothing(String caption) {
		assertEquals(List.of(), credits(caption, BlockType.CAPTION));
	}

	@Test
	void theCaptionsOwnPublisherIsNoThirdParty() {
		String caption = "Na foto, a musa desfila pela avenida - Thalita Rocha/Agência O Correio"; //$NON-NLS-1$
		String whole = "O Correio\n\n" + caption; //$NON-NLS-1$
		Article article = Article.builder(whole).title("O Correio").publisher("O Correio") //$NON-NLS-1$ //$NON-NLS-2$
				.blocks(List.of(new Block(BlockType.CAPTION, new TextSpan(11, whole.length()), null))).build();
		assertEquals(List.of(), new LicenceChecker().analyse(article).thirdParty());
		assertEquals(List.of("Thalita Rocha", "Agência O Correio"), credits(caption, BlockType.CAPTION).get(0).holders()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Festival de cine en Bogotá bajo Licencia CC by 2.0", //$NON-NLS-1$
			"Manifestanti davanti al municipio - Licenza CC BY-SA 4.0" }) //$NON-NLS-1$
	void aLicenceInACaptionIsThePicturesNotTheArticles(String caption) {
		LicenceAnalysis inCaption = new LicenceChecker().analyse(article(caption, BlockType.CAPTION));
		assertEquals(null, inCaption.licence());
		assertTrue(inCaption.licences().stream().anyMatch(l -> l.scope() == LicenceScope.ITEM), inCaption.licences().toString());
		LicenceAnalysis inParagraph = new LicenceChecker().analyse(article(caption, BlockType.PARAGRAPH));
		assertEquals(List.of(LicenceScope.ARTICLE), inParagraph.licences().stream().map(l -> l.scope()).toList());
	}

	@Test
	void aCaptionThatSpeaksOfTheArticleLicensesIt() {
		LicenceAnalysis analysis = new LicenceChecker().analyse(article("This article is licensed under CC BY 4.0", BlockType.CAPTION)); //$NON-NLS-1$
		assertEquals(List.of("CC-BY-4.0"), analysis.articleLicences().stream().map(l -> l.licence().id()).toList()); //$NON-NLS-1$
	}

	/** As the HTML importer hands a figcaption that holds a licence: a statement placed in the caption. */
	@Test
	void aLicenceStatementTheImporterPlacedInACaptionIsThePictures() {
		String title = "Page title"; //$NON-NLS-1$
		String caption = "Protesters in Cairo. Photo by Jane Doe (CC BY-SA 2.0)"; //$NON-NLS-1$
		String whole = title + "\n\n" + caption; //$NON-NLS-1$
		TextSpan span = new TextSpan(title.length() + 2, whole.length());
		Article article = Article.builder(whole).title(title)
				.blocks(List.of(new Block(BlockType.TITLE, new TextSpan(0, title.length()), null), new Block(BlockType.CAPTION, span, null)))
				.addLicence(new LicenceStatement(LicenceStatement.Origin.TEXT, caption, null, span)).build();
		LicenceAnalysis analysis = new LicenceChecker().analyse(article);
		assertEquals(null, analysis.licence());
		assertEquals(List.of("CC-BY-SA-2.0"), analysis.licences().stream().filter(l -> l.scope() == LicenceScope.ITEM).map(l -> l.licence().id()).toList()); //$NON-NLS-1$
	}

	/** The licence engine reads Arabic given names from its own copy of the entity engine's list: the two stay the same. */
	@Test
	void theArabicGivenNamesAreTheEntityEnginesList() throws IOException {
		Path root = Path.of("").toAbsolutePath(); //$NON-NLS-1$
		while (root != null && !Files.isDirectory(root.resolve("bundles/dossier.entities"))) { //$NON-NLS-1$
			root = root.getParent();
		}
		assertTrue(root != null, "run inside the repository"); //$NON-NLS-1$
		assertEquals(names(root.resolve("bundles/dossier.entities/src/dossier/entities/internal/arabic-given-names.txt")), //$NON-NLS-1$
				names(root.resolve("bundles/dossier.licence/src/dossier/licence/data/arabic-given-names.txt"))); //$NON-NLS-1$
	}

	private static List<String> names(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList(); //$NON-NLS-1$
	}
}
