// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A source named in running text with no attribution cue, inside a reporting frame (issue 15, fifteenth session): a
 * statement given in an interview with, to or on an outlet ("told the … newspaper", "au micro de", "dijo … a TVE", "im
 * Interview mit", "tegen het … Dagblad", "في تصريحات لقناة"), or the outlet's report with its verb ("meldt de Volkskrant",
 * "De NOS meldde", "El Mundo publicó"). The outlet is read by its shape — a listed agency, publication or broadcaster, a
 * broadcaster's or a publication's noun and a name, a name ending in a publication's word, an acronym inside an
 * interview's frame — and a preposition counts only after a verb of saying. A person, an office, a parliament or the
 * police as the addressee or the reporter is no source.
 */
class ReportingFrameTest {

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			en | The mayor said the bridge would reopen in May, he told the Springfield Herald newspaper.       | Springfield Herald
			en | “We were lucky,” the coach said in an interview with ITV on Sunday.                               | ITV
			fr | Le maire a annoncé la réouverture du pont, ce mardi, sur France Inter.                            | France Inter
			fr | « Nous avons eu de la chance », a confié l'entraîneur au micro de RMC Sport.                      | RMC Sport
			fr | Le Monde rapporte que le pont rouvrira en mai.                                                    | Le Monde
			es | «Estamos muy contentos», dijo el alcalde a TVE tras la reunión.                                   | TVE
			es | El Mundo publicó ayer que el puente abrirá en mayo.                                               | El Mundo
			it | «Siamo felici», ha detto il sindaco ai microfoni di Rai News.                                     | Rai News
			it | Il sindaco ha spiegato in un'intervista al quotidiano La Nuova Sardegna che il ponte riaprirà.    | La Nuova Sardegna
			pt | O secretário afirmou à rádio Gaúcha que a ponte reabre em maio.                                   | Gaúcha
			pt | A Folha de S.Paulo noticiou que a ponte reabre em maio.                                           | Folha de S.Paulo
			de | „Wir sind erleichtert“, sagte der Trainer im Interview mit Sport1.                                 | Sport1
			de | Der Bürgermeister sagte gegenüber dem ZDF, die Brücke werde im Mai geöffnet.                      | ZDF
			de | Der Trainer sagte im TV-Sender Servus TV, man sei zufrieden.                                      | Servus TV
			nl | De burgemeester zei tegen het Noordhollands Dagblad dat de brug in mei opengaat.                  | Noordhollands Dagblad
			nl | De brug gaat in mei open, meldt de Volkskrant.                                                    | Volkskrant
			nl | De NOS meldde vanochtend dat de brug in mei opengaat.                                             | NOS
			ar | وقال الوزير في تصريحات لقناة «الغد» إن الجسر سيفتح في مايو.                                       | الغد
			ar | وأكد المتحدث عبر شاشة «القاهرة والناس» أن الجسر سيفتح.                                            | القاهرة والناس
			""")
	void anOutletInAReportingFrameIsTheSource(String language, String text, String expected) {
		assertEquals(List.of(List.of(expected)), CreditsInABody.holders(language, text), text);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			en | The mayor said he would talk to the Police about it.
			en | He said in an interview with President Biden that the plan was ready.
			en | She said on Monday that the plan was ready.
			en | She said on Twitter that the plan was ready.
			fr | Le ministre a déclaré à l'Assemblée nationale que le texte passerait.
			es | Dijo a la Policía Nacional que no había heridos.
			es | Informaron a la Agencia Estatal de Meteorología de las lluvias.
			es | La Policía Nacional informó que no había heridos.
			it | Ha detto al sindaco Giuseppe Sala che il piano è pronto.
			pt | Disse ao Ministério da Saúde que o plano está pronto.
			de | Er sagte gegenüber der Polizei, er habe nichts gesehen.
			nl | Hij zei tegen de Tweede Kamer dat het plan klaar is.
			nl | De Gemeente Amsterdam meldt dat de brug opengaat.
			ar | وقال الوزير في تصريحات للصحفيين إن الجسر سيفتح.
			""")
	void aPersonAnOfficeOrThePoliceIsNoSource(String language, String text) {
		assertEquals(List.of(), CreditsInABody.holders(language, text), text);
	}
}
