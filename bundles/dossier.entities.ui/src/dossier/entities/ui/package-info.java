// SPDX-License-Identifier: EPL-2.0
/**
 * The Entity Editor: see, curate and link the entities of an article (Text, Entities and Source pages, outline,
 * commands), and the Catalogue view. Only identifiers are API; the implementation is internal.
 */
package dossier.entities.ui;
