/**
 * The supervision item and the regulation's rules for it: the aggregate {@link org.duban.item.SupervisionItem} with a
 * verb for every step; the transition table {@link org.duban.item.ItemAction}; the {@link org.duban.item.Rulebook},
 * which answers in one place what a person may do on an item now and why not (with {@link org.duban.item.ItemAccess}
 * for who may see it); the item's sub-states as values that check themselves ({@link org.duban.item.Reports},
 * {@link org.duban.item.Halt}, {@link org.duban.item.FollowUp}, {@link org.duban.item.Consultation},
 * {@link org.duban.item.Receipts}); and the value objects of number, deadline, light and quantified target.
 */
package org.duban.item;
