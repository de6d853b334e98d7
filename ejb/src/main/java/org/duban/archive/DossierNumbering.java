package org.duban.archive;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gives the next 件号 of a class inside the filing's transaction. The counter row stays locked until that transaction
 * ends: two filings at once get consecutive pieces, and a filing that is rolled back gives its piece back.
 */
@Stateless
public class DossierNumbering {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DossierNumbering self;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ArchivalNumber next(String fonds, String categoryCode, int year, Retention retention, String orgCode) {
        String classPrefix = new ArchivalNumber(fonds, categoryCode, year, retention, orgCode, 1).classPrefix();
        if (increment(classPrefix) == 0) {
            try {
                self.openClass(classPrefix);
            } catch (EJBException someoneElseOpenedItFirst) {
                // the row exists now either way
            }
            increment(classPrefix);
        }
        Number last = (Number) em.createNativeQuery("SELECT LAST_PIECE FROM DOSSIER_COUNTER WHERE CLASS_PREFIX = ?")
                .setParameter(1, classPrefix).getSingleResult();
        return new ArchivalNumber(fonds, categoryCode, year, retention, orgCode, last.intValue());
    }

    /** Creates a class's counter in a transaction of its own, so that a clash with another creator harms nobody. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openClass(String classPrefix) {
        if (em.find(DossierCounter.class, classPrefix) == null) {
            em.persist(new DossierCounter(classPrefix));
            em.flush();
        }
    }

    private int increment(String classPrefix) {
        return em.createNativeQuery("UPDATE DOSSIER_COUNTER SET LAST_PIECE = LAST_PIECE + 1 WHERE CLASS_PREFIX = ?")
                .setParameter(1, classPrefix).executeUpdate();
    }
}
