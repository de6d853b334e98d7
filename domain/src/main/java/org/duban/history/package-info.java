/**
 * The append-only history of items: every action is an event (who, role, when it happened, when it was recorded,
 * what, opinion, files), chained by hashes. Nothing here is ever updated or deleted.
 */
package org.duban.history;
