// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code dossier check --format json} on one HTML page, run in the test's process: what the HTML importer marks in a
 * page's markup (a byline, a caption) and what the checker reads from it.
 */
final class HtmlPageCheck {

	private final Path dir;

	/** Writes its pages to {@code dir} (the test's temporary folder). */
	HtmlPageCheck(Path dir) {
		this.dir = dir;
	}

	/** The JSON report of {@code dossier check} on {@code html}, written as {@code page.html}. */
	String json(String html) throws IOException {
		Path page = dir.resolve("page.html"); //$NON-NLS-1$
		Files.writeString(page, html, StandardCharsets.UTF_8);
		InProcessDossier dossier = new InProcessDossier();
		dossier.run("check", "--format", "json", page.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return dossier.out();
	}

	/** An English news page: its {@code title} as title and heading, then the article's {@code body} (HTML). */
	static String article(String title, String body) {
		return """
				<!DOCTYPE html>
				<html lang="en"><head><title>%s</title><meta charset="utf-8"></head>
				<body><article>
				<h1>%s</h1>
				%s
				</article></body></html>
				""".formatted(title, title, body);
	}
}
