// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.LicenceStatement;

/**
 * A licence statement the checker accepted as licensing the article or one of its items.
 *
 * @param licence the licence; its version is null when the statement names none
 * @param evidence the statement as found (span null when it came from metadata)
 * @param link the licence URL the statement gives, or null when it gives none
 * @param scope what it covers
 * @param item for {@link LicenceScope#ITEM}, the item's caption or credit line; else null
 * @param origin where the statement was found
 * @param deedLanguage the language of the linked deed ({@code deed.ar} gives "ar"), or null
 */
public record DetectedLicence(LicenceId licence, Evidence evidence, @Nullable String link, LicenceScope scope,
		@Nullable String item, LicenceStatement.Origin origin, @Nullable String deedLanguage) {

	public boolean versionStated() {
		return licence.version() != null || licence.publicDomain();
	}
}
