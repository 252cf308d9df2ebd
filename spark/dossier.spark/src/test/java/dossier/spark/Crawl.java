// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Test input made of real published text: a web archive whose pages are the project's evaluation articles
 * (benchmarks/quality/entities: 102 openly licensed news articles in seven languages, each with its attribution)
 * each closed by a real licence notice, credit or byline line from benchmarks/quality/licence, in every
 * combination until the count asked for; plus the hostile files the import tests use (external entities, a zip
 * bomb, a path-traversal zip, a truncated archive, binary, empty and malformed files).
 */
final class Crawl {

	/** What a hostile file holds that must never reach any output. */
	static final String SECRET = "dossier-secret-4f1c9a";

	private final List<JsonObject> articles = new ArrayList<>();
	private final List<String> texts = new ArrayList<>();
	private final List<String> languages = new ArrayList<>();
	private final List<String> notices = new ArrayList<>();

	Crawl(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root.resolve("benchmarks/quality/entities"))) {
			for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				Path sidecar = txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".json"));
				articles.add(JsonParser.parseString(Files.readString(sidecar)).getAsJsonObject());
				texts.add(Files.readString(txt));
				languages.add(txt.getParent().getFileName().toString());
			}
		}
		try (Stream<Path> files = Files.list(root.resolve("benchmarks/quality/licence"))) {
			for (Path jsonl : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
				for (String line : Files.readAllLines(jsonl)) {
					if (!line.isBlank()) {
						notices.add(JsonParser.parseString(line).getAsJsonObject().get("text").getAsString());
					}
				}
			}
		}
		if (articles.size() < 100 || notices.size() < 250) {
			throw new IllegalStateException("evaluation sets not found under " + root);
		}
	}

	/** The fewest pages that hold every article and every notice line: one round of the longer list. */
	int everyLineOnce() {
		return Math.max(articles.size(), notices.size());
	}

	/** Writes {@code pages} HTML responses (and a robots.txt and an image, which are not articles) as a WARC.gz. */
	void writeWarc(Path file, int pages) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING); WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
			writer.write(new Warcinfo.Builder().fields(Map.of("software", List.of("dossier-spark-test"))).build());
			writer.write(response("https://example.org/robots.txt", "text/plain", "User-agent: *\n".getBytes(StandardCharsets.UTF_8), 0, 200));
			writer.write(response("https://example.org/logo.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, 1, 200));
			for (int i = 0; i < pages; i++) {
				int a = i % articles.size();
				JsonObject meta = articles.get(a);
				String url = meta.get("url").getAsString() + (meta.get("url").getAsString().contains("?") ? "&" : "?") + "record=" + i;
				writer.write(response(url, "text/html; charset=utf-8", page(a, notices.get(i % notices.size())), i, 200));
			}
		}
	}

	private byte[] page(int a, String notice) {
		JsonObject meta = articles.get(a);
		String lang = languages.get(a);
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang).append('"')
				.append(lang.equals("ar") ? " dir=\"rtl\"" : "")
				.append("><head><meta charset=\"utf-8\"><title>").append(escape(string(meta, "title"))).append("</title>");
		if (!string(meta, "author").isEmpty()) {
			html.append("<meta name=\"author\" content=\"").append(escape(string(meta, "author"))).append("\">");
		}
		html.append("<meta property=\"og:site_name\" content=\"").append(escape(string(meta, "publisher"))).append("\">")
				.append("</head><body><article><h1>").append(escape(string(meta, "title"))).append("</h1>");
		for (String paragraph : texts.get(a).split("\\n\\s*\\n|\\n")) {
			if (!paragraph.isBlank()) {
				html.append("<p>").append(escape(paragraph.strip())).append("</p>");
			}
		}
		html.append("<p>").append(escape(notice)).append("</p></article></body></html>");
		return html.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The hostile and awkward files beside the archive; {@code secret} is a file an external entity points at. */
	static void writeHostileFiles(Path folder, Path secret) throws IOException {
		Files.writeString(secret, SECRET);
		Files.writeString(folder.resolve("evil.rss"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri()
				+ "\">]>\n<rss version=\"2.0\"><channel><title>Feed</title><item><title>Leak &xxe;</title>"
				+ "<description>Il comune di Venezia ha deciso &xxe; di portare il contributo a dieci euro.</description>"
				+ "<link>https://evil.example/item</link></item></channel></rss>\n");
		Files.write(folder.resolve("bomb.zip"), zip("a.txt", "Titolo\n\nPrima voce del comune di Trento.".getBytes(StandardCharsets.UTF_8),
				"zeros.txt", new byte[40 << 20]));
		Files.write(folder.resolve("traversal.zip"), zip("../../escaped.html",
				"<html><body><p>Escaped from the archive.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
		byte[] garbage = new byte[4096];
		new Random(7).nextBytes(garbage);
		Files.write(folder.resolve("garbage.html"), garbage);
		Files.write(folder.resolve("empty.txt"), new byte[0]);
		Files.writeString(folder.resolve("lines.jsonl"), "{\"title\":\"Una riga buona\",\"text\":\"La Regione Lombardia ha approvato il bilancio.\","
				+ "\"language\":\"it\"}\n{\"title\": broken\n");
		Files.write(folder.resolve("arabic-1256.txt"), "مجلس الأمن يمدد مهمة الخبراء\n\nقرر مجلس الأمن الدولي في نيويورك تمديد ولاية فريق الخبراء."
				.getBytes(Charset.forName("windows-1256")));
		ByteArrayOutputStream warc = new ByteArrayOutputStream();
		try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(warc), WarcCompression.GZIP)) {
			for (int i = 0; i < 3; i++) {
				writer.write(response("https://cut.example/" + i, "text/html", ("<html><body><p>Pagina " + i
						+ " del sito, pubblicata a Bologna dal comune.</p></body></html>").getBytes(StandardCharsets.UTF_8), i, 200));
			}
		}
		byte[] whole = warc.toByteArray();
		Files.write(folder.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 30));
	}

	private static WarcResponse response(String uri, String type, byte[] body, int i, int status) throws IOException {
		HttpResponse http = new HttpResponse.Builder(status, "OK").body(MediaType.parse(type), body).build();
		return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2025-03-01T00:00:00Z").plusSeconds(i)).body(http).build();
	}

	private static byte[] zip(Object... namesAndBytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int i = 0; i < namesAndBytes.length; i += 2) {
				zip.putNextEntry(new ZipEntry((String) namesAndBytes[i]));
				zip.write((byte[]) namesAndBytes[i + 1]);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static String string(JsonObject o, String key) {
		return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : "";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
