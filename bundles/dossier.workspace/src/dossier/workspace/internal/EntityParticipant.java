package dossier.workspace.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.entities.EntityEngine;
import dossier.entities.store.CorpusEngines;
import dossier.entities.store.EntityStore;
import dossier.entities.store.StoredRecognition;
import dossier.workspace.CorpusBuildContext;
import dossier.workspace.CorpusBuildParticipant;

/**
 * The entity build participant (order 30): recognises the entities of every article added or changed, so that
 * an article opened in the Entity Editor already shows its suggestions — the samples too, on a first start. The
 * analysts' decisions stored for an article are kept exactly ({@link StoredRecognition}): an accepted mention stays,
 * a rejected one is never suggested again, only earlier suggestions are replaced. The engine is the corpus's shared
 * one ({@link CorpusEngines}), over the corpus catalogue.
 */
public class EntityParticipant implements CorpusBuildParticipant {

	@Override
	public void build(CorpusBuildContext context, IProgressMonitor monitor) throws CoreException {
		Set<String> ids = context.changed();
		if (ids.isEmpty()) {
			return;
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.EntityParticipant_task, ids.size() + 5);
		Corpus corpus = context.corpus();
		EntityStore store = new EntityStore(corpus.folder());
		EntityEngine engine = CorpusEngines.of(corpus.folder(), () -> {
			try {
				return store.loadCatalogue();
			} catch (IOException | RuntimeException e) {
				ILog.of(EntityParticipant.class).warn(NLS.bind(Messages.EntityParticipant_catalogueUnreadable,
						context.project().getName(), e.getMessage()));
				return new dossier.entities.Catalogue();
			}
		});
		progress.worked(5);
		Set<String> shards = new TreeSet<>();
		try {
			for (String id : ids) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				progress.split(1);
				try {
					Optional<Article> article = corpus.get(id);
					if (article.isPresent()) {
						StoredRecognition.recogniseAndStore(engine, store, article.get());
						shards.add(store.mentionsFile(id).getParent().getFileName().toString());
					}
				} catch (IOException | RuntimeException e) {
					ILog.of(EntityParticipant.class).warn(NLS.bind(Messages.EntityParticipant_articleFailed, id,
							String.valueOf(e.getMessage()).lines().findFirst().orElse(""))); //$NON-NLS-1$
				}
			}
		} finally {
			// The mentions files were written beside the articles: let the workspace and the editors see them.
			IFolder articles = context.project().getFolder(Corpus.ARTICLES);
			for (String shard : shards) {
				articles.getFolder(shard).refreshLocal(IResource.DEPTH_ONE, null);
			}
		}
	}
}
