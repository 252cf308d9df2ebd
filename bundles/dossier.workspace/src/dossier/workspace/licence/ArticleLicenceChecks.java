// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.licence;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.licence.LicenceReport;
import dossier.licence.LicenceRules;
import dossier.licence.RuleDescriptor;
import dossier.workspace.CorpusProjects;

/**
 * The licence check the corpus build runs, for anyone who needs it outside a build: the available rules, the
 * checker with a project's preferences, one article checked with its attribution record applied (for the
 * Attribution view and the generated credit), and the licence markers of chosen articles refreshed on demand
 * (the build's own licence participant, run over just those articles). Headless; never on the UI thread.
 */
public final class ArticleLicenceChecks {

	/** The id of the licence build participant. */
	public static final String PARTICIPANT_ID = "dossier.workspace.licence"; //$NON-NLS-1$

	/**
	 * Persistent project property: when (milliseconds since the epoch) the licence participant last finished on
	 * the project. An article file not touched since then, and without markers, was checked and found clean.
	 */
	public static final QualifiedName CHECKED_AT = new QualifiedName("dossier.workspace", "licenceCheckedAt"); //$NON-NLS-1$ //$NON-NLS-2$

	/** One article checked. */
	public record Checked(String id, Article article, AttributionRecord record, LicenceReport report) {
	}

	/** Where an article stands with the licence checker, from its markers. */
	public enum Status {
		/** Checked, nothing worse than a note. */
		CLEAN,
		/** Worst finding a warning. */
		WARNINGS,
		/** At least one error. */
		ERRORS,
		/** Not checked since it last changed (or never). */
		NOT_CHECKED
	}

	private static volatile @Nullable List<RuleDescriptor> rules;

	private ArticleLicenceChecks() {
	}

	/** The licence rules available (built in and contributed), read once. */
	public static List<RuleDescriptor> rules() {
		List<RuleDescriptor> result = rules;
		if (result == null) {
			result = LicenceRules.available();
			rules = result;
		}
		return result;
	}

	public static List<String> ruleIds() {
		return rules().stream().map(RuleDescriptor::id).toList();
	}

	/** The check with {@code project}'s licence preferences (outgoing licence, use, rules). */
	public static AttributedCheck checker(IProject project) {
		return new AttributedCheck(rules(), LicencePreferences.policy(project, ruleIds()));
	}

	/** Reads and checks article {@code id} of {@code project} with its attribution record applied. */
	public static Checked check(IProject project, String id) throws IOException, CoreException {
		return check(project, id, checker(project));
	}

	public static Checked check(IProject project, String id, AttributedCheck checker) throws IOException, CoreException {
		Corpus corpus = CorpusProjects.corpus(project);
		Article article = corpus.get(id).orElseThrow(() -> new IOException("no article " + id)); //$NON-NLS-1$
		AttributionRecord record = record(corpus, id);
		return new Checked(id, article, record, checker.check(article, record));
	}

	/** The record of an article; an unreadable one counts as empty (the build logs why). */
	public static AttributionRecord record(Corpus corpus, String id) throws IOException {
		try {
			return AttributionRecords.read(corpus, id);
		} catch (IllegalArgumentException e) {
			return AttributionRecord.EMPTY;
		}
	}

	/**
	 * Checks the articles {@code ids} of {@code project} again and replaces their licence markers, exactly as the
	 * build would. Modifies markers: run it under a scheduling rule that covers the project (a workspace job).
	 */
	public static void refreshMarkers(IProject project, Collection<String> ids, IProgressMonitor monitor)
			throws CoreException {
		Set<String> chosen = Set.copyOf(ids);
		// every article checked: as a full build, so the project counts as checked (articles without findings: clean)
		LicenceMarkerWriter.check(project, chosen, chosen.containsAll(CorpusProjects.corpus(project).ids()), monitor);
	}

	/** Records that the licence participant has just finished on {@code project}. */
	public static void markChecked(IProject project) {
		try {
			project.setPersistentProperty(CHECKED_AT, Long.toString(System.currentTimeMillis()));
		} catch (CoreException e) {
			// The project is gone or closed: nothing to remember it for.
		}
	}

	/** When the licence participant last finished on {@code project}; 0 when never (or the markers were cleaned). */
	public static long checkedAt(IProject project) {
		try {
			String value = project.getPersistentProperty(CHECKED_AT);
			return value == null ? 0 : Long.parseLong(value);
		} catch (CoreException | NumberFormatException e) {
			return 0;
		}
	}

	/** Forgets that the project was checked (its markers were cleaned away). */
	public static void forgetChecked(IProject project) {
		try {
			project.setPersistentProperty(CHECKED_AT, null);
		} catch (CoreException e) {
			// As above.
		}
	}

	/**
	 * The status of one article file: from the worst licence marker on it, or, when it has none, clean if the
	 * project was checked after the file last changed, else not checked.
	 *
	 * @param checkedAt the project's {@link #checkedAt(IProject)}, read once for many files
	 */
	public static Status status(IFile file, long checkedAt) {
		if (!file.exists()) {
			return Status.NOT_CHECKED;
		}
		int severity;
		try {
			severity = file.findMaxProblemSeverity(LicenceMarkers.TYPE, true, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			return Status.NOT_CHECKED;
		}
		return status(severity, checkedAt > 0 && file.getLocalTimeStamp() <= checkedAt);
	}

	/** The status of a file with {@code severity} the worst marker severity (-1: none). */
	public static Status status(int severity, boolean checkedSinceChange) {
		return switch (severity) {
		case IMarker.SEVERITY_ERROR -> Status.ERRORS;
		case IMarker.SEVERITY_WARNING -> Status.WARNINGS;
		case IMarker.SEVERITY_INFO -> Status.CLEAN;
		default -> checkedSinceChange ? Status.CLEAN : Status.NOT_CHECKED;
		};
	}
}
