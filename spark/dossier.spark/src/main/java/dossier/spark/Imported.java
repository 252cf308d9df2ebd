// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import java.io.Serializable;

/**
 * What reading one input gave, before analysis: an article (in the corpus's JSON form, {@code ArticleJson}) or a
 * part that could not be read. Crosses the shuffle that spreads one big archive's articles over the executors.
 */
public record Imported(String source, String articleJson, String failure) implements Serializable {

	private static final long serialVersionUID = 1L;

	static Imported article(String source, String articleJson) {
		return new Imported(source, articleJson, ""); //$NON-NLS-1$
	}

	static Imported failure(String source, String failure) {
		return new Imported(source, "", failure); //$NON-NLS-1$
	}

	boolean failed() {
		return articleJson.isEmpty();
	}
}
