// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

/**
 * Two entities mentioned together.
 *
 * @param a one entity (the one with the smaller id)
 * @param b the other
 * @param weight how many articles (stories, when counted once) mention both
 */
public record Edge(EntityRef a, EntityRef b, int weight) {
}
