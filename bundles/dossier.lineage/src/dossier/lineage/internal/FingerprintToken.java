// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.internal;

import org.eclipse.jdt.annotation.Nullable;

/**
 * One token of a language-independent fingerprint.
 *
 * @param key what is compared: {@code n:1500} (a number), {@code d:2024-06-19} or {@code d:--06-19} (a date),
 *        {@code u:lifegate.it/russia-corea-del-nord-putin} (an address), {@code h:@rmack} (a handle),
 *        {@code w:zuckerman} (a Latin-script name or acronym), {@code e:Q7747} (an entity id a caller supplied)
 * @param weight how much a match of it counts: rare, exact things (addresses, dates, long numbers) more than
 *        years and names
 * @param shown the token as written in the text, for the evidence
 * @param alt for a Latin-script name, its consonant skeleton {@code t:KNT} (see {@code Skeletons}), which an Arabic
 *        word of the other text ({@code t:} key) may match; otherwise null
 */
public record FingerprintToken(String key, double weight, String shown, @Nullable String alt) {

	/** A token that matches by its key only. */
	public FingerprintToken(String key, double weight, String shown) {
		this(key, weight, shown, null);
	}

	/** Whether it is an Arabic word known only by its skeleton: it matches a Latin name's {@link #alt()}, nothing else. */
	public boolean transcribed() {
		return key.startsWith("t:"); //$NON-NLS-1$
	}
}
