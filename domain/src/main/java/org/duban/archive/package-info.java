/**
 * The archive (归档, DA/T 22-2015, GB/T 18894-2016, DA/T 70-2018): the immutable {@link org.duban.archive.Dossier}
 * with its {@link org.duban.archive.ArchivalNumber 档号}, metadata and files, corrections as new linked records,
 * borrowing ({@link org.duban.archive.Loan}), the access log, and the reports of the four checks (四性检测,
 * {@link org.duban.archive.IntegrityReport} with its findings by {@link org.duban.archive.Aspect}).
 */
package org.duban.archive;
