// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

/**
 * Two entities of a {@link Network} mentioned in the same articles.
 *
 * @param a the index of one in {@link Network#nodes()} (the smaller)
 * @param b the index of the other
 * @param weight how many articles (stories, when counted once) mention both
 */
public record NetworkLink(int a, int b, int weight) {
}
