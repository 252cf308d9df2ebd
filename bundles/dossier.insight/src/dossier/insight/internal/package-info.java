// SPDX-License-Identifier: EPL-2.0
/** Implementation of the insight engine: stories by union-find, entity interning. Not API. */
package dossier.insight.internal;
