/**
 * The index's analysis chains, document layout and query parser. Not API.
 */
package dossier.index.internal;
