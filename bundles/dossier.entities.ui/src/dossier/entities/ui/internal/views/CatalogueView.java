// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

import dossier.core.store.Corpus;
import dossier.entities.Catalogue;
import dossier.entities.Entity;
import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.store.EntityStore;
import dossier.entities.ui.EntityEditorIds;
import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.Messages;
import dossier.ui.HelpContexts;
import dossier.workspace.CorpusProjects;

/**
 * The catalogue of a corpus: its entities with the number of articles that mention them, searchable by any
 * name in any language. Double-click opens the articles that mention an entity.
 */
public final class CatalogueView extends ViewPart {

	/** One row: an entity, its type (as the corpus names it) and the articles with accepted mentions of it. */
	public record Row(Entity entity, EntityType type, Set<String> articles) {
	}

	private Combo corpusCombo;
	private Text filterText;
	private TableViewer viewer;
	private IProject[] projects = new IProject[0];
	private IProject current;

	@Override
	public void createPartControl(Composite parent) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, HelpContexts.CATALOGUE_VIEW);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
		corpusCombo = new Combo(parent, SWT.READ_ONLY);
		corpusCombo.addListener(SWT.Selection, e -> selectCorpus(corpusCombo.getSelectionIndex()));
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage(Messages.Catalogue_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Entities_label, 200, row -> row.entity().label(Locale.getDefault().getLanguage()));
		column(Messages.Entities_type, 100, row -> row.type().label());
		column(Messages.Catalogue_articles, 70, row -> Integer.toString(row.articles().size()));
		column(Messages.Entities_qid, 80, row -> Objects.requireNonNullElse(row.entity().qid(), "")); //$NON-NLS-1$
		column(Messages.Entities_id, 200, row -> row.entity().id());
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, @Nullable Object parentElement, Object element) {
				return matches((Row) element, filterText.getText());
			}
		});
		filterText.addModifyListener(e -> {
			viewer.refresh();
		});
		viewer.addDoubleClickListener(e -> openArticles());
		reloadProjects();
	}

	/** True when any name of the entity, in any language, contains {@code filter} (ignoring case). */
	public static boolean matches(Row row, String filter) {
		String key = filter.strip().toLowerCase(Locale.ROOT);
		if (key.isEmpty()) {
			return true;
		}
		return row.entity().id().toLowerCase(Locale.ROOT).contains(key)
				|| row.entity().allNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(key))
				|| key.equalsIgnoreCase(row.entity().qid());
	}

	private void column(String title, int width, Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEAD);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	/** Lists the corpus projects and shows the first (or the one shown before). */
	public void reloadProjects() {
		projects = CorpusProjects.all();
		corpusCombo.setItems(Arrays.stream(projects).map(IProject::getName).toArray(String[]::new));
		if (projects.length == 0) {
			corpusCombo.setItems(new String[] { Messages.Catalogue_noCorpus });
			corpusCombo.select(0);
			return;
		}
		int index = current == null ? 0 : Math.max(0, Arrays.asList(projects).indexOf(current));
		corpusCombo.select(index);
		selectCorpus(index);
	}

	private void selectCorpus(int index) {
		if (index < 0 || index >= projects.length) {
			return;
		}
		current = projects[index];
		IProject project = current;
		Job.getJobManager().cancel(this);
		new CatalogueReadJob(this, project, rows -> {
			if (!viewer.getControl().isDisposed() && project == current) {
				viewer.setInput(rows);
			}
		}).schedule();
	}

	private static final String MENTIONS_SUFFIX = ".mentions.json"; //$NON-NLS-1$

	/** The catalogue's entities with the articles that accept a mention of each. Not on the UI thread. */
	public static List<Row> read(Path corpusFolder, IProgressMonitor monitor) throws IOException {
		EntityStore store = new EntityStore(corpusFolder);
		Catalogue catalogue = store.loadCatalogue();
		Map<String, Set<String>> articles = new HashMap<>();
		// Mentions live beside their article: articles/<shard>/<id>.mentions.json (see EntityStore).
		Path articlesFolder = corpusFolder.resolve(Corpus.ARTICLES);
		if (Files.isDirectory(articlesFolder)) {
			List<Path> files;
			try (Stream<Path> walk = Files.walk(articlesFolder, 2)) {
				files = walk.filter(file -> file.getFileName().toString().endsWith(MENTIONS_SUFFIX)).toList();
			}
			SubMonitor progress = SubMonitor.convert(monitor, files.size());
			for (Path file : files) {
				String name = file.getFileName().toString();
				String articleId = name.substring(0, name.length() - MENTIONS_SUFFIX.length());
				try {
					for (Mention mention : store.loadMentions(articleId)) {
						if (mention.status() == MentionStatus.ACCEPTED) {
							articles.computeIfAbsent(mention.entityId(), id -> new LinkedHashSet<>()).add(articleId);
						}
					}
				} catch (IOException | RuntimeException e) {
					EntitiesUiPlugin.log(file + ": " + e.getMessage(), e); //$NON-NLS-1$
				}
				progress.worked(1);
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Entity entity : catalogue.entities()) {
			rows.add(new Row(entity, catalogue.type(entity.type()), articles.getOrDefault(entity.id(), Set.of())));
		}
		rows.sort((a, b) -> Integer.compare(b.articles().size(), a.articles().size()));
		return rows;
	}

	private void openArticles() {
		if (current == null) {
			return;
		}
		for (Object element : ((IStructuredSelection) viewer.getSelection()).toList()) {
			int opened = 0;
			for (String articleId : ((Row) element).articles()) {
				if (opened++ >= 20) {
					break; // a cap, so a very common entity does not open hundreds of editors
				}
				try {
					IDE.openEditor(getSite().getPage(), CorpusProjects.articleFile(current, articleId),
							EntityEditorIds.EDITOR);
				} catch (PartInitException e) {
					EntitiesUiPlugin.log(e.getMessage(), e);
				}
			}
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		filterText.setFocus();
	}

	@Override
	public void dispose() {
		Job.getJobManager().cancel(this);
		super.dispose();
	}
}
