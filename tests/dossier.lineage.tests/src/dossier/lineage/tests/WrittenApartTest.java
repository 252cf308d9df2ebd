// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.lineage.LineageIndex;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkType;

/**
 * Two reports written apart of one event in two languages (docs/lineage.md; the seventh widening of the lineage set):
 * they share many names, and close languages share letter 4-grams whatever the texts say, so the rules that make a
 * translation on a weaker fingerprint ask for what a translator carries over: many things in order with two figures,
 * dates, addresses or handles among them ({@code PairJudge.MANY_CARRIED}), or two fifths of the letter 4-grams
 * ({@code PairJudge.STRONG_COGNATES}). Constructed for these tests.
 */
class WrittenApartTest {

	private static final String[] PLACES = { "Kaduna", "Tbilisi", "Valparaiso", "Kathmandu", "Ouagadougou", "Bishkek", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Windhoek", "Amsterdam" }; //$NON-NLS-1$ //$NON-NLS-2$

	@Test
	void eightNamesAndTwoFiguresInOrderAreATranslationOnAWeakerFingerprint() {
		LineageLink link = only(trip(2));
		assertEquals(LinkType.TRANSLATION, link.type(), link.toString());
		assertTrue(link.score() < 0.45, "a weaker fingerprint than the usual threshold: " + link.score()); //$NON-NLS-1$
	}

	@Test
	void eightNamesAndOneFigureInOrderAreOnlyTheSameStory() {
		LineageLink link = only(trip(1));
		assertEquals(LinkType.SAME_STORY, link.type(), link.toString());
	}

	@Test
	void spanishAndPortugueseSharingTwoFifthsOfTheirLetterGramsAreATranslation() {
		LineageLink link = only(journey(8));
		assertEquals(LinkType.TRANSLATION, link.type(), link.toString());
		assertTrue(link.evidence().toString().contains("letter 4-grams"), link.toString()); //$NON-NLS-1$
	}

	@Test
	void spanishAndPortugueseSharingAThirdOfTheirLetterGramsAreOnlyTheSameStory() {
		// a third of the letter 4-grams in common was a translation when the threshold was 0.3
		LineageLink link = only(journey(3));
		assertEquals(LinkType.SAME_STORY, link.type(), link.toString());
	}

	/**
	 * An English and an Italian account of one journey through the eight places, {@code figures} distances in common,
	 * and twenty places of each side's own: the fingerprint score stays between 0.25 and 0.45 and the letter 4-grams in
	 * common stay under a third.
	 */
	private static List<LineageLink> trip(int figures) {
		String[] english = { "Harbin", "Quito", "Tromso", "Mombasa", "Cusco", "Dunedin", "Tabriz", "Lhasa", "Goiania", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				"Kuching", "Timbuktu", "Ushuaia", "Nuuk", "Hobart", "Yerevan", "Lagos", "Leticia", "Thimphu", "Aswan", "Kiruna" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
		String[] italian = { "Bergamo", "Cagliari", "Lecce", "Trieste", "Matera", "Udine", "Ravenna", "Taranto", "Perugia", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				"Sondrio", "Bolzano", "Enna", "Pavia", "Rimini", "Siena", "Foggia", "Trapani", "Cremona", "Aosta", "Lucca" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
		StringBuilder en = new StringBuilder("The delegation travelled"); //$NON-NLS-1$
		StringBuilder it = new StringBuilder("La delegazione ha viaggiato"); //$NON-NLS-1$
		for (int i = 0; i < PLACES.length; i++) {
			en.append(i == 0 ? " to " : ", then to ").append(PLACES[i]); //$NON-NLS-1$ //$NON-NLS-2$
			it.append(i == 0 ? " a " : ", poi a ").append(PLACES[i]); //$NON-NLS-1$ //$NON-NLS-2$
			if (i < figures) {
				en.append(" on ").append(1100 + i * 7).append(" km"); //$NON-NLS-1$ //$NON-NLS-2$
				it.append(" per ").append(1100 + i * 7).append(" km"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		for (int i = 0; i < english.length; i++) {
			en.append(", past ").append(english[i]); //$NON-NLS-1$
			it.append(", oltre ").append(italian[i]); //$NON-NLS-1$
		}
		en.append(". Everyone remembers the weather: windy mornings, frozen streets, crowded markets, smoky kitchens, " //$NON-NLS-1$
				+ "cheerful drivers, enormous breakfasts and sleepless nights."); //$NON-NLS-1$
		it.append(". Tutti ricordano il tempo: mattine ventose, strade ghiacciate, mercati affollati, cucine fumose, " //$NON-NLS-1$
				+ "autisti allegri, colazioni enormi e notti insonni."); //$NON-NLS-1$
		LineageIndex index = new LineageIndex();
		index.add(Article.builder(en.toString()).id("trip-en").language("en").build()); //$NON-NLS-1$ //$NON-NLS-2$
		return index.add(Article.builder(it.toString()).id("trip-it").language("it").build()).links(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * A Spanish and a Portuguese account of one journey: seven places in order (too few for a translation on names alone,
	 * too weak a fingerprint on its own), four places of each side's own, and twenty longer words of which
	 * {@code cognates} are spelled alike in both, the rest each language's own.
	 */
	private static List<LineageLink> journey(int cognates) {
		String[] common = { "presidente", "importante", "nacional", "gobernador", "universidad", "internacional", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"television", "principal" }; //$NON-NLS-1$ //$NON-NLS-2$
		String[] spanish = { "mañana", "ayuntamiento", "llegaron", "escuelas", "juntos", "hicieron", "preguntas", "siempre", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"calles", "luego", "mientras", "estaban", "dijeron", "quieren", "nuestras", "hablaron", "acuerdos", "pueblos", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				"trabajadores", "vecinos", "zanahoria", "lechuga", "durazno", "frijoles", "aguacate", "cacahuate", "calabaza", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				"elotes", "ejotes", "chabacano", "guayaba", "mamey", "nopales", "tomatillo", "jitomate", "chayote", "jicama", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				"huitlacoche", "epazote", "quelites" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String[] portuguese = { "amanhã", "prefeitura", "chegaram", "escolas", "juntos", "fizeram", "perguntas", "sempre", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"ruas", "depois", "enquanto", "estavam", "disseram", "querem", "nossas", "falaram", "acordos", "povos", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				"trabalhadores", "vizinhos", "abacaxi", "mandioca", "goiabada", "jabuticaba", "cupuacu", "pitanga", "cajueiro", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				"maracuja", "quiabo", "chuchu", "maxixe", "taioba", "pequizeiro", "buritizal", "umbuzeiro", "graviola", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				"rapadura", "tapioca", "pamonha", "cocada" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		StringBuilder es = new StringBuilder("La delegación viajó"); //$NON-NLS-1$
		StringBuilder pt = new StringBuilder("A delegação viajou"); //$NON-NLS-1$
		for (int i = 0; i < 7; i++) {
			es.append(i == 0 ? " a " : ", luego a ").append(PLACES[i]); //$NON-NLS-1$ //$NON-NLS-2$
			pt.append(i == 0 ? " a " : ", depois a ").append(PLACES[i]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String[] ownSpanish = { "Harbin", "Quito", "Tromso", "Mombasa" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String[] ownPortuguese = { "Bergamo", "Cagliari", "Lecce", "Trieste" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (int i = 0; i < ownSpanish.length; i++) {
			es.append(", por ").append(ownSpanish[i]); //$NON-NLS-1$
			pt.append(", por ").append(ownPortuguese[i]); //$NON-NLS-1$
		}
		es.append(". "); //$NON-NLS-1$
		pt.append(". "); //$NON-NLS-1$
		for (int i = 0; i < 20; i++) {
			es.append(i < cognates ? common[i] : spanish[i]).append(' ');
			pt.append(i < cognates ? common[i] : portuguese[i]).append(' ');
		}
		for (int i = 20; i < 40; i++) {
			es.append(spanish[i]).append(' ');
			pt.append(portuguese[i]).append(' ');
		}
		LineageIndex index = new LineageIndex();
		index.add(Article.builder(es.toString().strip()).id("viaje-es").language("es").build()); //$NON-NLS-1$ //$NON-NLS-2$
		return index.add(Article.builder(pt.toString().strip()).id("viagem-pt").language("pt").build()).links(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static LineageLink only(List<LineageLink> links) {
		assertEquals(1, links.size(), links.toString());
		return links.get(0);
	}
}
