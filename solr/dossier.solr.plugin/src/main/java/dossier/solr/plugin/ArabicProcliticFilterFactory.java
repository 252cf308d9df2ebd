// SPDX-License-Identifier: EPL-2.0
package dossier.solr.plugin;

import java.util.Map;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

import dossier.index.internal.ArabicProcliticFilter;

/**
 * {@code <filter name="dossierArabicProclitic"/>}: the index bundle's {@link ArabicProcliticFilter} (an Arabic word
 * after the one-letter proclitics {@code ب ل ك ف} is also indexed, and asked for, without them), in a Solr analysis
 * chain. Place it where the local chain has it: after {@code arabicNormalization}, before {@code arabicStem}.
 */
public final class ArabicProcliticFilterFactory extends TokenFilterFactory {

	/** The SPI name the configset uses. */
	public static final String NAME = "dossierArabicProclitic"; //$NON-NLS-1$

	public ArabicProcliticFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("dossierArabicProclitic takes no parameters: " + args); //$NON-NLS-1$
		}
	}

	/** For the service loader only. */
	public ArabicProcliticFilterFactory() {
		throw defaultCtorException();
	}

	@Override
	public TokenStream create(TokenStream input) {
		return new ArabicProcliticFilter(input);
	}
}
