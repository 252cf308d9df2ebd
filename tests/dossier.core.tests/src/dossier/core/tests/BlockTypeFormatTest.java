// SPDX-License-Identifier: EPL-2.0
package dossier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.core.model.TextDirection;
import dossier.core.model.TextSpan;
import dossier.core.store.ArticleJson;

/** The corpus format with the BYLINE and DATELINE block types: both ways, older and newer files alike. */
class BlockTypeFormatTest {

	@Test
	void aBylineAndADatelineBlockReadBackAsWritten() {
		String title = "Floods in Valencia";
		String byline = "By Ana Ruiz, Reuters";
		String dateline = "VALENCIA (Reuters) -";
		String text = title + "\n\n" + byline + "\n\n" + dateline + " Rain fell.";
		int b = text.indexOf(byline);
		int d = text.indexOf(dateline);
		Article article = Article.builder(text).title(title).language("en")
				.addBlock(new Block(BlockType.TITLE, new TextSpan(0, title.length()), TextDirection.LTR))
				.addBlock(new Block(BlockType.BYLINE, new TextSpan(b, b + byline.length()), TextDirection.LTR))
				.addBlock(new Block(BlockType.DATELINE, new TextSpan(d, d + dateline.length()), TextDirection.LTR)).build();
		String json = ArticleJson.toJsonLine(article);
		assertTrue(json.contains("\"type\":\"BYLINE\""), json);
		Article read = ArticleJson.fromJson(json);
		assertEquals(article.blocks(), read.blocks());
		assertEquals(byline, read.textOf(read.blocksOf(BlockType.BYLINE).get(0).span()));
		assertEquals(dateline, read.textOf(read.blocksOf(BlockType.DATELINE).get(0).span()));
	}

	@Test
	void aFileWrittenBeforeTheNewTypesReadsUnchanged() {
		String json = "{\"format\":1,\"id\":\"0123456789abcdef\",\"title\":\"T\",\"lead\":\"\",\"language\":\"en\",\"direction\":\"LTR\","
				+ "\"authors\":[],\"licences\":[],\"credits\":[],\"blocks\":[{\"type\":\"TITLE\",\"span\":[0,1]},"
				+ "{\"type\":\"CAPTION\",\"span\":[3,12]}],\"text\":[\"T\",\"\",\"A picture.\"]}";
		Article read = ArticleJson.fromJson(json);
		assertEquals(List.of(BlockType.TITLE, BlockType.CAPTION), read.blocks().stream().map(Block::type).toList());
	}

	@Test
	void aTypeThisVersionDoesNotKnowReadsAsAParagraph() {
		// a later version may add a type again: its corpus still opens here, the block read as running text
		String json = "{\"format\":1,\"id\":\"0123456789abcdef\",\"title\":\"T\",\"lead\":\"\",\"language\":\"en\",\"direction\":\"LTR\","
				+ "\"authors\":[],\"licences\":[],\"credits\":[],\"blocks\":[{\"type\":\"TITLE\",\"span\":[0,1]},"
				+ "{\"type\":\"PULL_QUOTE\",\"span\":[3,12]}],\"text\":[\"T\",\"\",\"A picture.\"]}";
		Article read = ArticleJson.fromJson(json);
		assertEquals(List.of(BlockType.TITLE, BlockType.PARAGRAPH), read.blocks().stream().map(Block::type).toList());
		assertEquals(new TextSpan(3, 12), read.blocks().get(1).span());
	}
}
