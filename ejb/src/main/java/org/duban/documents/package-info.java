/**
 * The documents the office prints and the archive keeps (交办单, 督办通知/催办函, completion and feedback reports,
 * the item summary, the catalogue), drawn as PDF with a Chinese font shipped in the application.
 */
package org.duban.documents;
