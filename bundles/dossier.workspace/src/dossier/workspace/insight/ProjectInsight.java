// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.insight;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dossier.core.model.Article;
import dossier.core.model.Provenance;
import dossier.core.store.Corpus;
import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;
import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.store.CorpusEngines;
import dossier.entities.store.EntityStore;
import dossier.index.LicenceLabels;
import dossier.insight.ArticleFacts;
import dossier.insight.EntityRef;
import dossier.insight.FindingFact;
import dossier.insight.Insight;
import dossier.insight.StoryLink;
import dossier.lineage.Lineage;
import dossier.lineage.LineageLink;
import dossier.workspace.CorpusProjects;
import dossier.workspace.licence.ArticleLicenceChecks;
import dossier.workspace.licence.LicenceMarkers;

/**
 * Reads what the insight engine needs of a corpus project: per article its publication day, language, publisher,
 * licence label (the Explorer's licence facet), licence check verdict and findings (from the licence markers, as
 * the Explorer and the Problems view show them), the entities of its accepted and suggested mentions (rejected ones
 * do not count) with their catalogue names in the article's language, and the days its DATE mentions name; and
 * the lineage links that make copies (duplicates, republications, translations; not rejected ones). Reads files:
 * call it from a job, never from the UI thread.
 */
public final class ProjectInsight {

	private static final String DATE_PREFIX = "date:"; //$NON-NLS-1$

	private ProjectInsight() {
	}

	/**
	 * The insight into {@code project}'s corpus, read now.
	 *
	 * @throws CoreException when the project is not an open corpus
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
	 */
	public static Insight read(IProject project, IProgressMonitor monitor) throws CoreException {
		Corpus corpus = CorpusProjects.corpus(project);
		List<String> ids = corpus.ids();
		SubMonitor progress = SubMonitor.convert(monitor, project.getName(), ids.size() + 2);
		Map<String, List<IMarker>> markers = markersByArticle(project);
		long checkedAt = ArticleLicenceChecks.checkedAt(project);
		progress.worked(1);
		EntityStore store = new EntityStore(corpus.folder());
		// The corpus's engine when recognition has made it (its catalogue and lexicons: seed, CLDR); never made here
		// just to name entities (lexicons take seconds to load), the catalogue alone then.
		EntityEngine engine = CorpusEngines.ifReady(corpus.folder());
		EntityNames names = new EntityNames(engine != null ? engine::entity : catalogue(store)::get);
		List<ArticleFacts> facts = new ArrayList<>(ids.size());
		for (String id : ids) {
			progress.split(1);
			Optional<Article> article;
			try {
				article = corpus.get(id);
			} catch (IOException e) {
				continue; // the corpus reports unreadable articles in its problems
			}
			if (article.isPresent()) {
				facts.add(facts(project, article.get(), markers.getOrDefault(id, List.of()), checkedAt, store, names));
			}
		}
		List<StoryLink> links = links(corpus);
		progress.worked(1);
		return Insight.of(names.named(facts), links);
	}

	private static ArticleFacts facts(IProject project, Article article, List<IMarker> markers, long checkedAt,
			EntityStore store, EntityNames names) {
		int worst = -1;
		List<FindingFact> findings = new ArrayList<>(markers.size());
		for (IMarker marker : markers) {
			int severity = marker.getAttribute(IMarker.SEVERITY, -1);
			worst = Math.max(worst, severity);
			findings.add(new FindingFact(marker.getAttribute(LicenceMarkers.RULE, "?"), //$NON-NLS-1$
					marker.getAttribute(LicenceMarkers.SEVERITY, severityName(severity))));
		}
		IFile file = CorpusProjects.articleFile(project, article.id());
		boolean checked = checkedAt > 0 && file.exists() && file.getLocalTimeStamp() <= checkedAt;
		String status = ArticleLicenceChecks.status(worst, checked).name();
		List<EntityRef> entities = new ArrayList<>();
		List<LocalDate> dates = new ArrayList<>();
		List<Mention> mentions = mentions(store, article.id()).stream()
				.filter(mention -> mention.status() != MentionStatus.REJECTED).toList();
		names.nextArticle();
		for (Mention mention : mentions) {
			names.mentioned(mention, article.language());
			// named for now by what the article says; EntityNames gives every entity one name once all are read
			entities.add(new EntityRef(mention.entityId(), mention.type(), mention.text()));
			if (EntityType.DATE.id().equals(mention.type()) && mention.entityId().startsWith(DATE_PREFIX)) {
				LocalDate day = ArticleFacts.day(mention.entityId().substring(DATE_PREFIX.length()));
				if (day != null) {
					dates.add(day);
				}
			}
		}
		Provenance provenance = article.provenance();
		LocalDate imported = provenance == null || provenance.importedAt() == null ? null
				: LocalDate.ofInstant(provenance.importedAt(), ZoneOffset.UTC);
		return new ArticleFacts(article.id(), ArticleFacts.day(article.published()), article.language(),
				Objects.requireNonNullElse(article.publisher(), ""), LicenceLabels.rough(article), status, findings, entities, //$NON-NLS-1$
				dates, imported, provenance == null ? "" : Objects.requireNonNullElse(provenance.importerId(), "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String severityName(int severity) {
		return switch (severity) {
		case IMarker.SEVERITY_ERROR -> "error"; //$NON-NLS-1$
		case IMarker.SEVERITY_WARNING -> "warning"; //$NON-NLS-1$
		default -> "info"; //$NON-NLS-1$
		};
	}

	private static Map<String, List<IMarker>> markersByArticle(IProject project) throws CoreException {
		Map<String, List<IMarker>> byArticle = new HashMap<>();
		for (IMarker marker : project.findMarkers(LicenceMarkers.TYPE, true, IResource.DEPTH_INFINITE)) {
			String id = marker.getAttribute(LicenceMarkers.ARTICLE_ID, null);
			if (id == null) {
				id = CorpusProjects.articleId(marker.getResource()).orElse(null);
			}
			if (id != null) {
				byArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(marker);
			}
		}
		return byArticle;
	}

	private static Catalogue catalogue(EntityStore store) {
		try {
			return store.loadCatalogue();
		} catch (IOException | RuntimeException e) {
			ILog.of(ProjectInsight.class).warn("Catalogue unreadable, entities shown by their mentions' text: " + e.getMessage()); //$NON-NLS-1$
			return new Catalogue();
		}
	}

	private static List<Mention> mentions(EntityStore store, String id) {
		try {
			return Files.exists(store.mentionsFile(id)) ? store.loadMentions(id) : List.of();
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}

	/**
	 * The corpus's stored lineage derivations that analysts have not rejected, between articles it still holds (a
	 * confirmed link to a deleted copy makes no story of two); none when it has no lineage file.
	 */
	static List<StoryLink> links(Corpus corpus) {
		try {
			List<StoryLink> links = new ArrayList<>();
			for (LineageLink link : Lineage.stored(corpus)) {
				if (link.type().isDerivation()) {
					links.add(new StoryLink(link.from(), link.to()));
				}
			}
			return links;
		} catch (IOException e) {
			ILog.of(ProjectInsight.class).warn("Lineage unreadable, copies counted apart: " + e.getMessage()); //$NON-NLS-1$
			return List.of();
		}
	}
}
