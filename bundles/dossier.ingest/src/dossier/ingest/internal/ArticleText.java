// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.core.model.Credit;
import dossier.core.model.LicenceStatement;
import dossier.core.model.TextDirection;
import dossier.core.model.TextSpan;

/**
 * Assembles an article's canonical text from blocks, separated by blank lines, recording each block's span and
 * the spans of licence statements and credits found inside blocks. Shared by the importers.
 */
public final class ArticleText {

	private final StringBuilder text = new StringBuilder();
	private final List<Block> blocks = new ArrayList<>();
	private final List<LicenceStatement> licences = new ArrayList<>();
	private final List<Credit> credits = new ArrayList<>();
	private String title = ""; //$NON-NLS-1$
	private String lead = ""; //$NON-NLS-1$

	/** Appends a block; blank content is skipped. Returns its span, or null when skipped. */
	public @Nullable TextSpan add(BlockType type, String content) {
		String clean = normalizeSpaces(content);
		if (clean.isEmpty()) {
			return null;
		}
		if (text.length() > 0) {
			text.append("\n\n"); //$NON-NLS-1$
		}
		int start = text.length();
		text.append(clean);
		TextSpan span = new TextSpan(start, text.length());
		blocks.add(new Block(type, span, TextDirection.firstStrong(clean)));
		if (type == BlockType.TITLE && title.isEmpty()) {
			title = clean;
		} else if (type == BlockType.LEAD && lead.isEmpty()) {
			lead = clean;
		}
		return span;
	}

	/** A licence statement that is the whole of {@code span}'s block, or the part {@code statement} of it. */
	public void licenceIn(@Nullable TextSpan span, String statement, @Nullable String url) {
		int at = text.indexOf(statement, span.start());
		TextSpan where = at >= 0 && at + statement.length() <= span.end() ? new TextSpan(at, at + statement.length())
				: span;
		licences.add(new LicenceStatement(LicenceStatement.Origin.TEXT, where.of(text.toString()), url, where));
	}

	/** Changes the origin of the statement last added by {@link #licenceIn} ({@code <a rel=license>} in the text). */
	public void markLastLicenceOrigin(LicenceStatement.Origin origin) {
		if (!licences.isEmpty()) {
			LicenceStatement last = licences.remove(licences.size() - 1);
			licences.add(new LicenceStatement(origin, last.text(), last.url(), last.span()));
		}
	}

	/** A licence statement from metadata, outside the text. */
	public void licence(LicenceStatement.Origin origin, @Nullable String statement, @Nullable String url) {
		String clean = statement == null ? "" : normalizeSpaces(statement); //$NON-NLS-1$
		if (clean.isEmpty() && url == null) {
			return;
		}
		LicenceStatement candidate = new LicenceStatement(origin, clean.isEmpty() && url != null ? url : clean, url, null);
		if (!licences.contains(candidate)) {
			licences.add(candidate);
		}
	}

	/** A credit inside the block at {@code span}, starting at {@code from} within the text. */
	public void creditIn(TextSpan span, int from) {
		String credit = text.substring(from, span.end()).strip();
		int start = text.indexOf(credit, from);
		credits.add(new Credit(credit, new TextSpan(start, start + credit.length())));
	}

	/** A credit from metadata, outside the text. */
	public void credit(String credit) {
		String clean = credit == null ? "" : normalizeSpaces(credit); //$NON-NLS-1$
		if (!clean.isEmpty()) {
			credits.add(new Credit(clean, null));
		}
	}

	public String text() {
		return text.toString();
	}

	public boolean isEmpty() {
		return text.length() == 0;
	}

	/** Bodies only: whether any block other than the title was added. */
	public boolean hasBody() {
		return blocks.stream().anyMatch(b -> b.type() != BlockType.TITLE);
	}

	/** A builder with text, title, lead, blocks, licences and credits set. */
	public Article.Builder builder() {
		TextDirection overall = TextDirection.firstStrong(title.isEmpty() ? text : title, TextDirection.LTR);
		List<Block> resolved = blocks.stream()
				.map(b -> b.direction() != null ? b : new Block(b.type(), b.span(), overall)).toList();
		return Article.builder(text.toString()).title(title).lead(lead).blocks(resolved).licences(licences)
				.credits(credits).direction(overall);
	}

	/** Collapses runs of white space (other than line breaks inside a block) and strips the ends. */
	public static String normalizeSpaces(String value) {
		StringBuilder out = new StringBuilder(value.length());
		boolean space = false;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\n' || c == '\r' || c == '\t' || c == '\u00A0' || c == '\f' || Character.isSpaceChar(c)
					&& c != '\u200C' && c != '\u200D') {
				space = true;
			} else {
				if (space && out.length() > 0) {
					out.append(' ');
				}
				space = false;
				out.append(c);
			}
		}
		return out.toString();
	}
}
