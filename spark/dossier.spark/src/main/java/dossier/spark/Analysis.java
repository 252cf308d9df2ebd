// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dossier.core.model.Article;
import dossier.core.store.ArticleJson;
import dossier.entities.ArticleEntities;
import dossier.entities.Catalogue;
import dossier.entities.Entity;
import dossier.entities.EntityEngine;
import dossier.entities.Mention;
import dossier.licence.DetectedLicence;
import dossier.licence.Finding;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceReport;
import dossier.licence.LicenceRules;
import dossier.licence.Policy;
import dossier.licence.Severity;
import dossier.licence.ThirdPartyItem;
import dossier.lineage.LineageKeys;

/**
 * The per-article work of the job, the same as {@code dossier entities} and {@code dossier check} do on one
 * machine: the entity engine with the seed catalogue and the built-in recognisers, then the licence checker with
 * the built-in rules and the default policy, then the keys the lineage engine compares (its fingerprint, with the
 * ids of the entities found, and its shingles' bands), so that copies and translations can be found across the
 * whole output. The engines are thread-safe and costly to build (the gazetteer),
 * so each executor JVM builds them once, on its first article, and shares them between its task threads.
 */
public final class Analysis {

	private static volatile Analysis shared;

	private final EntityEngine entities;
	private final LicenceChecker checker;

	private Analysis() {
		entities = EntityEngine.create(new Catalogue());
		checker = new LicenceChecker(LicenceRules.available(), Policy.defaults());
	}

	/** This JVM's engines, built on first use. */
	public static Analysis shared() {
		Analysis analysis = shared;
		if (analysis == null) {
			synchronized (Analysis.class) {
				analysis = shared;
				if (analysis == null) {
					analysis = new Analysis();
					shared = analysis;
				}
			}
		}
		return analysis;
	}

	/** The row of an imported article (its JSON form, {@link Imported#articleJson()}). */
	public ArticleRow analyse(Imported imported) {
		return analyse(imported.source(), ArticleJson.fromJson(imported.articleJson()));
	}

	/** The row of {@code article}, read from {@code source}. */
	public ArticleRow analyse(String source, Article article) {
		ArticleRow row = new ArticleRow();
		row.setId(article.id());
		row.setSource(source);
		row.setUrl(article.sourceUrl());
		row.setTitle(article.title());
		row.setPublisher(article.publisher());
		row.setAuthors(new ArrayList<>(article.authors()));
		row.setPublished(article.published());

		LicenceReport report = checker.check(article);
		LicenceAnalysis analysis = report.analysis();
		row.setLanguage(analysis.language());
		DetectedLicence licence = analysis.licence();
		if (licence != null) {
			row.setLicence(licence.licence().id());
			row.setLicenceVersionStated(licence.versionStated());
			row.setLicenceEvidence(licence.evidence().text());
		}
		row.setTranslation(analysis.translation().detected());
		row.setTranslatedFrom(analysis.translation().sourceLanguage());
		List<String> holders = new ArrayList<>();
		for (ThirdPartyItem item : analysis.thirdParty()) {
			holders.add(item.holder());
		}
		row.setThirdPartyHolders(holders);
		List<FindingRow> findings = new ArrayList<>();
		int errors = 0;
		for (Finding finding : report.findings()) {
			findings.add(new FindingRow(finding.rule(), finding.severity().name().toLowerCase(Locale.ROOT), finding.message()));
			errors += finding.severity() == Severity.ERROR ? 1 : 0;
		}
		row.setFindings(findings);
		row.setErrors(errors);
		row.setCredit(report.attributionEnglish().text());

		ArticleEntities found = entities.recognize(article);
		List<EntityRow> rows = new ArrayList<>();
		for (Map.Entry<Entity, List<Mention>> entry : found.byEntity().entrySet()) {
			Entity entity = entry.getKey();
			rows.add(new EntityRow(entity.id(), found.label(entity), entity.type(), entity.qid(), entry.getValue().size()));
		}
		row.setEntities(rows);

		List<String> linked = found.active().stream().sorted(Mention.TEXT_ORDER).map(Mention::entityId).toList();
		LineageKeys keys = LineageKeys.of(article, linked);
		row.setFingerprint(new ArrayList<>(keys.fingerprint()));
		row.setBands(new ArrayList<>(keys.bands()));
		row.setAnchors(new ArrayList<>(keys.anchors()));
		return row;
	}
}
