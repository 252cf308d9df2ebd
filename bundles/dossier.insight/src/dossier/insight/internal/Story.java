// SPDX-License-Identifier: EPL-2.0
package dossier.insight.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import dossier.insight.ArticleFacts;
import dossier.insight.EntityRef;

/**
 * What is counted once: one article, or, when stories are counted once, the articles linked as copies of one
 * another. Its date, language, publisher and licence are its first article's (the earliest published, the
 * original); its entities and dates are those any of its articles mentions, each once.
 *
 * @param first the article the story is counted under
 * @param articles how many articles it holds
 * @param entities the distinct entities its articles mention
 * @param dates the distinct days its articles' DATE mentions name
 */
public record Story(ArticleFacts first, int articles, Collection<EntityRef> entities, Collection<LocalDate> dates) {

	/** A story of one article. */
	public static Story of(ArticleFacts article) {
		return new Story(article, 1, article.entities(), article.dates());
	}

	/** The story's entities, in the order they were first met. */
	public List<EntityRef> entityList() {
		return List.copyOf(entities);
	}
}
