// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.core.model.BlockType;
import dossier.core.model.TextSpan;
import dossier.ingest.ImportContext;
import dossier.ingest.ImportException;
import dossier.ingest.Importer;
import dossier.ingest.Ingest;
import dossier.ingest.Source;
import dossier.ingest.TextDecoder;
import dossier.ingest.internal.ArticleText;
import dossier.ingest.internal.Messages;
import dossier.ingest.internal.TextHeuristics;

/**
 * Plain text shaped like an article copied from a page: a title line; optionally a publisher line and a URL
 * line; a lead; paragraphs separated by blank lines; bullets; short lines between paragraphs as headings;
 * captions with "©" credits; a licence line; and the site's trailing boilerplate, which is left out of the text
 * but kept in the provenance.
 */
public class PlainTextImporter implements Importer {

	public static final String ID = "dossier.ingest.text"; //$NON-NLS-1$

	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦‣∙●○■□➤►◆◇]|[-*–—](?=\\s))\\s*(.+)$"); //$NON-NLS-1$
	/** A byline: "By NAME" in the languages of our corpora; the word list is small and closed. */
	private static final Pattern BYLINE = Pattern.compile(
			"(?i)^(by|di|da|par|von|por|door|av|autor|автор|بقلم|بواسطة|نویسنده)[:\\s]+(.{2,60})$"); //$NON-NLS-1$
	private static final int MAX_LEAD = 600;
	private static final int MAX_HEADING_CHARS = 100;
	private static final int MAX_HEADING_WORDS = 12;
	private static final int MAX_PUBLISHER_CHARS = 60;
	/** After the licence line, at most this many short lines are site furniture, not article. */
	private static final int MAX_TAIL_LINES = 6;
	private static final int MAX_TAIL_LINE = 100;

	@Override
	public int sniff(Source source, byte[] head) {
		if (Ingest.looksBinary(head)) {
			return 0;
		}
		String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
				.replace("\uFEFF", "").stripLeading(); //$NON-NLS-1$ //$NON-NLS-2$
		if (start.startsWith("<") || start.startsWith("{") || start.startsWith("WARC/")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return 1; // markup or data: only if nothing else reads it
		}
		String name = source.lowerFileName();
		return name.endsWith(".txt") || name.endsWith(".text") ? Importer.LIKELY : Importer.POSSIBLE; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** One non-blank line and its place. */
	private record Line(String text, int paragraph, boolean bullet) {
	}

	@Override
	public void read(Source source, ImportContext context) throws ImportException {
		TextDecoder.Decoded decoded = TextDecoder.decode(source.bytes(), source.declaredCharset());
		String all = decoded.text().replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<Line> lines = new ArrayList<>();
		int paragraph = 0;
		for (String raw : all.split("\n")) { //$NON-NLS-1$
			if (raw.isBlank()) {
				paragraph++;
				continue;
			}
			Matcher bullet = BULLET.matcher(raw);
			lines.add(bullet.matches() ? new Line(bullet.group(1).strip(), paragraph, true)
					: new Line(raw.strip(), paragraph, false));
		}
		if (lines.isEmpty()) {
			throw new ImportException(Messages.format("textNoTitle")); //$NON-NLS-1$
		}
		List<String> removed = new ArrayList<>();
		boolean[] drop = new boolean[lines.size()];

		// site furniture after the last licence line: a few short lines
		int lastLicence = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).bullet() && TextHeuristics.isLicenceLine(lines.get(i).text())) {
				lastLicence = i;
			}
		}
		if (lastLicence >= 0) {
			int tail = lines.size() - lastLicence - 1;
			boolean allShort = lines.subList(lastLicence + 1, lines.size()).stream()
					.allMatch(l -> l.text().length() <= MAX_TAIL_LINE);
			if (tail <= MAX_TAIL_LINES && allShort) {
				for (int i = lastLicence + 1; i < lines.size(); i++) {
					drop[i] = true;
				}
			}
		}
		// known boilerplate anywhere, and symbol-only lines
		for (int i = 0; i < lines.size(); i++) {
			if (TextHeuristics.isBoilerplate(lines.get(i).text())) {
				drop[i] = true;
			}
		}
		List<Line> kept = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (drop[i]) {
				removed.add(lines.get(i).text());
			} else {
				kept.add(lines.get(i));
			}
		}
		if (kept.isEmpty()) {
			throw new ImportException(Messages.format("textNoTitle")); //$NON-NLS-1$
		}

		ArticleText text = new ArticleText();
		int next = 0;
		Line first = kept.get(0);
		if (!first.bullet() && first.text().length() <= 300) {
			text.add(BlockType.TITLE, first.text());
			next = 1;
		}
		// header: a URL line within the next few single-line paragraphs, maybe with a publisher line
		String publisher = null;
		String author = null;
		String url = null;
		int headerEnd = next;
		for (int i = next; i < Math.min(kept.size(), next + 3); i++) {
			Line line = kept.get(i);
			if (line.bullet() || !alone(kept, i)) {
				break;
			}
			if (TextHeuristics.isUrl(line.text())) {
				url = line.text().startsWith("www.") ? "https://" + line.text() : line.text(); //$NON-NLS-1$ //$NON-NLS-2$
				headerEnd = i + 1;
			} else if (BYLINE.matcher(line.text()).matches() && author == null) {
				Matcher byline = BYLINE.matcher(line.text());
				byline.matches();
				author = byline.group(2).strip();
			} else if (TextHeuristics.isShortTitleLike(line.text(), MAX_PUBLISHER_CHARS, 6) && publisher == null) {
				publisher = line.text();
			} else {
				break;
			}
		}
		if (url != null) {
			next = headerEnd;
		} else {
			publisher = null;
			author = null;
		}

		boolean leadDone = false;
		for (int i = next; i < kept.size(); i++) {
			Line line = kept.get(i);
			String s = line.text();
			if (line.bullet()) {
				text.add(BlockType.LIST_ITEM, s);
				leadDone = true;
				continue;
			}
			if (TextHeuristics.isLicenceLine(s)) {
				TextSpan span = text.add(BlockType.PARAGRAPH, s);
				text.licenceIn(span, ArticleText.normalizeSpaces(s), null);
				leadDone = true;
				continue;
			}
			if (isByline(kept, i)) {
				text.add(BlockType.BYLINE, s);
				continue;
			}
			int credit = TextHeuristics.creditStart(s);
			if (credit >= 0 && s.length() <= 300) {
				TextSpan span = text.add(BlockType.CAPTION, s);
				String before = ArticleText.normalizeSpaces(s.substring(0, credit));
				text.creditIn(span, span.start() + (before.isEmpty() ? 0 : before.length() + 1));
				leadDone = true;
				continue;
			}
			if (!leadDone) {
				leadDone = true;
				if (s.length() <= MAX_LEAD && !isHeading(kept, i)) {
					text.add(BlockType.LEAD, s);
					continue;
				}
			}
			if (isHeading(kept, i)) {
				text.add(BlockType.HEADING, s);
				continue;
			}
			// a hard-wrapped paragraph: following plain lines of the same paragraph join it
			StringBuilder joined = new StringBuilder(s);
			while (i + 1 < kept.size() && kept.get(i + 1).paragraph() == line.paragraph() && !kept.get(i + 1).bullet()
					&& !TextHeuristics.isLicenceLine(kept.get(i + 1).text())
					&& TextHeuristics.creditStart(kept.get(i + 1).text()) < 0) {
				joined.append(' ').append(kept.get(++i).text());
			}
			text.add(BlockType.PARAGRAPH, joined.toString());
		}
		if (text.isEmpty()) {
			throw new ImportException(Messages.format("textNoTitle")); //$NON-NLS-1$
		}
		context.add(text.builder().publisher(publisher).sourceUrl(url).authors(author == null ? List.of() : List.of(author))
				.provenance(context.provenance(source, ID, decoded.charset(), removed, decoded.warnings())).build(),
				source.bytes());
	}

	/** What follows a byline's cue: a name or two, or an agency ("By Ana Ruiz, Reuters", "Par AFP", "بقلم محمد علي"). */
	private static final Pattern BYLINE_NAMES = Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{M}.'’\\-]*|\\p{IsArabic}+)(?:[\\s,،/|&–—-]+[\\p{L}\\p{M}.'’\\-]+){0,7}"); //$NON-NLS-1$

	/**
	 * A line alone in its paragraph that opens with a byline's cue and goes on with names only: "By Ana Ruiz, Reuters",
	 * "Door Peter Winterman", "بقلم محمد علي". One word after the cue must be an agency in capitals or Arabic ("Par AFP",
	 * "بقلم الأناضول"), not a place ("Da Roma").
	 */
	private static boolean isByline(List<Line> lines, int i) {
		if (!alone(lines, i)) {
			return false;
		}
		Matcher byline = BYLINE.matcher(lines.get(i).text());
		if (!byline.matches()) {
			return false;
		}
		String names = byline.group(2).strip();
		if (!BYLINE_NAMES.matcher(names).matches()) {
			return false;
		}
		// Arabic has no capitals: a single Arabic word passes as an agency's would
		return names.split("[\\s,،/|&–—-]+").length >= 2 || names.equals(names.toUpperCase(Locale.ROOT)); //$NON-NLS-1$
	}

	/** The only line of its paragraph. */
	private static boolean alone(List<Line> lines, int i) {
		int p = lines.get(i).paragraph();
		return (i == 0 || lines.get(i - 1).paragraph() != p) && (i + 1 >= lines.size() || lines.get(i + 1).paragraph() != p);
	}

	/** A short line alone in its paragraph, followed by a body paragraph: a heading. */
	private static boolean isHeading(List<Line> lines, int i) {
		if (!alone(lines, i) || i + 1 >= lines.size()) {
			return false;
		}
		Line following = lines.get(i + 1);
		return TextHeuristics.isShortTitleLike(lines.get(i).text(), MAX_HEADING_CHARS, MAX_HEADING_WORDS)
				&& !TextHeuristics.isLicenceLine(lines.get(i).text())
				&& (following.bullet() || following.text().length() > lines.get(i).text().length() * 2);
	}
}
