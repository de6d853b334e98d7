package org.duban.notification;

import org.duban.audit.RecordsRefusals;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.item.SupervisionItem;
import org.duban.organization.Account;
import org.duban.organization.Callers;
import org.duban.shared.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The in-app inbox: each person reads and marks their own notices; the deadline watch creates them, once each. */
@Stateless
@RecordsRefusals
@PermitAll
public class Notifications {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    @Inject
    private Clock clock;

    public List<Notification> mine(int first, int max) {
        return em.createQuery("select n from Notification n join fetch n.item where n.recipient = :me"
                                + " order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("me", callers.current().account()).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long unreadCount() {
        return em.createQuery("select count(n) from Notification n where n.recipient = :me and n.readAt is null",
                Long.class).setParameter("me", callers.current().account()).getSingleResult();
    }

    /** How many notices the signed-in person has, read or not: one range of the index (RECIPIENT_ID, READ_AT, ID). */
    public long count() {
        return em.createQuery("select count(n) from Notification n where n.recipient = :me", Long.class)
                .setParameter("me", callers.current().account()).getSingleResult();
    }

    /**
     * Marks one of the signed-in person's notices read (one read already stays as it was).
     *
     * @return the id of the item it is about
     * @throws AccessDeniedException {@code error.access.notification}: no such notice, or another person's
     */
    public long markRead(long notificationId) {
        Notification notification = em.find(Notification.class, notificationId);
        if (notification == null || !notification.getRecipient().equals(callers.current().account())) {
            throw new AccessDeniedException("error.access.notification");
        }
        notification.markRead(clock.instant());
        return notification.getItem().getId();
    }

    public int markAllRead() {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipient = :me and n.readAt is null")
                .setParameter("now", clock.instant()).setParameter("me", callers.current().account()).executeUpdate();
    }

    /**
     * Creates the notice unless one with the same key exists, in a transaction of its own: when another scan creates
     * the same notice at the same moment, the database's unique key refuses one of the two, and only that one fails.
     *
     * @return whether this call created it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean createOnce(long recipientId, long itemId, NotificationKind kind, LocalDate keyDay, LocalDate actBy) {
        boolean exists = em.createQuery("select count(n) from Notification n where n.item.id = :item and n.kind = :kind"
                        + " and n.keyDay = :day and n.recipient.id = :recipient", Long.class)
                .setParameter("item", itemId).setParameter("kind", kind).setParameter("day", keyDay)
                .setParameter("recipient", recipientId).getSingleResult() > 0;
        if (exists) {
            return false;
        }
        em.persist(new Notification(em.getReference(Account.class, recipientId),
                em.getReference(SupervisionItem.class, itemId), kind, keyDay, actBy, clock.instant()));
        em.flush();
        return true;
    }
}
