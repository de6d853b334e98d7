package org.duban.support;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gap-free numbers (items, dossier pieces, 通报), given inside the caller's transaction. Each counter is a row; the
 * update locks it until that transaction ends, so two callers at once get consecutive numbers, and a caller that is
 * rolled back gives its number back: no gaps, no duplicates.
 */
@Stateless
public class Counters {

    /** The counters there are: their table, key column and value column. */
    public enum Counter {
        ITEM_NUMBER("ITEM_NUMBER_COUNTER", "NUMBER_YEAR", "LAST_NUMBER"),
        DOSSIER_PIECE("DOSSIER_COUNTER", "CLASS_PREFIX", "LAST_PIECE"),
        NOTICE_NUMBER("NOTICE_COUNTER", "NUMBER_YEAR", "LAST_NUMBER");

        private final String table;
        private final String key;
        private final String value;

        Counter(String table, String key, String value) {
            this.table = table;
            this.key = key;
            this.value = value;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Counters self;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int next(Counter counter, Object key) {
        if (increment(counter, key) == 0) {
            try {
                self.open(counter, key);
            } catch (EJBException someoneElseOpenedItFirst) {
                // the row exists now either way
            }
            increment(counter, key);
        }
        return ((Number) em.createNativeQuery("SELECT " + counter.value + " FROM " + counter.table + " WHERE "
                + counter.key + " = ?").setParameter(1, key).getSingleResult()).intValue();
    }

    /** Creates a counter's row in a transaction of its own, so that a clash with another creator harms nobody. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(Counter counter, Object key) {
        Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM " + counter.table + " WHERE " + counter.key
                + " = ?").setParameter(1, key).getSingleResult();
        if (rows.longValue() == 0) {
            em.createNativeQuery("INSERT INTO " + counter.table + " (" + counter.key + ", " + counter.value
                    + ") VALUES (?, 0)").setParameter(1, key).executeUpdate();
        }
    }

    private int increment(Counter counter, Object key) {
        return em.createNativeQuery("UPDATE " + counter.table + " SET " + counter.value + " = " + counter.value
                + " + 1 WHERE " + counter.key + " = ?").setParameter(1, key).executeUpdate();
    }
}
