// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.cli.CommandLine;
import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.core.model.Article;
import dossier.core.store.Corpus;

class EntitiesCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CommandLine(console, "test").run(args);
	}

	private Path article() throws IOException {
		Path file = folder.resolve("visit.txt");
		Files.writeString(file, "Putin in Pyongyang\n\nVladimir Putin met Kim Jong Un in Pyongyang on 19 June 2024. "
				+ "فلاديمير بوتين زار بيونغ يانغ.\n");
		return file;
	}

	@Test
	void jsonListsEntitiesWithIdLabelTypeQidAndMentions() throws IOException {
		assertEquals(ExitCode.OK, run("entities", "--format", "json", article().toString()), err.toString(StandardCharsets.UTF_8));
		String json = out.toString(StandardCharsets.UTF_8);
		assertTrue(json.contains("\"id\": \"person:vladimir-putin\""), json);
		assertTrue(json.contains("\"qid\": \"Q7747\""), json);
		assertTrue(json.contains("\"type\": \"PLACE\""), json);
		assertTrue(json.contains("\"text\": \"فلاديمير بوتين\""), json);
		assertTrue(json.contains("\"id\": \"date:2024-06-19\""), json);
	}

	/**
	 * A plain text file's language is detected, as {@code dossier import} and the workbench detect it, so the rules of
	 * that language apply: here an English one (a company named by the noun after it, "Boeing shares fell"), which a
	 * text read as undetermined did not get.
	 */
	@Test
	void aPlainEnglishFileIsRecognisedAsEnglish() throws IOException {
		Path file = folder.resolve("boeing.txt");
		Files.writeString(file, "Deliveries delayed\n\nBoeing shares fell on Monday after the company said that the deliveries"
				+ " of its aircraft would be delayed until the end of the year, and analysts expected further losses.\n");
		assertEquals(ExitCode.OK, run("entities", "--format", "json", file.toString()), err.toString(StandardCharsets.UTF_8));
		String json = out.toString(StandardCharsets.UTF_8);
		assertTrue(json.contains("\"language\": \"en\""), json);
		assertTrue(json.contains("\"label\": \"Boeing\""), json);
		assertTrue(json.contains("\"type\": \"ORG\""), json);
	}

	@Test
	void otherFormats() throws IOException {
		Path file = article();
		assertEquals(ExitCode.OK, run("entities", "--format", "conll", file.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Putin _ _ I-PER"));
		out.reset();
		assertEquals(ExitCode.OK, run("entities", "--format", "brat", file.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Wikidata:Q56226"));
		out.reset();
		assertEquals(ExitCode.OK, run("entities", "--format", "webanno", file.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("TextPositionSelector"));
	}

	@Test
	void corpusCatalogueIsUsedAndAMalformedOneIsAOneLineError() throws IOException {
		Corpus corpus = Corpus.open(folder.resolve("corpus"));
		String text = "Il ministro Gennaro Esposito a Napoli.";
		corpus.put(Article.builder(text).language("it").build(), text.getBytes(StandardCharsets.UTF_8));
		Path catalogue = folder.resolve("corpus/entities/catalogue.json");
		Files.createDirectories(catalogue.getParent());
		Files.writeString(catalogue, "{\"format\": \"dossier-entity-catalogue\", \"version\": 1, \"entities\": [{\"id\": "
				+ "\"person:esposito\", \"type\": \"PERSON\", \"labels\": {\"it\": \"Gennaro Esposito\"}}]}");
		assertEquals(ExitCode.OK, run("entities", "--corpus", folder.resolve("corpus").toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"id\": \"person:esposito\""));
		Files.writeString(catalogue, "{\"format\": \"dossier-entity-catalogue\", \"entities\": [");
		err.reset();
		assertEquals(ExitCode.USAGE_OR_IO, run("entities", "--corpus", folder.resolve("corpus").toString()));
		String error = err.toString(StandardCharsets.UTF_8).strip();
		assertTrue(error.startsWith("dossier: cannot open the corpus: catalogue.json: not valid JSON"), error);
	}

	@Test
	void usageErrors() {
		assertEquals(ExitCode.USAGE_OR_IO, run("entities"));
		assertEquals(ExitCode.USAGE_OR_IO, run("entities", "--format", "xml", "x"));
		assertEquals(ExitCode.USAGE_OR_IO, run("entities", folder.resolve("missing.txt").toString()));
	}
}
