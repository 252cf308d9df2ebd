// SPDX-License-Identifier: EPL-2.0
package dossier.solr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import dossier.index.internal.Analyzers;

/**
 * The chains the configset writes out filter by filter (solr/configset/conf/managed-schema.xml), built from the
 * same SPI names, give the tokens and positions of the engine's own analyzers on real text.
 */
class ConfigsetChainsTest {

	private static final Path ROOT = Path.of(System.getProperty("dossier.root", "../..")); //$NON-NLS-1$ //$NON-NLS-2$

	@Test
	void theFiltersAreFoundByTheirNames() {
		assertEquals(ArabicProcliticFilterFactory.class, TokenFilterFactory.lookupClass(ArabicProcliticFilterFactory.NAME));
		assertEquals(ArabicStopFilterFactory.class, TokenFilterFactory.lookupClass(ArabicStopFilterFactory.NAME));
	}

	@Test
	void theArabicChainIsTheEngines() throws IOException {
		Analyzer configset = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase") //$NON-NLS-1$ //$NON-NLS-2$
				.addTokenFilter("decimalDigit").addTokenFilter("dossierArabicStop").addTokenFilter("arabicNormalization") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.addTokenFilter("dossierArabicProclitic").addTokenFilter("arabicStem").build(); //$NON-NLS-1$ //$NON-NLS-2$
		String text = sample("ar"); //$NON-NLS-1$
		List<String> tokens = tokens(configset, "text_ar", text); //$NON-NLS-1$
		assertTrue(tokens.stream().anyMatch(token -> token.startsWith("+0 ")), "a word without its proclitic beside it"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(tokens(Analyzers.forIndexing(), "text_ar", text), tokens); //$NON-NLS-1$
	}

	@Test
	void theExactChainIsTheEngines() throws IOException {
		Analyzer configset = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase") //$NON-NLS-1$ //$NON-NLS-2$
				.addTokenFilter("decimalDigit").addTokenFilter("arabicNormalization").build(); //$NON-NLS-1$ //$NON-NLS-2$
		for (String language : List.of("ar", "it", "fr")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String text = sample(language);
			assertEquals(tokens(Analyzers.forIndexing(), "exact", text), tokens(configset, "exact", text), language); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The real texts of one language of the entity set, joined. */
	private static String sample(String language) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.list(ROOT.resolve("benchmarks/quality/entities").resolve(language))) { //$NON-NLS-1$
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) { //$NON-NLS-1$
				text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
			}
		}
		return text.toString();
	}

	/** Each token with its position increment: "+1 word". */
	private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add("+" + increment.getPositionIncrement() + " " + term); //$NON-NLS-1$ //$NON-NLS-2$
			}
			stream.end();
		}
		return tokens;
	}
}
