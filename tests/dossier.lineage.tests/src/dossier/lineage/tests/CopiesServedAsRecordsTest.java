// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkType;

/**
 * A copy kept as its site gives it to programs (docs/lineage.md, {@code TextFolding.unescaped}): a blog's WordPress API
 * record of an article it copied holds the text inside JSON, every quotation mark, apostrophe and dash an escape
 * (a backslash, "u" and four hexadecimal digits) and a paragraph tag after every paragraph, so it shared a word in two with
 * the article around them and stayed a same story. The escapes are read and the paragraph tags dropped before the text
 * is compared; an address or a mail address in angle brackets is no tag and stays. Constructed for these tests; the
 * real case is c68 of the lineage set.
 */
class CopiesServedAsRecordsTest {

	private static final String[] PARAGRAPHS = {
			"In the hill villages, water is still kept in clay jars by the kitchen door.",
			"Mira Santos, who studies them at the University of Porto, says the \u201cold jars\u201d work best in the first "
					+ "weeks after firing \u2014 when the clay is most open \u2014 and that a glaze on the outside stops the "
					+ "seeping altogether.",
			"\u201cPeople think it\u2019s the clay,\u201d she said. \u201cIt\u2019s the shade, the draught and the shape of "
					+ "the neck.\u201d",
			"Her team\u2019s measurements found that a jar standing in a draught loses heat twice as fast as one standing "
					+ "in still air, and that a thicker wall helps only up to a point: the outer surface dries first, and "
					+ "the water inside warms while the wall slowly gives up what it absorbed during the night.",
			"A cloth kept damp over the jar can make up for a poor one, the researchers say, and they now want to know "
					+ "whether the jars sold in markets today, fired faster and hotter, seep as much as the old ones." };

	private static Article article(String id, String publisher, String text) {
		return Fixtures.english(id, publisher, text);
	}

	private static Optional<LineageLink> link(Article first, Article second) {
		return Fixtures.linkOf(first, second);
	}

	/** The paragraphs as a WordPress API record gives them: JSON escapes for every non-ASCII character and the tags. */
	private static String apiRecord() {
		StringBuilder content = new StringBuilder();
		for (String paragraph : PARAGRAPHS) {
			StringBuilder escaped = new StringBuilder();
			for (char c : paragraph.toCharArray()) {
				escaped.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c)); //$NON-NLS-1$
			}
			content.append("\n\n").append(escaped).append("<\\/p>\\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return "{\"id\":1319,\"date\":\"2025-11-03T09:00:00\",\"slug\":\"why-clay-jars-keep-water-cool\",\"status\":" //$NON-NLS-1$
				+ "\"publish\",\"link\":\"http:\\/\\/blog.example\\/2025\\/11\\/03\\/why-clay-jars-keep-water-cool\\/\"," //$NON-NLS-1$
				+ "\"title\":{\"rendered\":\"Why clay jars keep water cool\"},\"content\":{\"rendered\":\"" + content; //$NON-NLS-1$
	}

	@Test
	void aCopyServedAsAnApiRecordWithEscapesIsARepublication() {
		Article article = article("article", "The Science Desk", //$NON-NLS-1$ //$NON-NLS-2$
				"Why clay jars keep water cool\n\n" + String.join("\n\n", PARAGRAPHS)); //$NON-NLS-1$ //$NON-NLS-2$
		Article record = article("record", "An advertising blog", apiRecord()); //$NON-NLS-1$ //$NON-NLS-2$
		LineageLink link = link(article, record).orElseThrow();
		assertEquals(LinkType.REPUBLICATION, link.type(), link.toString());
	}

	@Test
	void anAddressInAngleBracketsIsNoTagAndStillNamesTheArticle() {
		Article article = Article.builder("Why clay jars keep water cool\n\n" + String.join("\n\n", PARAGRAPHS)) //$NON-NLS-1$ //$NON-NLS-2$
				.id("article").language("en").publisher("The Science Desk") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://sciencedesk.example/why-clay-jars-keep-water-cool").build(); //$NON-NLS-1$
		// a mailing list's message: the sender in angle brackets, the article's address in angle brackets, its opening
		Article message = article("message", "A mailing list", "From: Andrew Pam <xanni [at] lists.example>\n\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "<https://sciencedesk.example/why-clay-jars-keep-water-cool>\n\n" + PARAGRAPHS[0] + "\n\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ PARAGRAPHS[1] + "\n\nWorth reading to the end; the cloth trick works, I tried it last summer on the " //$NON-NLS-1$
				+ "balcony with two jars from the market and a borrowed thermometer.\n\nCheers, Andrew"); //$NON-NLS-1$
		LineageLink link = link(article, message).orElseThrow();
		assertTrue(link.evidence().stream().anyMatch(e -> e.detail().contains("sciencedesk.example/why-clay-jars")), //$NON-NLS-1$
				link.toString());
	}
}
