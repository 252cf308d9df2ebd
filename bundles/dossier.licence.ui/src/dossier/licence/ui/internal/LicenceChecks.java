package dossier.licence.ui.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.licence.LicenceReport;
import dossier.licence.RuleDescriptor;
import dossier.workspace.licence.ArticleLicenceChecks;
import dossier.workspace.licence.AttributedCheck;
import dossier.workspace.licence.AttributionRecord;

/**
 * Runs the check the build runs (same rules, the project's preferences, the attribution record) for the UI; the
 * work is done by the headless {@link ArticleLicenceChecks}, which the Article Explorer uses too.
 */
public final class LicenceChecks {

	/** One article checked. */
	public record Checked(ArticleRef ref, Article article, AttributionRecord record, LicenceReport report) {
	}

	private LicenceChecks() {
	}

	public static List<RuleDescriptor> rules() {
		return ArticleLicenceChecks.rules();
	}

	public static List<String> ruleIds() {
		return ArticleLicenceChecks.ruleIds();
	}

	public static AttributedCheck checker(IProject project) {
		return ArticleLicenceChecks.checker(project);
	}

	/** Reads and checks one article (not on the UI thread). */
	public static Checked check(ArticleRef ref) throws IOException, CoreException {
		return check(ref, checker(ref.project()));
	}

	public static Checked check(ArticleRef ref, AttributedCheck checker) throws IOException, CoreException {
		ArticleLicenceChecks.Checked checked = ArticleLicenceChecks.check(ref.project(), ref.id(), checker);
		return new Checked(ref, checked.article(), checked.record(), checked.report());
	}

	/** The record of an article; an unreadable one counts as empty (the build logs why). */
	public static AttributionRecord record(Corpus corpus, String id) throws IOException {
		return ArticleLicenceChecks.record(corpus, id);
	}
}
