/** Long jobs (a check over all dossiers) that run in the background; the row says how far they are, so a user can leave and come back. */
package org.duban.job;
