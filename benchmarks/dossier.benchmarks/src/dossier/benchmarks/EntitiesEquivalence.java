// SPDX-License-Identifier: EPL-2.0
package dossier.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.core.model.Article;
import dossier.entities.ArticleEntities;
import dossier.entities.Catalogue;
import dossier.entities.Entity;
import dossier.entities.EntityEngine;
import dossier.entities.Mention;

/**
 * Writes every mention and entity the engine finds in a fixed set of texts, so that two engines' outputs can be
 * compared byte for byte ({@code cmp}) when a change is meant to make the chain faster and nothing else: the sample
 * article, every {@code dev} article of the entities evaluation set, the {@link EntitiesBenchmark} synthetic corpus
 * (with its 100k-alias catalogue) and a few thousand random strings of names, dates and numbers in seven languages.
 * <p>
 * {@code benchmarks/entities-equivalence OUT_FILE [TREE]} compiles a tree's engine with this class and runs it.
 */
public final class EntitiesEquivalence {

	private static final String[] LANGUAGES = { "ar", "en", "it", "fr", "es", "de", "pt", "und" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/** Date words, numbers and name particles of the seven languages, mixed with the evaluation set's own words. */
	private static final String[] EXTRA = ("17 3 1 31 2024 1999 2022 12 05 1.000 10,5 3/4 2024-06-17 20th 1990s XIX "
			+ "January June March September Monday last week year since in on at the of de da di dos del van von la le al- bin ibn "
			+ "gennaio marzo giugno lunedì nel il lo janvier juin mars lundi en à au enero junio marzo lunes el desde "
			+ "Januar Juni März Montag im am seit janeiro junho março segunda-feira em no "
			+ "يناير يونيو حزيران كانون الثاني آذار الاثنين يوم شهر عام في منذ عبد الله أبو أم بن ابن جامعة حزب وزارة مدينة "
			+ "محافظة الرئيس Mr. Dr. Prof. University Università Université Universidad Universität Foundation Stiftung "
			+ "Ministry Party Court Inc. Ltd GmbH S.p.A. S.A. NATO UN EU ONU \" ' ( ) , ; : . - —").split(" "); //$NON-NLS-1$

	private EntitiesEquivalence() {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		Path root = Path.of(System.getProperty("dossier.root", ".")); //$NON-NLS-1$ //$NON-NLS-2$
		try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			EntityEngine plain = EntityEngine.create(new Catalogue());
			Path sample = root.resolve("samples/000_30bd282be3f8cedf.txt"); //$NON-NLS-1$
			String sampleText = Files.readString(sample, StandardCharsets.UTF_8);
			write(writer, plain.recognize(Article.builder(sampleText).id("sample").build())); //$NON-NLS-1$
			write(writer, plain.recognize(Article.builder(sampleText).id("sample-ar").language("ar").build())); //$NON-NLS-1$ //$NON-NLS-2$

			List<String> words = new ArrayList<>(List.of(EXTRA));
			for (Article article : devArticles(root.resolve("benchmarks/quality/entities"))) { //$NON-NLS-1$
				write(writer, plain.recognize(article));
				// the same text with no language, as an article of unknown language is read
				write(writer, plain.recognize(article.toBuilder().id(article.id() + "-und").language(Article.UNDETERMINED).build())); //$NON-NLS-1$
				for (String word : article.text().split("\\s+")) { //$NON-NLS-1$
					if (!word.isEmpty()) {
						words.add(word);
					}
				}
			}

			Random random = new Random(2026);
			for (int i = 0; i < 4000; i++) {
				StringBuilder text = new StringBuilder();
				int count = 3 + random.nextInt(25);
				for (int w = 0; w < count; w++) {
					String word = random.nextInt(4) == 0 ? EXTRA[random.nextInt(EXTRA.length)] : words.get(random.nextInt(words.size()));
					if (random.nextInt(8) == 0) {
						word = word.toUpperCase(Locale.ROOT);
					} else if (random.nextInt(6) == 0 && !word.isEmpty()) {
						word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
					}
					text.append(word).append(random.nextInt(10) == 0 ? "\n" : random.nextInt(12) == 0 ? ", " : " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
				write(writer, plain.recognize(Article.builder(text.toString()).id("random" + i).language(language).build())); //$NON-NLS-1$
			}

			Catalogue catalogue = EntitiesBenchmark.syntheticCatalogue(100_000);
			List<String> names = new ArrayList<>();
			catalogue.entities().forEach(entity -> names.addAll(entity.allNames()));
			EntityEngine engine = EntityEngine.create(catalogue);
			for (Article article : EntitiesBenchmark.corpus(sample, names, megabytes)) {
				write(writer, engine.recognize(article));
			}
		}
	}

	private static List<Article> devArticles(Path set) throws IOException {
		List<Path> texts;
		try (Stream<Path> files = Files.walk(set, 2)) {
			texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList(); //$NON-NLS-1$
		}
		List<Article> articles = new ArrayList<>();
		for (Path txt : texts) {
			Path sidecar = txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".json")); //$NON-NLS-1$ //$NON-NLS-2$
			if (!Files.exists(sidecar)) {
				continue;
			}
			JsonObject meta = JsonParser.parseString(Files.readString(sidecar, StandardCharsets.UTF_8)).getAsJsonObject();
			if (meta.has("split") && !"dev".equals(meta.get("split").getAsString())) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				continue;
			}
			String id = txt.getFileName().toString().replaceFirst("\\.txt$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			String language = txt.getParent().getFileName().toString();
			articles.add(Article.builder(Files.readString(txt, StandardCharsets.UTF_8)).id(id).language(language).build());
		}
		return articles;
	}

	private static void write(BufferedWriter writer, ArticleEntities found) throws IOException {
		writer.write("# " + found.article().id() + " " + found.language() + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Mention m : found.mentions()) {
			writer.write(m.start() + "\t" + m.end() + "\t" + m.type() + "\t" + m.entityId() + "\t" + m.confidence() + "\t" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					+ m.recognizer() + "\t" + m.status() + "\t" + m.text().replace('\n', ' ') + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		for (Entity entity : found.entities().values()) {
			writer.write("= " + entity.toString().replace('\n', ' ') + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
