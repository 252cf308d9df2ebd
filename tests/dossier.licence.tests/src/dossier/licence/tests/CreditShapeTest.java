// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;

/**
 * Credits recognised by their shape, whatever the holder (issue 15, seventh session): the holder is a span of the form
 * holders have (a person's name, an acronym, a handle, a site's address, a quoted publication) where a cue or the
 * credit's place says it is a credit — no list of holders needed. Each shape fires, and a text of the same words in
 * another place does not. The holders here are invented and on no list; the texts have the shapes of real pages.
 */
class CreditShapeTest {

	private static LicenceAnalysis analyse(String text, String language) {
		return new LicenceChecker().analyse(Article.builder("Page title\n\n" + text.replace("\\n", "\n")).language(language).title("Page title").build());
	}

	private static List<List<String>> credits(LicenceAnalysis analysis) {
		return analysis.thirdParty().stream().map(t -> t.holders()).toList();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Rain over the harbour at dawn. pic.twitter.com/abc123 — Harbour Watch (@harbourwatch) March 3, 2024     | en | Harbour Watch+@harbourwatch
			صور جديدة من الميناء pic.twitter.com/abc123 — مرصد الميناء (@marsad_port) March 3, 2024                  | ar | مرصد الميناء+@marsad_port
			View this post on Instagram\\nA post shared by Giulia Neri (@giulia.neri) on                           | it | Giulia Neri+@giulia.neri
			The bishop greets pilgrims in the square after the morning prayer on Sunday. (KNA/Lukas Brenner)        | en | KNA+Lukas Brenner
			Il sindaco inaugura la nuova biblioteca del quartiere davanti ai cittadini. Lukas Brenner/Comune di Rivalta | it | Lukas Brenner+Comune di Rivalta
			Le ministre à Lyon le 2 juin 2021- PAULINE MARCHAND- AFP                                                 | fr | PAULINE MARCHAND+AFP
			El alcalde durante la visita al mercado central - Tomás Herrera - EFE                                    | es | Tomás Herrera+EFE
			4.3.2021 - 09:15, SDA                                                                                    | de | SDA
			Nordkurier.de - Di, 04/05/2021 - 17:20                                                                   | de | Nordkurier.de
			La piazza gremita durante il concerto di ieri sera (foto Mario Lanza)                                    | it | Mario Lanza
			Der Minister und sein Schatten\\nIllu: Kalle Wirsch                                                      | de | Kalle Wirsch
			Dessin : Jeanne Morel                                                                                    | fr | Jeanne Morel
			صورة من الفيديو - تصوير رويترز                                                                            | ar | Reuters
			تقرير رويترز\\nاجتاحت الحرائق مناطق واسعة من الريف.                                                       | ar | Reuters
			وكتبت الممثلة على حسابها، بحسب موقع “نجوم اليوم”، أنها ستعود قريبا.                                        | ar | نجوم اليوم
			نشرت صحيفة «الصباح الجديد» تقريرا مصورا عن الفيضانات.                                                      | ar | الصباح الجديد
			El presidente conversa con la ministra de Cultura en el patio del palacio EFE\\nMarta Gil                  | es | EFE
			UNICEF / Sara Lindqvist\\nChildren wait for water at the camp.                                           | en | UNICEF+Sara Lindqvist
			La cerimonia al Quirinale con i nuovi ministri. Le immagini. / Palazzo Chigi (Filippo Attili)            | it | Palazzo Chigi+Filippo Attili
			Roma, 9 ott. ( A d n k r o n o s ) - Il governo ha approvato il decreto.                                 | it | Adnkronos
			AFPالرئيس يلقي كلمته أمام البرلمان في العاصمة.                                                             | ar | AFP
			الأطفال يلعبون في ساحة المدرسة بعد عودة الدراسة بعدسة المصور سامي يوسف                                       | ar | سامي يوسف
			Articolo comparso sul quotidiano “Il Mattino” del 2 marzo                                                | it | Il Mattino
			Roma. I borghi dimenticati ( da Gazzetta.Net, di Paolo Serra)                                            | it | Gazzetta.Net+Paolo Serra
			Le vieux port au petit matin (de Libération, par Jean Roy)                                               | fr | Libération+Jean Roy
			Carte du parcours offerte par Lumière Voyages                                                            | fr | Lumière Voyages
			Imagem cedida por Ana Lima                                                                               | pt | Ana Lima
			A crowd gathers at the harbour.\\nOmar Haddad—Xinhua/Sipa USA                                            | en | Omar Haddad+Xinhua+Sipa
			A crowd gathers at the harbour.\\nLena Vogt—picture-alliance                                            | en | Lena Vogt+picture alliance
			Una lunga giornata di festa in piazza, con cittadini arrivati da tutta la regione per ascoltare il concerto e la banda del paese, fino a tarda sera, tra canti e balli. (Foto di Anna Ricci e Marco Sala) | it | Anna Ricci+Marco Sala
			Rescue teams searched the rubble.\\nThe Associated Press contributed to this report.                    | en | AP
			The old pier at low tide\\nJane Holloway via Cityscape Archive                                           | en | Jane Holloway+Cityscape Archive
			'Los pescadores descargan el atún en el puerto. Rodrigo Vélez | Diario Vasco'                            | es | Rodrigo Vélez+Diario Vasco
			""")
	void aCreditIsFoundByItsShapeWhateverTheHolder(String text, String language, String holders) {
		List<String> want = Arrays.stream(holders.split("\\+")).map(String::strip).toList();
		assertEquals(List.of(want), credits(analyse(text, language)), text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Write to us at the address on the contact page or follow us (@ourpaper) for news.                        | en
			The vote was close, with the two parties (Labour/Green) sharing the seats.                               | en
			Il sindaco ha incontrato i rappresentanti (Pd/Lega) per discutere del bilancio.                          | it
			Lyon - Paris - Marseille                                                                                 | fr
			Le train part à 10 h - Paris-Lyon - TGV                                                                  | fr
			Mario Rossi - 14:30                                                                                      | it
			4.3.2021 - 09:15                                                                                         | de
			La foto (foto sotto) mostra il cortile.                                                                  | it
			Zeichnung: siehe unten                                                                                   | de
			مع صورة لجواز سفره الأمريكي                                                                               | ar
			تقرير مفصل عن الفيضانات في المدينة                                                                        | ar
			بحسب مصادر مطلعة فإن الاجتماع تأجل.                                                                       | ar
			El presidente habló ante los diputados del Congreso durante la sesión de la ONU.                         | es
			Milano/Roma\\nLe due città a confronto.                                                                  | it
			La riunione (a p e r t a) è finita tardi.                                                                | it
			ورصدت عدسة الموقع وقائع التظاهرة التي استمرت ساعات.                                                        | ar
			التقطت الصورة بعدسة الكاميرا الحديثة                                                                       | ar
			Ne parla un articolo comparso su Il Mattino ieri.                                                        | it
			Le train de Paris via Lyon part à midi.                                                                  | fr
			A crowd gathers at the harbour.\\nOmar Haddad—blue-sky                                                  | en
			Le foto (foto di gruppo) sono in fondo alla pagina.                                                      | it
			Jane Doe contributed to this report.                                                                     | en
			XYZالرئيس يلقي كلمته أمام البرلمان في العاصمة.                                                             | ar
			La cerimonia si è svolta ieri mattina in piazza del Campidoglio alla presenza dei sindaci di tutta la regione, dei prefetti e di numerosi cittadini arrivati per ascoltare il discorso del presidente. Le immagini. / Roma (Lazio) | it
			Il sindaco ha parlato (da Roma, di sera) con i cittadini.                                                | it
			La carte offerte aux lecteurs est gratuite.                                                              | fr
			Un café offert par la maison.                                                                            | fr
			'Quiénes Somos | Aviso Legal'                                                                            | es
			""")
	void theSameWordsInAnotherPlaceCreditNothing(String text, String language) {
		LicenceAnalysis analysis = analyse(text, language);
		assertTrue(analysis.thirdParty().isEmpty(), () -> "credited " + credits(analysis) + " in: " + text);
	}
}
