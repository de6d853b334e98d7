package org.duban.todo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.item.ItemState;
import org.duban.item.SupervisionItem;
import org.duban.organization.Caller;
import org.duban.organization.Role;
import org.duban.organization.Callers;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 已办: the items the signed-in person acted on, the latest action first, from the history's index on the actor
 * (ACTOR, ITEM_ID, RECORDED_AT): a page is three statements and a count one, whatever the person's history. An item
 * the person may no longer see is left out of the page (the count still counts it).
 */
@Stateless
@PermitAll
public class ActedOn {

    /** An item and when the person last acted on it. */
    public record Row(SupervisionItem item, Instant lastActedAt) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    /** ItemAccess.maySee, with the unit's rows of the page read at once ({@code seen}). */
    private static boolean maySee(Caller caller, SupervisionItem item, Set<Long> seen) {
        return caller.isOffice() || caller.holds(Role.LEADER) || seen.contains(item.getId())
                || caller.holds(Role.ARCHIVIST) && item.getState() == ItemState.ARCHIVED;
    }

    /** Of these items, those the caller's unit sees (its rows with SEES); none for a person of no unit role. */
    private Set<Long> seenBy(Caller caller, List<Long> ids) {
        if (!(caller.holds(Role.UNIT_HEAD) || caller.holds(Role.UNIT_STAFF))) {
            return Set.of();
        }
        return new java.util.HashSet<>(em.createQuery("select v.itemId from UnitInvolvement v where v.itemId in :ids"
                        + " and v.unit = :unit and v.sees = :yes", Long.class).setParameter("ids", ids)
                .setParameter("unit", caller.unit()).setParameter("yes", Boolean.TRUE).getResultList());
    }

    public long count() {
        return em.createQuery("select count(distinct e.item.id) from ItemEvent e where e.actor.username = :me", Long.class)
                .setParameter("me", callers.current().account().getUsername()).getSingleResult();
    }

    public List<Row> page(int first, int size) {
        List<Object[]> keys = em.createQuery("select e.item.id, max(e.recordedAt) from ItemEvent e"
                        + " where e.actor.username = :me group by e.item.id order by max(e.recordedAt) desc, e.item.id desc",
                        Object[].class)
                .setParameter("me", callers.current().account().getUsername())
                .setFirstResult(first).setMaxResults(size).getResultList();
        if (keys.isEmpty()) {
            return List.of();
        }
        Caller caller = callers.current();
        List<Long> ids = keys.stream().map(row -> (Long) row[0]).toList();
        Set<Long> seen = seenBy(caller, ids);
        Map<Long, SupervisionItem> items = new HashMap<>();
        em.createQuery("select i from SupervisionItem i left join fetch i.leadUnit where i.id in :page",
                        SupervisionItem.class).setParameter("page", ids)
                .getResultList().forEach(item -> items.put(item.getId(), item));
        // an item the person acted on but may no longer see (moved to another unit, a new consultation round) is
        // left out of the page: ItemAccess's rule, for the page's keys at once
        return keys.stream().map(row -> new Row(items.get((Long) row[0]), (Instant) row[1]))
                .filter(row -> maySee(caller, row.item(), seen)).toList();
    }
}
