// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jdt.annotation.Nullable;

import com.ibm.icu.util.ULocale;

import dossier.core.internal.store.AtomicFiles;
import dossier.core.model.Article;
import dossier.core.store.ArticleJson;
import dossier.core.store.Corpus;
import dossier.entities.Catalogue;
import dossier.entities.DateWords;
import dossier.entities.Entity;
import dossier.entities.EntityEngine;
import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.store.CorpusEngines;
import dossier.entities.store.EntityStore;
import dossier.entities.ui.internal.Messages;
import dossier.workspace.CorpusProjects;

/**
 * One article open in an Entity Editor: where it is stored, its current and saved {@link EditorState}, and the
 * entity engine of its corpus. Loading and saving do file I/O and run in a Job or under the editor's save
 * progress, never in a UI event handler; state changes happen on the UI thread and are announced to
 * {@link Listener}s.
 */
public final class ArticleSession {

	/** Told after every state change (edit, undo, redo, reload, save). */
	public interface Listener {
		void stateChanged(EditorState previous, EditorState current);
	}

	private final Path articlePath;
	private final Path corpusFolder;
	private final EntityStore store;
	private IUndoContext undoContext;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private volatile Catalogue catalogue;
	private volatile EditorState state;
	private volatile EditorState saved;
	private volatile String diskDigest;

	private ArticleSession(Path articlePath, Path corpusFolder, EditorState loaded, Catalogue catalogue, String digest) {
		this.articlePath = articlePath;
		this.corpusFolder = corpusFolder;
		this.store = new EntityStore(corpusFolder);
		this.state = loaded;
		this.saved = loaded;
		this.catalogue = catalogue;
		this.diskDigest = digest;
		this.undoContext = new ObjectUndoContext(this, articlePath.getFileName().toString());
	}

	/** Reads the article file of a workspace resource and its stored mentions. Not on the UI thread. */
	public static ArticleSession load(IFile file) throws IOException {
		IPath location = file.getLocation();
		if (location == null) {
			throw new IOException("not on the local file system: " + file.getFullPath()); //$NON-NLS-1$
		}
		return load(location.toPath(), corpusFolderOf(file.getProject(), location.toPath()));
	}

	/** Reads an article file and the mentions stored for it in {@code corpusFolder}. Not on the UI thread. */
	public static ArticleSession load(Path articlePath, Path corpusFolder) throws IOException {
		Article article = readArticle(articlePath);
		EntityStore store = new EntityStore(corpusFolder);
		List<Mention> mentions = store.loadMentions(article.id());
		EntityEngine engine = engineIfReady(corpusFolder);
		Catalogue catalogue = engine != null ? engine.catalogue() : store.loadCatalogue();
		EditorState state = new EditorState(article, mentions, Map.of());
		return new ArticleSession(articlePath, corpusFolder, state, catalogue, digest(articlePath, store, article.id()));
	}

	private static Article readArticle(Path articlePath) throws IOException {
		try {
			return ArticleJson.fromJson(Files.readString(articlePath, StandardCharsets.UTF_8));
		} catch (RuntimeException e) { // Gson's JsonParseException: malformed or invalid
			throw new IOException(articlePath.getFileName() + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	private static Path corpusFolderOf(IProject project, Path articlePath) {
		if (CorpusProjects.isCorpus(project)) {
			try {
				return CorpusProjects.corpus(project).folder();
			} catch (CoreException e) {
				// fall through: the project's folder is the best guess
			}
		}
		IPath location = project.getLocation();
		return location != null ? location.toPath() : articlePath.getParent();
	}

	/** A fingerprint of the article and mentions files as they are on disk now. */
	private static String digest(Path articlePath, EntityStore store, String articleId) {
		return Corpus.sha256(read(articlePath)) + ":" + Corpus.sha256(read(store.mentionsFile(articleId))); //$NON-NLS-1$
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return new byte[0];
		} catch (IOException e) {
			return ("unreadable " + e.getMessage()).getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
		}
	}

	/** True when the files on disk differ from what this session last loaded or saved. Not on the UI thread. */
	public boolean changedOnDisk() {
		return !Objects.equals(diskDigest, digest(articlePath, store, state.article().id()));
	}

	/** Reads the files again and returns the state they hold, leaving this session unchanged. Not on the UI thread. */
	public EditorState readFromDisk() throws IOException {
		Article article = readArticle(articlePath);
		return new EditorState(article, store.loadMentions(article.id()), Map.of());
	}

	/** Takes a state read by {@link #readFromDisk()} as both the current and the saved state. UI thread. */
	public void reloaded(EditorState fromDisk) {
		diskDigest = digest(articlePath, store, fromDisk.article().id());
		saved = fromDisk;
		setState(fromDisk);
	}

	/** The entity engine of this session's corpus, created on first use (it builds its gazetteers). Not on the UI thread. */
	public EntityEngine engine() {
		return CorpusEngines.of(corpusFolder, () -> catalogue);
	}

	/** The engine of a corpus if one was already created, else null. */
	public static @Nullable EntityEngine engineIfReady(Path corpusFolder) {
		return CorpusEngines.ifReady(corpusFolder);
	}

	/** The engine if already created, else null. */
	public @Nullable EntityEngine engineIfReady() {
		return CorpusEngines.ifReady(corpusFolder);
	}

	/**
	 * Writes the mentions (and the article when its metadata changed) atomically, and adds the entities that
	 * accepted mentions link to into the corpus catalogue, so the engine finds them in other articles.
	 */
	public void save() throws IOException {
		EditorState toSave = state;
		Article article = toSave.article();
		if (!article.equals(saved.article())) {
			AtomicFiles.write(articlePath, ArticleJson.toPrettyJson(article).getBytes(StandardCharsets.UTF_8));
		}
		store.saveMentions(article.id(), toSave.mentions());
		Map<String, Entity> joining = new LinkedHashMap<>();
		for (Mention mention : toSave.mentions()) {
			if (mention.status() == MentionStatus.ACCEPTED) {
				Entity entity = entity(mention.entityId());
				if (entity != null && !entity.equals(catalogue.get(entity.id()))) {
					joining.put(entity.id(), entity);
				}
			}
		}
		if (!joining.isEmpty()) {
			store.updateCatalogue(onDisk -> {
				joining.values().forEach(onDisk::put);
				return null;
			});
			EntityEngine engine = engineIfReady();
			synchronized (catalogue) {
				joining.values().forEach(catalogue::put);
			}
			if (engine != null) {
				engine.rebuildCatalogueGazetteer();
			}
		}
		diskDigest = digest(articlePath, store, article.id());
		EditorState previous = saved;
		saved = toSave;
		listeners.forEach(l -> l.stateChanged(previous, state));
	}

	/** The entity with this id: one this editor knows (new or edited), the corpus catalogue's, or the engine's. */
	public @Nullable Entity entity(String id) {
		Entity entity = state.entities().get(id);
		if (entity == null) {
			entity = catalogue.get(id);
		}
		if (entity == null) {
			EntityEngine engine = engineIfReady();
			if (engine != null) {
				entity = engine.entity(id);
			}
		}
		return entity;
	}

	/**
	 * The label to show for an entity: its label in the article's language, else the mention's text; a date in
	 * words in the workbench's locale ("17 June", "September, year unknown"), its ISO value staying its id.
	 */
	public String label(Mention mention) {
		if (EntityType.DATE.id().equals(mention.type())) {
			return dateInWords(mention.entityId());
		}
		Entity entity = entity(mention.entityId());
		return entity != null ? entity.label(language()) : mention.text();
	}

	/** A date entity's id ({@code date:2024-06-17}) in words in the workbench's locale. */
	public static String dateInWords(String entityId) {
		return DateWords.inWords(entityId, ULocale.getDefault(),
				Messages.Date_yearUnknown);
	}

	public String language() {
		return EntityEngine.languageOf(state.article());
	}

	/** The corpus catalogue (shared with the corpus's engine). */
	public Catalogue catalogue() {
		return catalogue;
	}

	public EditorState state() {
		return state;
	}

	public EditorState savedState() {
		return saved;
	}

	public boolean isDirty() {
		return state != saved;
	}

	/** Replaces the current state and tells the listeners. UI thread; operations call this. */
	public void setState(EditorState newState) {
		EditorState previous = state;
		state = newState;
		listeners.forEach(l -> l.stateChanged(previous, newState));
	}

	public IUndoContext undoContext() {
		return undoContext;
	}

	/** Uses the editor's undo context for this session's operations (the editor makes it before loading). */
	public void adoptUndoContext(IUndoContext context) {
		undoContext = context;
	}

	public Path articlePath() {
		return articlePath;
	}

	public Path corpusFolder() {
		return corpusFolder;
	}

	public EntityStore store() {
		return store;
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}
}
