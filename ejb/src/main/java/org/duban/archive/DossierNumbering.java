package org.duban.archive;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.duban.support.Counters;
import org.duban.support.Counters.Counter;

/**
 * Gives the next 件号 of a class (全宗·门类·年度·保管期限·机构) inside the filing's transaction, gap-free
 * ({@link Counters}): a filing that is rolled back gives its piece back.
 */
@Stateless
public class DossierNumbering {

    @EJB
    private Counters counters;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ArchivalNumber next(String fonds, String categoryCode, int year, Retention retention, String orgCode) {
        String classPrefix = new ArchivalNumber(fonds, categoryCode, year, retention, orgCode, 1).classPrefix();
        return new ArchivalNumber(fonds, categoryCode, year, retention, orgCode,
                counters.next(Counter.DOSSIER_PIECE, classPrefix));
    }
}
