// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The attribution elements of CC BY-SA 4.0 section 3(a)(1) (and TASL) as found in an article: each is the
 * evidence, or null when absent.
 *
 * @param title the work's title
 * @param authors the creators named (empty when none: 3(a)(1)(A)(i) cannot be confirmed)
 * @param publisher the publisher or other party designated to receive attribution
 * @param sourceUrl a URI of the licensed material (3(a)(1)(A)(v))
 * @param licenceLink a URI of the licence (3(a)(1)(C))
 * @param copyrightNotice the copyright notice of the article (3(a)(1)(A)(ii))
 * @param disclaimerNotice a notice of the disclaimer of warranties (3(a)(1)(A)(iv))
 * @param modificationNotice a statement that the material was modified or translated (3(a)(1)(B))
 */
public record AttributionElements(@Nullable Evidence title, List<Evidence> authors, @Nullable Evidence publisher,
		@Nullable Evidence sourceUrl, @Nullable Evidence licenceLink, @Nullable Evidence copyrightNotice,
		@Nullable Evidence disclaimerNotice, @Nullable Evidence modificationNotice) {

	public AttributionElements {
		authors = List.copyOf(authors);
	}
}
