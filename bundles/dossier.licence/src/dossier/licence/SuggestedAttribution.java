// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

/**
 * A TASL credit for reusing an article, in one language, in three formats.
 *
 * @param language the credit's language (BCP 47)
 * @param text plain text
 * @param html HTML with links and {@code rel="license"} on the licence link
 * @param markdown Markdown with links
 */
public record SuggestedAttribution(String language, String text, String html, String markdown) {
}
