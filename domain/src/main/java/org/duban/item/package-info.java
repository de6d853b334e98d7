/**
 * The supervision item and its lifecycle: the aggregate {@link org.duban.item.SupervisionItem}, the transition table
 * {@link org.duban.item.ItemAction}, and the value objects that check their own arguments (number, deadline,
 * quantified target).
 */
package org.duban.item;
