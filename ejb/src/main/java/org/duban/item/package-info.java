/**
 * The item's use cases: {@link org.duban.item.ItemWorkflow} (every step, guarded by role and by object),
 * {@link org.duban.item.ItemQueries} (paged reads for the caller), {@link org.duban.item.ItemAccess} (the object
 * rules), {@link org.duban.item.ItemNumbering} (gap-free numbers) and the attachment policy.
 */
package org.duban.item;
