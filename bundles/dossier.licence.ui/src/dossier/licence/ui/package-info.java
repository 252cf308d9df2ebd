// SPDX-License-Identifier: EPL-2.0
/**
 * Licence checking in the workbench: quick fixes on licence problem markers, the Attribution view, the corpus
 * licence report, "Can these be combined?", and the Licences preference and property pages.
 */
package dossier.licence.ui;
