// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.List;

/**
 * Whether material under some licences may be reused under an intended licence, and why.
 *
 * @param allowed true when every source licence permits it
 * @param reasons one sentence per source licence (and for the combination), in English
 */
public record CompatibilityVerdict(boolean allowed, List<String> reasons) {

	public CompatibilityVerdict {
		reasons = List.copyOf(reasons);
	}
}
