/**
 * The item's use cases: {@link org.duban.item.ItemWorkflow} (every step, guarded by role and by today's rulebook,
 * {@link org.duban.item.Rulebooks}), {@link org.duban.item.ItemQueries} (paged reads for the caller, and what the item
 * page offers), {@link org.duban.item.ItemNumbering} (gap-free numbers) and the attachment policy.
 */
package org.duban.item;
