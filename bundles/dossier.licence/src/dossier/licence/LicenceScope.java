// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

/** What a licence statement covers. */
public enum LicenceScope {
	/** The article as a whole. */
	ARTICLE,
	/** One embedded item: a photograph, a chart, a quoted work; see {@link DetectedLicence#item()}. */
	ITEM
}
