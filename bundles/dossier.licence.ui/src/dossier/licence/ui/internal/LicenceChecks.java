package dossier.licence.ui.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.licence.LicenceReport;
import dossier.licence.LicenceRules;
import dossier.licence.RuleDescriptor;
import dossier.workspace.CorpusProjects;
import dossier.workspace.licence.AttributedCheck;
import dossier.workspace.licence.AttributionRecord;
import dossier.workspace.licence.AttributionRecords;
import dossier.workspace.licence.LicencePreferences;

/** Runs the check the build runs (same rules, the project's preferences, the attribution record) for the UI. */
public final class LicenceChecks {

	/** One article checked. */
	public record Checked(ArticleRef ref, Article article, AttributionRecord record, LicenceReport report) {
	}

	private static volatile List<RuleDescriptor> rules;

	private LicenceChecks() {
	}

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

	public static AttributedCheck checker(IProject project) {
		return new AttributedCheck(rules(), LicencePreferences.policy(project, ruleIds()));
	}

	/** Reads and checks one article (not on the UI thread). */
	public static Checked check(ArticleRef ref) throws IOException, CoreException {
		return check(ref, checker(ref.project()));
	}

	public static Checked check(ArticleRef ref, AttributedCheck checker) throws IOException, CoreException {
		Corpus corpus = CorpusProjects.corpus(ref.project());
		Article article = corpus.get(ref.id()).orElseThrow(() -> new IOException("no article " + ref.id())); //$NON-NLS-1$
		AttributionRecord record = record(corpus, ref.id());
		return new Checked(ref, article, record, checker.check(article, record));
	}

	/** The record of an article; an unreadable one counts as empty (the build logs why). */
	public static AttributionRecord record(Corpus corpus, String id) throws IOException {
		try {
			return AttributionRecords.read(corpus, id);
		} catch (IllegalArgumentException e) {
			return AttributionRecord.EMPTY;
		}
	}
}
