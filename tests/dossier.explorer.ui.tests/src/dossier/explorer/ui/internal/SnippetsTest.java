// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnippetsTest {

	@Test
	void highlightedMatchesAreFoundInTheUnescapedText() {
		Snippets.Highlighted parsed = Snippets.parse("A &amp; B: \uE000بوتين\uE001 &lt;x&gt; &#x27;q&#x27;");
		assertEquals("A & B: بوتين <x> 'q'", parsed.text());
		assertEquals(1, parsed.matches().size());
		int[] match = parsed.matches().get(0);
		assertEquals("بوتين", parsed.text().substring(match[0], match[1]));
	}

	@Test
	void filtersAreQuotedClausesAndedWithTheText() {
		ExplorerQuery query = ExplorerQuery.initial().withText("بوتين OR كيم").withFilter("publisher", "Al \"Q\" News")
				.withFilter("language", "ar");
		assertEquals("+(بوتين OR كيم) +language:\"ar\" +publisher:\"Al \\\"Q\\\" News\"", query.composed());
		assertTrue(ExplorerQuery.initial().isListing());
		assertFalse(query.isListing());
	}
}
