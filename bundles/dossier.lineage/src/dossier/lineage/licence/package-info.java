// SPDX-License-Identifier: EPL-2.0
/**
 * The licence along the chain: the rules that check a translation or a republication against its original
 * ({@link dossier.lineage.licence.ChainRules}, contributed to {@code dossier.licenceRules} by this bundle's
 * plugin.xml and listed for plain Java by {@link dossier.lineage.licence.ChainRules#all()}), and
 * {@link dossier.lineage.licence.LicenceChains}, which turns a corpus's lineage links into the
 * {@link dossier.licence.LicenceChain} of each article that the licence checker hands to its rules.
 * <p>
 * The licence engine knows nothing of lineage: it defines {@code LicenceChain}, and this package fills it. The
 * requirement on {@code dossier.licence} is optional, so the lineage engine runs without the licence engine
 * (this package then cannot be used). Plain Java; see {@code docs/lineage.md}.
 */
@NonNullByDefault
package dossier.lineage.licence;

import org.eclipse.jdt.annotation.NonNullByDefault;
