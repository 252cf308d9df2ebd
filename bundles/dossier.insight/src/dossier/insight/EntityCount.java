// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

/**
 * An entity and the number of articles (or stories) that mention it.
 *
 * @param entity the entity
 * @param articles how many articles (stories, when counted once) mention it
 */
public record EntityCount(EntityRef entity, int articles) {
}
