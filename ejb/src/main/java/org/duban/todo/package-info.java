/**
 * 待办 and 已办: the work waiting for the signed-in person, as the rulebook says it waits ({@link
 * org.duban.item.Rulebook#awaited}), read as one index-range query per kind, paged and counted in the database; and
 * the items the person acted on, newest first.
 */
package org.duban.todo;
