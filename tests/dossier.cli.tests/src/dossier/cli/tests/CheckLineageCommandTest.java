// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.ExitCode;
import dossier.core.model.Article;
import dossier.core.store.Corpus;

/**
 * {@code dossier check DIR} on a corpus: each translation is checked against its original through the corpus's
 * lineage (issue 18). Real texts (fixtures/lineage/ATTRIBUTION.md): Global Voices' English post and its French
 * translation, with licence lines this test adds (the real posts are CC BY 3.0); and the repository's Arabic
 * sample, whose Lifegate original publishes under CC BY-NC-ND.
 */
class CheckLineageCommandTest {

	private static final String GV_EN_URL = "https://community.globalvoices.org/2014/10/10-years-ago-today-global-voices-first-post-appeared/";

	@TempDir
	Path dir;

	/** The corpus's folder. */
	private Path folder;

	private final InProcessDossier dossier = new InProcessDossier();

	@org.junit.jupiter.api.BeforeEach
	void corpusFolder() {
		folder = dir.resolve("corpus");
	}

	private static String fixture(String name) throws IOException {
		try (InputStream in = CheckLineageCommandTest.class.getResourceAsStream("/fixtures/lineage/" + name)) {
			assertNotNull(in, name);
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Stores the English post and its French translation, each with the licence line given; their ids. */
	private String[] corpus(String englishLicence, String... frenchAdded) throws IOException {
		Corpus corpus = Corpus.open(folder);
		Article english = Article.builder(fixture("gv-first-post-en.txt") + "\n\n" + englishLicence).language("en")
				.publisher("Global Voices").sourceUrl(GV_EN_URL).published("2014-10-26").build();
		Article french = Article.builder(fixture("gv-first-post-fr.txt") + "\n\n" + String.join("\n\n", frenchAdded)).language("fr")
				.publisher("Global Voices en Français").sourceUrl("https://fr.globalvoices.org/2014/11/06/176843/").published("2014-11-06").build();
		for (Article article : new Article[] { english, french }) {
			corpus.put(article, article.text().getBytes(StandardCharsets.UTF_8));
		}
		return new String[] { english.id(), french.id() };
	}

	@Test
	void aCorpusHoldingAnNdOriginalAndItsTranslationFails() throws IOException {
		String[] ids = corpus("This article is licensed under CC BY-ND 4.0: https://creativecommons.org/licenses/by-nd/4.0/",
				"Publié sous licence CC BY 4.0 : https://creativecommons.org/licenses/by/4.0/");
		assertEquals(ExitCode.PROBLEMS, dossier.run("check", folder.toString()), dossier.err());
		String text = dossier.out();
		String french = folder.resolve("articles").resolve(ids[1].substring(0, 2)).resolve(ids[1] + ".original").toString();
		assertTrue(text.contains(french + ":"), text);
		assertTrue(text.contains(": error: This is a translation of article " + ids[0] + " (" + GV_EN_URL
				+ "), which is under CC BY-ND 4.0 (stated on the original): NoDerivatives allows no sharing of adaptations, translations included"
				+ " [lineage: translation "), text);
		assertTrue(text.contains("[chain-nd-adaptation]"), text);
		assertTrue(text.contains("  credit (en): “Il y a 10 ans, le premier billet du site Global Voices était publié…” — French translation by "
				+ "Global Voices en Français of “10 Years Ago Today, Global Voices’ First Post Appeared…”"), text);
		assertTrue(dossier.err().contains("2 article(s), 1 derivation link(s)"), dossier.err());
		assertFalse(Files.exists(folder.resolve("lineage.json")), "a check records nothing");

		assertEquals(ExitCode.PROBLEMS, dossier.run("check", "--format", "json", folder.toString()), dossier.err());
		JsonObject finding = finding(JsonParser.parseString(dossier.out()).getAsJsonObject(), french, "chain-nd-adaptation");
		assertEquals("error", finding.get("severity").getAsString());
		assertEquals("CC BY-ND 4.0 §1(a), §2(a)(1)(B)", finding.get("reference").getAsString());
		assertTrue(finding.get("fix").getAsString().contains("permission of the original's licensor (Global Voices)"), finding.toString());
	}

	@Test
	void aRejectedLinkIsNoChain() throws IOException {
		String[] ids = corpus("This article is licensed under CC BY-ND 4.0: https://creativecommons.org/licenses/by-nd/4.0/",
				"Publié sous licence CC BY 4.0 : https://creativecommons.org/licenses/by/4.0/");
		assertEquals(ExitCode.OK, dossier.run("lineage", "--corpus", folder.toString(), "--reject", ids[0] + ":" + ids[1] + ":translation"),
				dossier.err());
		dossier.run("check", folder.toString());
		assertFalse(dossier.out().contains("[chain-"), dossier.out());
		assertTrue(dossier.err().contains("0 derivation link(s)"), dossier.err());
	}

	@Test
	void aShareAlikeTranslationIsCheckedAgainstItsOriginal() throws IOException {
		String bySa = "Publié sous licence CC BY-SA 4.0 : https://creativecommons.org/licenses/by-sa/4.0/";
		corpus("This article is licensed under CC BY-SA 4.0: https://creativecommons.org/licenses/by-sa/4.0/",
				"Publié sous licence CC BY 4.0 : https://creativecommons.org/licenses/by/4.0/");
		dossier.run("check", folder.toString());
		assertTrue(dossier.out().contains("the translation is under CC BY 4.0. CC BY-SA 4.0: ShareAlike requires"), dossier.out());
		assertTrue(dossier.out().contains("[chain-sharealike-broken]"), dossier.out());

		Path other = dir.resolve("credited");
		folder = other;
		// credited as Global Voices' translations are (this test's wording), under BY-SA 4.0
		corpus("This article is licensed under CC BY-SA 4.0: https://creativecommons.org/licenses/by-sa/4.0/",
				"Traduction de l'article « 10 Years Ago Today, Global Voices’ First Post Appeared… » publié par Global Voices : " + GV_EN_URL, bySa);
		dossier.run("check", other.toString());
		assertFalse(dossier.out().contains("[chain-"), dossier.out());
		assertTrue(dossier.err().contains("1 derivation link(s)"), dossier.err());
	}

	@Test
	void theSampleInACorpusIsATranslationOfLifegatesNoDerivativesOriginal() throws IOException {
		String text = fixture("000_30bd282be3f8cedf.txt");
		assertEquals(ExitCode.OK, dossier.run("import", "--corpus", folder.toString(), writeSample(text).toString()), dossier.err());
		assertEquals(ExitCode.PROBLEMS, dossier.run("check", folder.toString()), dossier.err());
		String out = dossier.out();
		assertTrue(out.contains("error: This is a translation of https://www.lifegate.it/russia-corea-del-nord-putin (not in the corpus), "
				+ "which is under CC BY-NC-ND (by the policy of Lifegate"), out);
		assertTrue(out.contains("[chain-nd-adaptation]"), out);
		assertTrue(out.contains("credit (en): “كوريا الشمالية.كيف سار اللقاء بين فلاديمير بوتين وكيم جونغ أون؟” — Arabic translation of the original, "
				+ "published by Lifegate, https://www.lifegate.it/russia-corea-del-nord-putin, licensed under CC BY-SA, version not stated"), out);
		assertTrue(out.contains("original under CC BY-NC-ND according to its publisher's policy"), out);
	}

	private Path writeSample(String text) throws IOException {
		Path file = dir.resolve("in").resolve("000_30bd282be3f8cedf.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static JsonObject finding(JsonObject report, String path, String rule) {
		for (JsonElement article : report.getAsJsonArray("articles")) {
			if (!article.getAsJsonObject().get("path").getAsString().equals(path)) {
				continue;
			}
			JsonArray findings = article.getAsJsonObject().getAsJsonArray("findings");
			for (JsonElement finding : findings) {
				if (finding.getAsJsonObject().get("rule").getAsString().equals(rule)) {
					return finding.getAsJsonObject();
				}
			}
		}
		throw new AssertionError("no " + rule + " for " + path + " in " + report);
	}
}
