// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Third-party material inside an article (an agency photograph, an item used with permission): in general not
 * covered by the article's licence (CC BY-SA 4.0 preamble: licensors "should clearly mark any material not
 * subject to the license").
 *
 * @param credit the credit as found ("© GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images")
 * @param holder the rights holder(s) it names, as written
 * @param ownLicence the item's own licence when its credit states one (a CC-licensed photo), else null
 * @param holders the persons and organisations the credit names, in order, agencies and libraries in their
 *        canonical form ("AFP", "Getty Images"), "POOL" and cue words left out; see {@link CreditHolders}
 */
public record ThirdPartyItem(Evidence credit, String holder, @Nullable LicenceId ownLicence, List<String> holders) {

	public ThirdPartyItem {
		holders = holders == null ? List.of() : List.copyOf(holders);
	}

	/** An item whose holders are those {@link CreditHolders#builtIn()} reads in {@code holder}. */
	public ThirdPartyItem(Evidence credit, String holder, @Nullable LicenceId ownLicence) {
		this(credit, holder, ownLicence, CreditHolders.builtIn().split(holder));
	}

	/** The agencies, picture libraries and image sites among the holders (canonical names). */
	public List<String> agencies() {
		return holders.stream().filter(CreditHolders.builtIn()::isKnown).toList();
	}
}
