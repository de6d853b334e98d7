/**
 * Long jobs (a check over all dossiers, a year's catalogue) that run in the background; the row says how far they
 * are, so a user can leave and come back, and keeps what they produced.
 */
package org.duban.job;
