// SPDX-License-Identifier: EPL-2.0
package dossier.solr.plugin;

import java.util.Map;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * {@code <filter name="dossierArabicStop"/>}: removes the stop words of Lucene's {@link ArabicAnalyzer}, the very set
 * the local Arabic chain removes, read from the Lucene jar of the node (no copy of the list in the configset to drift
 * from it).
 */
public final class ArabicStopFilterFactory extends TokenFilterFactory {

	/** The SPI name the configset uses. */
	public static final String NAME = "dossierArabicStop"; //$NON-NLS-1$

	public ArabicStopFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("dossierArabicStop takes no parameters: " + args); //$NON-NLS-1$
		}
	}

	/** For the service loader only. */
	public ArabicStopFilterFactory() {
		throw defaultCtorException();
	}

	@Override
	public TokenStream create(TokenStream input) {
		return new StopFilter(input, ArabicAnalyzer.getDefaultStopSet());
	}
}
