// SPDX-License-Identifier: EPL-2.0
/**
 * Articles in the Project Explorer (Common Navigator): their titles, languages and licence statuses instead of
 * their files' hash names.
 */
package dossier.explorer.ui.internal.navigator;
