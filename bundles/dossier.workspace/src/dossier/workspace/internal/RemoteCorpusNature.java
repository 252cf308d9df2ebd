// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

/**
 * The nature of a shared corpus on a Solr server ({@link dossier.workspace.RemoteCorpora}): no builder, since
 * nothing of it is built here.
 */
public class RemoteCorpusNature extends ProjectNatureBase {

	@Override
	public void configure() {
		// Nothing to install: the collection is indexed on the server.
	}

	@Override
	public void deconfigure() {
		// Nothing installed.
	}
}
