/**
 * The archive's use cases: filing an item into a dossier, numbering, the four checks, retrieval, downloads with their
 * log, corrections, borrowing and the catalogue. Archivists reach every dossier; others only through an approved loan.
 */
package org.duban.archive;
