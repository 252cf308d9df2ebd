// SPDX-License-Identifier: EPL-2.0
package dossier.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * One article: a canonical plain {@link #text()} and what importers found about it. Every span in it (blocks,
 * licence statements, credits) indexes into {@link #text()}; see the package documentation for what an offset
 * counts. Immutable; {@link #toBuilder()} makes a changed copy.
 *
 * @param id stable id derived from the content ({@link #contentId(String)}), so the same text imported twice
 *        is recognised
 * @param title the headline, or "" when the source has none
 * @param lead the standfirst, or "" when the source has none
 * @param text the canonical text: title, lead and body blocks separated by blank lines
 * @param blocks the structure of {@code text}, in order
 * @param publisher the publisher or site as the source names it, or null
 * @param sourceUrl the URL the article was read from or names as its source, or null
 * @param canonicalUrl the canonical URL ({@code <link rel=canonical>}, {@code og:url}), or null
 * @param authors creators as the source names them, in order
 * @param published the publication date, ISO 8601 (a date, a date-time, or a partial date such as 2024-06), or null
 * @param language BCP 47 tag of the text's language ("ar", "it", "pt-BR"), or "und" when unknown
 * @param direction the base direction of the text as a whole
 * @param basedOn the URL of the work this one is a translation or adaptation of, when the source declares it
 *        (JSON-LD {@code isBasedOn} / {@code translationOfWork}), else null
 * @param editions the language editions the page lists ({@code hreflang} alternates), as it lists them (itself often
 *        among them)
 * @param licences licence statements as found, uninterpreted
 * @param credits credit lines as found (photo credits, bylines), uninterpreted
 * @param provenance where and how it was imported
 */
public record Article(String id, String title, String lead, String text, List<Block> blocks,
		@Nullable String publisher, @Nullable String sourceUrl, @Nullable String canonicalUrl, List<String> authors,
		@Nullable String published, String language, TextDirection direction, @Nullable String basedOn,
		List<Edition> editions, List<LicenceStatement> licences, List<Credit> credits, @Nullable Provenance provenance) {

	/** The language tag of a text whose language is not known. */
	public static final String UNDETERMINED = "und"; //$NON-NLS-1$

	public Article {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		title = title == null ? "" : title; //$NON-NLS-1$
		lead = lead == null ? "" : lead; //$NON-NLS-1$
		blocks = List.copyOf(blocks);
		authors = List.copyOf(authors);
		editions = List.copyOf(editions);
		licences = List.copyOf(licences);
		credits = List.copyOf(credits);
		language = language == null || language.isBlank() ? UNDETERMINED : language;
		direction = direction == null ? TextDirection.LTR : direction;
		for (Block block : blocks) {
			checkSpan(block.span(), text);
		}
		for (LicenceStatement statement : licences) {
			if (statement.span() != null) {
				checkSpan(statement.span(), text);
			}
		}
		for (Credit credit : credits) {
			if (credit.span() != null) {
				checkSpan(credit.span(), text);
			}
		}
	}

	private static void checkSpan(@Nullable TextSpan span, String text) {
		if (span.end() > text.length()) {
			throw new IllegalArgumentException(
					"span " + span + " beyond the text's length " + text.length()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * The id of an article with this canonical text: the first 16 hex digits of the SHA-256 of its NFC form
	 * with line ends and surrounding white space normalised, so re-importing the same text from another file
	 * or encoding yields the same id.
	 */
	public static String contentId(String text) {
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			return HexFormat.of().formatHex(digest, 0, 8);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", e); //$NON-NLS-1$
		}
	}

	/** The text of {@code span}. */
	public String textOf(TextSpan span) {
		return span.of(text);
	}

	/** The blocks of {@code type}, in order. */
	public List<Block> blocksOf(BlockType type) {
		return blocks.stream().filter(block -> block.type() == type).toList();
	}

	public Builder toBuilder() {
		return new Builder(this);
	}

	public static Builder builder(String text) {
		return new Builder(text);
	}

	/** Builds an {@link Article}; {@link #build()} derives the id from the text unless one was set. */
	public static final class Builder {
		private @Nullable String id;
		private String title = ""; //$NON-NLS-1$
		private String lead = ""; //$NON-NLS-1$
		private String text;
		private List<Block> blocks = new ArrayList<>();
		private @Nullable String publisher;
		private @Nullable String sourceUrl;
		private @Nullable String canonicalUrl;
		private List<String> authors = new ArrayList<>();
		private @Nullable String published;
		private String language = UNDETERMINED;
		private @Nullable TextDirection direction;
		private @Nullable String basedOn;
		private List<Edition> editions = new ArrayList<>();
		private List<LicenceStatement> licences = new ArrayList<>();
		private List<Credit> credits = new ArrayList<>();
		private @Nullable Provenance provenance;

		private Builder(String text) {
			this.text = Objects.requireNonNull(text);
		}

		private Builder(Article article) {
			id = article.id;
			title = article.title;
			lead = article.lead;
			text = article.text;
			blocks = new ArrayList<>(article.blocks);
			publisher = article.publisher;
			sourceUrl = article.sourceUrl;
			canonicalUrl = article.canonicalUrl;
			authors = new ArrayList<>(article.authors);
			published = article.published;
			language = article.language;
			direction = article.direction;
			basedOn = article.basedOn;
			editions = new ArrayList<>(article.editions);
			licences = new ArrayList<>(article.licences);
			credits = new ArrayList<>(article.credits);
			provenance = article.provenance;
		}

		public Builder id(@Nullable String value) { id = value; return this; }
		public Builder title(@Nullable String value) { title = value == null ? "" : value; return this; } //$NON-NLS-1$
		public Builder lead(@Nullable String value) { lead = value == null ? "" : value; return this; } //$NON-NLS-1$
		public Builder text(String value) { text = Objects.requireNonNull(value); return this; }
		public Builder blocks(List<Block> value) { blocks = new ArrayList<>(value); return this; }
		public Builder addBlock(Block value) { blocks.add(value); return this; }
		public Builder publisher(@Nullable String value) { publisher = value; return this; }
		public Builder sourceUrl(@Nullable String value) { sourceUrl = value; return this; }
		public Builder canonicalUrl(@Nullable String value) { canonicalUrl = value; return this; }
		public Builder authors(List<String> value) { authors = new ArrayList<>(value); return this; }
		public Builder addAuthor(String value) { authors.add(value); return this; }
		public Builder published(@Nullable String value) { published = value; return this; }
		public Builder language(@Nullable String value) { language = value == null ? UNDETERMINED : value; return this; }
		public Builder direction(TextDirection value) { direction = value; return this; }
		public Builder basedOn(@Nullable String value) { basedOn = value; return this; }
		public Builder editions(List<Edition> value) { editions = new ArrayList<>(value); return this; }
		public Builder licences(List<LicenceStatement> value) { licences = new ArrayList<>(value); return this; }
		public Builder addLicence(LicenceStatement value) { licences.add(value); return this; }
		public Builder credits(List<Credit> value) { credits = new ArrayList<>(value); return this; }
		public Builder addCredit(Credit value) { credits.add(value); return this; }
		public Builder provenance(Provenance value) { provenance = value; return this; }

		public Article build() {
			TextDirection effectiveDirection = direction != null ? direction
					: TextDirection.firstStrong(title.isEmpty() ? text : title, TextDirection.LTR);
			return new Article(id != null ? id : contentId(text), title, lead, text, blocks, publisher, sourceUrl,
					canonicalUrl, authors, published, language, effectiveDirection, basedOn, editions, licences, credits,
					provenance);
		}
	}
}
