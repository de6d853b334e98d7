package org.duban.item;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.duban.support.Counters;
import org.duban.support.Counters.Counter;

/** Gives the next item number of a year inside the caller's transaction, gap-free ({@link Counters}). */
@Stateless
public class ItemNumbering {

    @EJB
    private Counters counters;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ItemNumber next(int year) {
        return new ItemNumber(year, counters.next(Counter.ITEM_NUMBER, year));
    }
}
