package org.duban.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.item.ItemState;
import org.duban.notification.NotificationKind;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Creates, in the database, the deadline notices of every open item with a given due date that do not exist yet, in
 * one statement and a transaction of its own. Should another
 * scan insert the same notice at the same moment, the unique key refuses this statement; run again, its NOT EXISTS
 * then leaves those rows out.
 */
@Stateless
@PermitAll
public class Notices {

    /** The lead unit's heads and the item's handler, each once (UNION), less those already notified. */
    private static final String INSERT = "INSERT INTO NOTIFICATION (RECIPIENT_ID, ITEM_ID, KIND, KEY_DAY, ACT_BY, CREATED_AT)"
            + " SELECT x.R, x.I, ?, ?, ?, ? FROM ("
            + " SELECT a.ID AS R, i.ID AS I FROM SUPERVISION_ITEM i JOIN ACCOUNT a ON a.UNIT_ID = i.LEAD_UNIT_ID"
            + " WHERE i.STATE IN (" + ItemState.sqlList(ItemState.UNITS_TURN) + ") AND i.DUE = ? AND a.ACTIVE = TRUE"
            + " AND EXISTS (SELECT 1 FROM ACCOUNT_ROLE r WHERE r.ACCOUNT_ID = a.ID AND r.ROLE_NAME = 'UNIT_HEAD')"
            + " UNION SELECT h.ID AS R, i.ID AS I FROM SUPERVISION_ITEM i JOIN ACCOUNT h ON h.ID = i.HANDLER_ID"
            + " WHERE i.STATE IN (" + ItemState.sqlList(ItemState.UNITS_TURN) + ") AND i.DUE = ? AND h.ACTIVE = TRUE) x"
            + " WHERE NOT EXISTS (SELECT 1 FROM NOTIFICATION n WHERE n.ITEM_ID = x.I AND n.KIND = ? AND n.KEY_DAY = ?"
            + " AND n.RECIPIENT_ID = x.R)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Notices self;

    /** @return how many notices were created */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int insertMissing(NotificationKind kind, LocalDate due, LocalDate keyDay, LocalDate actBy) {
        try {
            return self.insert(kind, due, keyDay, actBy);
        } catch (EJBException concurrentScanInsertedSomeFirst) {
            return self.insert(kind, due, keyDay, actBy);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int insert(NotificationKind kind, LocalDate due, LocalDate keyDay, LocalDate actBy) {
        return em.createNativeQuery(INSERT)
                .setParameter(1, kind.name()).setParameter(2, java.sql.Date.valueOf(keyDay))
                .setParameter(3, java.sql.Date.valueOf(actBy)).setParameter(4, Timestamp.from(clock.instant()))
                .setParameter(5, java.sql.Date.valueOf(due)).setParameter(6, java.sql.Date.valueOf(due))
                .setParameter(7, kind.name()).setParameter(8, java.sql.Date.valueOf(keyDay)).executeUpdate();
    }
}
