// SPDX-License-Identifier: EPL-2.0
/**
 * The git-friendly files of a corpus's entities (catalogue and per-article mentions, see docs/format.md, "Entities:
 * catalogue and mentions"): stable JSON, atomic writes, a malformed file reported in one line and never overwritten.
 */
@NonNullByDefault
package dossier.entities.store;

import org.eclipse.jdt.annotation.NonNullByDefault;
