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
import org.duban.notification.NotificationKind;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Creates, in the database, the deadline notices of every open item with a given due date that do not exist yet:
 * one statement for the lead units' heads and one for the handlers, each in a transaction of its own. Should another
 * scan insert the same notice at the same moment, the unique key refuses this statement; run again, its NOT EXISTS
 * then leaves those rows out.
 */
@Stateless
@PermitAll
public class Notices {

    private static final String INSERT = "INSERT INTO NOTIFICATION (RECIPIENT_ID, ITEM_ID, KIND, KEY_DAY, ACT_BY, CREATED_AT)"
            + " SELECT a.ID, i.ID, ?, ?, ?, ? FROM SUPERVISION_ITEM i JOIN ACCOUNT a ON %s"
            + " WHERE i.STATE IN ('ASSIGNED', 'IN_PROGRESS') AND i.DUE = ? AND a.ACTIVE = TRUE"
            + " AND NOT EXISTS (SELECT 1 FROM NOTIFICATION n WHERE n.ITEM_ID = i.ID AND n.KIND = ? AND n.KEY_DAY = ?"
            + " AND n.RECIPIENT_ID = a.ID)";
    private static final String HEADS = "a.UNIT_ID = i.LEAD_UNIT_ID AND EXISTS (SELECT 1 FROM ACCOUNT_ROLE r"
            + " WHERE r.ACCOUNT_ID = a.ID AND r.ROLE_NAME = 'UNIT_HEAD')";
    private static final String HANDLER = "a.ID = i.HANDLER_ID";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Notices self;

    /** @return how many notices were created */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int insertMissing(NotificationKind kind, LocalDate due, LocalDate keyDay, LocalDate actBy) {
        int created = 0;
        for (String recipients : new String[]{HEADS, HANDLER}) {
            try {
                created += self.insert(recipients, kind, due, keyDay, actBy);
            } catch (EJBException concurrentScanInsertedSomeFirst) {
                created += self.insert(recipients, kind, due, keyDay, actBy);
            }
        }
        return created;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int insert(String recipients, NotificationKind kind, LocalDate due, LocalDate keyDay, LocalDate actBy) {
        return em.createNativeQuery(INSERT.formatted(recipients))
                .setParameter(1, kind.name()).setParameter(2, java.sql.Date.valueOf(keyDay))
                .setParameter(3, java.sql.Date.valueOf(actBy)).setParameter(4, Timestamp.from(clock.instant()))
                .setParameter(5, java.sql.Date.valueOf(due)).setParameter(6, kind.name())
                .setParameter(7, java.sql.Date.valueOf(keyDay)).executeUpdate();
    }
}
