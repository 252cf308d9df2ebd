// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dossier.entities.ArticleEntities;
import dossier.entities.Mention;

/**
 * The open-vocabulary recogniser ({@code dossier.names}) and the document-level consistency it brings: names no
 * catalogue holds are found with their type, in every language, and common words, demonyms, headlines' capitals,
 * platforms and Arabic function words are not taken for names.
 */
class OpenNamesTest {

	private static ArticleEntities recognise(String language, String text) {
		return Fixtures.engine().recognize(Fixtures.article(text, language));
	}

	/** "TYPE text" for every active mention, in text order. */
	private static List<String> found(String language, String text) {
		return recognise(language, text).active().stream().map(m -> m.type() + " " + m.text()).toList();
	}

	@ParameterizedTest(name = "{0}: {2} {3}")
	@CsvSource(delimiter = '|', value = {
			"en | Maria Kowalska arrived in Kisumu on Friday. | PERSON | Maria Kowalska",
			"en | Maria Kowalska arrived in Kisumu on Friday. | PLACE | Kisumu",
			"en | Clashes erupted when the Stabilization Security Unit of the Somali Police Force moved in. | ORG | Somali Police Force",
			"it | Il sindaco Mario Bianchi ha incontrato i docenti dell'Università di Trieste. | PERSON | Mario Bianchi",
			"it | Il sindaco Mario Bianchi ha incontrato i docenti dell'Università di Trieste. | ORG | Università di Trieste",
			"it | Il corteo è passato per Piazza Unità d'Italia prima di sera. | PLACE | Piazza Unità",
			"fr | La Fondation Abbé Pierre a salué la décision du tribunal. | ORG | Fondation Abbé Pierre",
			"es | El Ministerio de Asuntos Exteriores y Cooperación respondió ayer. | ORG | Ministerio de Asuntos Exteriores y Cooperación",
			"es | La marcha siguió por la ciudad de Siparia hasta la noche. | PLACE | Siparia",
			"de | Die Bundesnetzagentur prüft den Bericht der Telekom. | ORG | Bundesnetzagentur",
			"de | Oberbürgermeister Christian Ude hat das Fass angestochen. | PERSON | Christian Ude",
			"pt | A Universidade de Brasília publicou o estudo sobre o rio. | ORG | Universidade de Brasília",
			"pt | O prefeito Fernando Haddad visitou Higienópolis. | PERSON | Fernando Haddad",
			"ar | قال محمد الزامل إن الوزارة ستفتح مستشفى في مدينة حلب. | PERSON | محمد الزامل",
			"ar | أعلنت وزارة الصحة عن حملة جديدة. | ORG | وزارة الصحة",
			"ar | وقالت منظمة الصحة العالمية إن الوضع خطير. | ORG | منظمة الصحة العالمية",
			"ar | وصل الوفد إلى مدينة إدلب مساء. | PLACE | إدلب",
			"ar | تحدث عبد الرحمن الكواكبي عن الحرية. | PERSON | عبد الرحمن الكواكبي",
			"ar | نشرت الصحيفة مقالاً بعنوان Open Society Foundations أمس. | ORG | Open Society Foundations",
			// typed by their context alone: a speech verb before, an apposition after, a kind of organisation before
			"en | “The shelling lasted all night,” said Hashi Hirey, a resident of the district. | PERSON | Hashi Hirey",
			"en | The clinic was opened by Tawera Nkosazana, who grew up in the camp. | PERSON | Tawera Nkosazana",
			"fr | C'est l'avis de Zagré Ouedrago, enseignant à l'école du quartier. | PERSON | Zagré Ouedrago",
			"es | La denuncia fue presentada por Yaretzi Quispehuamán, una trabajadora del mercado. | PERSON | Yaretzi Quispehuamán",
			"pt | A dentista foi surpreendida por Tawera, uma trabalhadora boliviana, na rua. | PERSON | Tawera",
			"en | The attack was claimed by the militant group Hizbul Islam on Sunday. | ORG | Hizbul Islam",
			"pt | As aldeias estão cercadas pelas minas da mineradora Norte Vento desde 1980. | ORG | Norte Vento",
			"es | Los datos fueron publicados por la revista Tecnoquímica Andina en marzo. | ORG | Tecnoquímica Andina",
			"en | Taxis burned in the township. Photo: Nombulelo Damba-Hendrik | PERSON | Nombulelo Damba-Hendrik",
			"de | Tausende Menschen verließen die DDR im Sommer. | PLACE | DDR",
			"en | The court heard from Kwame Mensah-Bonsu, the company's chief executive, who denied it. | PERSON | Kwame Mensah-Bonsu",
			"it | Secondo Marco Trevisan, portavoce di Legambiente, i dati sono allarmanti. | PERSON | Marco Trevisan",
			"ar | قال المتحدث باسم وزارة الخارجية ناصر كنعاني إن طهران سترد. | ORG | وزارة الخارجية",
			"ar | تخرج في جامعة الإمام محمد بن سعود الإسلامية عام 2001. | ORG | جامعة الإمام محمد بن سعود الإسلامية",
			"fr | Jean-Luc Mélenchon a dénoncé une provocation du gouvernement. | PERSON | Jean-Luc Mélenchon",
			"fr | La CGT et Force ouvrière appellent à la grève le 12 décembre. | ORG | CGT",
			"es | Según fuentes de la Guardia Civil, el detenido tiene 42 años. | ORG | Guardia Civil",
			"en | The United Nations Children's Fund (UNICEF) warned of famine in Sudan. | ORG | United Nations Children's Fund",
			"en | Talks were held with Thandeka Mabuza, the General Secretary of the union. | PERSON | Thandeka Mabuza",
			"en | The march was in support of Sipho Ntuli, a popular leader in the township. | PERSON | Sipho Ntuli" })
	void findsANameNoCatalogueHolds(String language, String text, String type, String name) {
		assertTrue(found(language, text).contains(type + " " + name), found(language, text).toString());
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = {
			"en | However, the talks failed and Somali forces withdrew.",
			"en | The Government said the Commission would decide.",
			"it | Il video è stato pubblicato su YouTube e condiviso su Twitter.",
			"fr | Pourtant, la situation reste tendue.",
			"es | Así, el Gobierno da marcha atrás ante el Tribunal.",
			"de | Die Bundesregierung hat am Ende die Lage geprüft, trotz Regen.",
			"pt | Segundo o relatório, a Comissão ainda não decidiu.",
			"ar | وشدد على ضرورة احترام القانون.",
			"ar | أشاد بالقوات المسلحة وبالتحالف الدولي.",
			"ar | هناك أمل كبير في نجاح المفاوضات." })
	void findsNoNameInCommonWords(String language, String text) {
		ArticleEntities result = recognise(language, text);
		List<Mention> names = result.active().stream().filter(m -> !m.type().equals("DATE")).toList();
		assertEquals(List.of(), names.stream().map(m -> m.type() + " " + m.text()).toList());
	}

	@Test
	void anAppositionIsANounPhraseNotTheNextClause() {
		assertTrue(found("it", "A margine del Vertice, il Presidente ha avuto incontri bilaterali.").stream()
				.noneMatch(m -> m.startsWith("PERSON")), "'il Presidente ha avuto' opens a clause, it does not describe 'Vertice'");
		assertTrue(found("en", "Officials met at Lakeside, a venue where many delegates stayed.").stream()
				.noneMatch(m -> m.equals("PERSON Lakeside")), "the noun phrase ends at 'where' before 'delegates'");
		assertTrue(found("en", "Talks with the General Secretary of the union went on.").stream().noneMatch(m -> m.startsWith("PERSON")),
				"a title after a title is no name");
	}

	@Test
	void anAuxiliaryAfterANameIsNoSpeechVerb() {
		assertTrue(found("it", "La Juventus ha battuto il Napoli per due a zero.").stream().noneMatch(m -> m.equals("PERSON Juventus")),
				"'ha battuto' (has beaten) is not 'ha detto' (has said)");
		assertTrue(found("it", "Il portavoce Marco Tirelli ha detto che la squadra è pronta.").contains("PERSON Marco Tirelli"));
	}

	@Test
	void aHeadlineInTitleCaseGivesOnlyTheNamesTheBodyConfirms() {
		List<String> found = found("en", "Government Official Killed After Mogadishu Evictions\n"
				+ "A bomb attack in Mogadishu has killed an official, the mayor told reporters.");
		assertEquals(List.of("PLACE Mogadishu", "PLACE Mogadishu"), found);
	}

	@Test
	void aSurnameAloneLinksToTheFullNameEvenBeforeIt() {
		ArticleEntities result = recognise("it", "Meloni a Belgrado\nGiorgia Meloni ha incontrato il presidente. Poi Meloni è partita.");
		List<Mention> people = result.active().stream().filter(m -> m.type().equals("PERSON")).toList();
		assertEquals(List.of("Meloni", "Giorgia Meloni", "Meloni"), people.stream().map(Mention::text).toList());
		assertEquals(1, people.stream().map(Mention::entityId).collect(Collectors.toSet()).size(), people.toString());
	}

	@Test
	void anAcronymInBracketsAndTheHeadAloneLinkToTheOrganisation() {
		ArticleEntities result = recognise("it", "Il Partito Democratico del Lavoro (PDL) ha votato contro. Il PDL non cambierà idea, "
				+ "ha detto il Partito.");
		List<Mention> orgs = result.active().stream().filter(m -> m.type().equals("ORG")).toList();
		assertEquals(List.of("Partito Democratico del Lavoro", "PDL", "PDL", "Partito"), orgs.stream().map(Mention::text).toList());
		assertEquals(1, orgs.stream().map(Mention::entityId).collect(Collectors.toSet()).size(), orgs.toString());
	}

	@Test
	void confidenceReflectsTheEvidence() {
		ArticleEntities result = recognise("en", "Maria Kowalska met the press. Dr Kowalska later left for Kisumu.");
		double full = result.active().stream().filter(m -> m.text().equals("Maria Kowalska")).findFirst().orElseThrow().confidence();
		double town = result.active().stream().filter(m -> m.text().equals("Kisumu")).findFirst().orElseThrow().confidence();
		assertTrue(full > town, full + " vs " + town);
		assertTrue(full < 0.9, "an open-vocabulary suggestion stays below a catalogue match");
	}
}
