// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.internal;

/**
 * One token of a language-independent fingerprint.
 *
 * @param key what is compared: {@code n:1500} (a number), {@code d:2024-06-19} or {@code d:--06-19} (a date),
 *        {@code u:lifegate.it/russia-corea-del-nord-putin} (an address), {@code h:@rmack} (a handle),
 *        {@code w:zuckerman} (a Latin-script name or acronym), {@code e:Q7747} (an entity id a caller supplied)
 * @param weight how much a match of it counts: rare, exact things (addresses, dates, long numbers) more than
 *        years and names
 * @param shown the token as written in the text, for the evidence
 */
public record FingerprintToken(String key, double weight, String shown) {
}
