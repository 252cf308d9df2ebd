// SPDX-License-Identifier: EPL-2.0
/**
 * A shared team index on Apache Solr: a corpus pushed to a collection of the Dossier configset
 * ({@link SolrPush}), and that collection searched as a local index is ({@link SolrCollection}).
 */
@NonNullByDefault
package dossier.solr;

import org.eclipse.jdt.annotation.NonNullByDefault;
