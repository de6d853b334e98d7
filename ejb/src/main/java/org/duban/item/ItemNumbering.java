package org.duban.item;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gives the next item number of a year inside the caller's transaction. The counter row stays locked until that
 * transaction ends, so two registrations at once get consecutive numbers, and a rolled-back registration gives its
 * number back: no gaps, no duplicates.
 */
@Stateless
public class ItemNumbering {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ItemNumbering self;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ItemNumber next(int year) {
        if (increment(year) == 0) {
            try {
                self.openYear(year);
            } catch (EJBException someoneElseOpenedItFirst) {
                // the row exists now either way
            }
            increment(year);
        }
        Number last = (Number) em.createNativeQuery("SELECT LAST_NUMBER FROM ITEM_NUMBER_COUNTER WHERE NUMBER_YEAR = ?")
                .setParameter(1, year).getSingleResult();
        return new ItemNumber(year, last.intValue());
    }

    /** Creates the year's counter in a transaction of its own, so that a clash with another creator harms nobody. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openYear(int year) {
        if (em.find(ItemNumberCounter.class, year) == null) {
            em.persist(new ItemNumberCounter(year));
            em.flush();
        }
    }

    private int increment(int year) {
        return em.createNativeQuery("UPDATE ITEM_NUMBER_COUNTER SET LAST_NUMBER = LAST_NUMBER + 1 WHERE NUMBER_YEAR = ?")
                .setParameter(1, year).executeUpdate();
    }
}
