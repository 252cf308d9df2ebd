// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.licence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.store.ArticleJson;

/** Marker offsets into an article's text map to the same characters in its JSON file. */
class JsonTextLocatorTest {

	@Test
	void offsetsInTheTextMapIntoTheJsonStringsOfTheirLines() {
		String text = "عنوان \"مقتبس\" \\ هنا\n\nسطر ثانٍ 😀 مرخصة تحت: CC-BY-SA\n\tTab \u0001 then © GETTY";
		Article article = Article.builder(text).title("عنوان \"مقتبس\" \\ هنا").language("ar").build();
		String json = ArticleJson.toPrettyJson(article);
		JsonTextLocator locator = new JsonTextLocator(json, text);
		for (String needle : new String[] { "هنا", "مرخصة تحت: CC-BY-SA", "© GETTY", "عنوان" }) {
			int start = text.indexOf(needle);
			int end = start + needle.length();
			assertEquals(needle, json.substring(locator.fileOffset(start), locator.fileOffset(end)), needle);
		}
	}

	@Test
	void aFileWithoutATextArrayMapsNothing() {
		JsonTextLocator locator = new JsonTextLocator("{\"format\": 1}", "some text");
		assertEquals(-1, locator.fileOffset(3));
	}
}
