package dossier.licence.report;

import dossier.licence.LicenceReport;

/**
 * One checked article as the reports show it.
 *
 * @param path the file (or archive entry) it was read from, as the user named it
 * @param report the checker's result
 */
public record CheckedArticle(String path, LicenceReport report) {
}
