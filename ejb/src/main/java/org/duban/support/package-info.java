/**
 * What the application stands on: the data source (embedded Derby by default, or the server's resource named at
 * build time), the schema migrations run at start-up, the one clock time is read from, and the row-locked counters
 * that give gap-free numbers (items, dossier pieces, 通报).
 */
package org.duban.support;
