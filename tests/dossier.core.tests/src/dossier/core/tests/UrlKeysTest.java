// SPDX-License-Identifier: EPL-2.0
package dossier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import dossier.core.UrlKeys;

/** One page, however its address is written; two pages stay two. */
class UrlKeysTest {

	@Test
	void theSamePageWrittenFiveWaysHasOneKey() {
		String key = UrlKeys.key("https://www.lifegate.it/russia-corea");
		assertEquals("lifegate.it/russia-corea", key);
		for (String same : new String[] { "http://www.lifegate.it/russia-corea/", "https://LifeGate.it/russia-corea",
				" https://lifegate.it/russia-corea#comments ", "http://lifegate.it/russia-corea//" }) {
			assertEquals(key, UrlKeys.key(same), same);
		}
		assertEquals("lifegate.it", UrlKeys.host(key));
	}

	@Test
	void otherPagesQueriesAndCaseInPathsStayApart() {
		assertNotEquals(UrlKeys.key("https://lifegate.it/a"), UrlKeys.key("https://lifegate.it/b"));
		assertNotEquals(UrlKeys.key("https://lifegate.it/a?id=1"), UrlKeys.key("https://lifegate.it/a?id=2"));
		assertNotEquals(UrlKeys.key("https://lifegate.it/A"), UrlKeys.key("https://lifegate.it/a"), "paths are case-sensitive");
		assertNotEquals(UrlKeys.key("https://it.lifegate.it/a"), UrlKeys.key("https://lifegate.it/a"), "only www. is dropped");
	}

	@Test
	void noHostNoKey() {
		assertNull(UrlKeys.key(null));
		assertNull(UrlKeys.key("  "));
		assertNull(UrlKeys.key("articles/korea.html"));
		assertNull(UrlKeys.key("file:///tmp/korea.html"));
		assertNull(UrlKeys.key("not a url at all"));
	}
}
