// SPDX-License-Identifier: EPL-2.0
/** The views, their jobs, canvases, painters and exports. Not API. */
package dossier.insight.ui.internal;
