// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per article of the job's output ({@code articles/}, Parquet and JSON Lines): its metadata, licence,
 * findings and entities. The columns are the bean properties below; docs/scale-out.md lists them.
 */
public class ArticleRow implements Serializable {

	private static final long serialVersionUID = 1L;

	/** The article's content id, as in a Dossier corpus. */
	private String id;

	/** Where it was read from: the input file, and the record's target URI after {@code !} for a web archive. */
	private String source;

	/** The source URL (a WARC record's target URI), or null. */
	private String url;

	/** The headline, or empty. */
	private String title;

	/** The publisher as the page names it, or null. */
	private String publisher;

	/** The creators as the page names them. */
	private List<String> authors = new ArrayList<>();

	/** The publication date (ISO 8601; a WARC capture date when the page gives none), or null. */
	private String published;

	/** The BCP 47 tag the licence checker read the text in ({@code und} when unknown). */
	private String language;

	/** The article's licence (SPDX-style id: {@code CC-BY-SA-4.0}, {@code CC-BY-NC-ND-3.0}, {@code ALL-RIGHTS-RESERVED}...), or null when it states none. */
	private String licence;

	/** Whether the statement names the licence's version. */
	private boolean licenceVersionStated;

	/** The words that state it, or null. */
	private String licenceEvidence;

	/** Whether the article is a translation. */
	private boolean translation;

	/** The language of the original, when known, or null. */
	private String translatedFrom;

	/** The holders of third-party material credited in it (photos, agencies), in text order. */
	private List<String> thirdPartyHolders = new ArrayList<>();

	/** The licence findings, in rule order. */
	private List<FindingRow> findings = new ArrayList<>();

	/** The number of findings of severity error. */
	private int errors;

	/** The suggested credit line, in English. */
	private String credit;

	/** People, places, organisations and dates found in it. */
	private List<EntityRow> entities = new ArrayList<>();

	/** The keys of its language-independent lineage fingerprint, in text order ({@code dossier.lineage.LineageKeys}). */
	private List<String> fingerprint = new ArrayList<>();

	/** The locality-sensitive hash band keys of its text's shingles: a same-language copy shares one. */
	private List<Long> bands = new ArrayList<>();

	/** The anchor shingles of its text's beginning: a teaser or an excerpt of it shares most of them. */
	private List<Long> anchors = new ArrayList<>();

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPublisher() {
		return publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public List<String> getAuthors() {
		return authors;
	}

	public void setAuthors(List<String> authors) {
		this.authors = authors;
	}

	public String getPublished() {
		return published;
	}

	public void setPublished(String published) {
		this.published = published;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getLicence() {
		return licence;
	}

	public void setLicence(String licence) {
		this.licence = licence;
	}

	public boolean isLicenceVersionStated() {
		return licenceVersionStated;
	}

	public void setLicenceVersionStated(boolean licenceVersionStated) {
		this.licenceVersionStated = licenceVersionStated;
	}

	public String getLicenceEvidence() {
		return licenceEvidence;
	}

	public void setLicenceEvidence(String licenceEvidence) {
		this.licenceEvidence = licenceEvidence;
	}

	public boolean isTranslation() {
		return translation;
	}

	public void setTranslation(boolean translation) {
		this.translation = translation;
	}

	public String getTranslatedFrom() {
		return translatedFrom;
	}

	public void setTranslatedFrom(String translatedFrom) {
		this.translatedFrom = translatedFrom;
	}

	public List<String> getThirdPartyHolders() {
		return thirdPartyHolders;
	}

	public void setThirdPartyHolders(List<String> thirdPartyHolders) {
		this.thirdPartyHolders = thirdPartyHolders;
	}

	public List<FindingRow> getFindings() {
		return findings;
	}

	public void setFindings(List<FindingRow> findings) {
		this.findings = findings;
	}

	public int getErrors() {
		return errors;
	}

	public void setErrors(int errors) {
		this.errors = errors;
	}

	public String getCredit() {
		return credit;
	}

	public void setCredit(String credit) {
		this.credit = credit;
	}

	public List<EntityRow> getEntities() {
		return entities;
	}

	public void setEntities(List<EntityRow> entities) {
		this.entities = entities;
	}

	public List<String> getFingerprint() {
		return fingerprint;
	}

	public void setFingerprint(List<String> fingerprint) {
		this.fingerprint = fingerprint;
	}

	public List<Long> getBands() {
		return bands;
	}

	public void setBands(List<Long> bands) {
		this.bands = bands;
	}

	public List<Long> getAnchors() {
		return anchors;
	}

	public void setAnchors(List<Long> anchors) {
		this.anchors = anchors;
	}
}
