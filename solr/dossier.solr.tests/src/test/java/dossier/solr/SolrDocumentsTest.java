// SPDX-License-Identifier: EPL-2.0
package dossier.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.index.IndexSource;

class SolrDocumentsTest {

	private static final IndexSource SOURCE = new IndexSource() {
		@Override
		public Path indexFolder() {
			return Path.of("unused"); //$NON-NLS-1$
		}

		@Override
		public String stamp() {
			return ""; //$NON-NLS-1$
		}

		@Override
		public Stream<Article> articles() {
			return Stream.empty();
		}

		@Override
		public String pathOf(Article article) {
			return "articles/" + article.id() + ".json"; //$NON-NLS-1$ //$NON-NLS-2$
		}
	};

	@Test
	void anArabicArticleGoesToTheArabicFieldsWithItsFacets() throws Exception {
		Article article = Article.builder("زار الرئيس الروسي كوريا الشمالية للمرة الأولى").id("a1") //$NON-NLS-1$ //$NON-NLS-2$
				.title("لقاء بوتين وكيم").language("ar-EG").publisher(" Lifegate ").published("2024-06-19T10:00") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.authors(List.of("Anna", "Marco")).build(); //$NON-NLS-1$ //$NON-NLS-2$
		SolrInputDocument doc = new SolrDocuments(SOURCE).of(article);
		assertEquals("a1", doc.getFieldValue("id")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(article.text(), doc.getFieldValue("text_ar")); //$NON-NLS-1$
		assertEquals(article.text(), doc.getFieldValue("exact")); //$NON-NLS-1$
		assertEquals("لقاء بوتين وكيم", doc.getFieldValue("title_ar")); //$NON-NLS-1$ //$NON-NLS-2$
		assertNull(doc.getFieldValue("text_en")); //$NON-NLS-1$
		// one language field, as written; the collection's field type lower-cases what it indexes
		assertEquals(List.of("ar-EG"), List.copyOf(doc.getFieldValues("language"))); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("ar-EG", doc.getFieldValue("language_facet")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Lifegate", doc.getFieldValue("publisher_facet")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("lifegate", doc.getFieldValue("publisher_key")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2024", doc.getFieldValue("year")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(20240619100000L, doc.getFieldValue("date_sort")); //$NON-NLS-1$
		assertEquals(List.of("Anna", "Marco"), List.copyOf(doc.getFieldValues("author"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("articles/a1.json", doc.getFieldValue("path")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(doc.getFieldValue("licence"), doc.getFieldValue("licence_facet")); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(doc.getFieldNames().stream().anyMatch(name -> name.startsWith("$"))); //$NON-NLS-1$
	}

	@Test
	void aServerUrlWithoutAPathMeansItsSolrPath() throws Exception {
		assertEquals("http://solr1:8983/solr", SolrConnection.baseUrl("http://solr1:8983")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("http://solr1:8983/solr", SolrConnection.baseUrl(" http://solr1:8983/solr/ ")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThrows(SolrUnavailableException.class, () -> SolrConnection.baseUrl("solr1:8983")); //$NON-NLS-1$
		assertThrows(SolrUnavailableException.class, () -> SolrConnection.baseUrl("ftp://solr1/solr")); //$NON-NLS-1$
	}
}
