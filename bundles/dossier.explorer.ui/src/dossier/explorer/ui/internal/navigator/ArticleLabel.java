// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal.navigator;

import dossier.workspace.licence.ArticleLicenceChecks.Status;

/**
 * What the Project Explorer shows of an article file: its title, language and licence (as the index has them)
 * and the licence checker's verdict.
 *
 * @param title the article's title, or "" when it has none
 * @param language its BCP 47 language tag, or null
 * @param licence its licence as stated, or null
 * @param status the licence check's verdict
 */
record ArticleLabel(String title, String language, String licence, Status status) {
}
