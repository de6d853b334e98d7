package org.duban.todo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.item.SupervisionItem;
import org.duban.organization.Callers;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 已办: the items the signed-in person acted on, the latest action first, from the history's index on the actor
 * (ACTOR, ITEM_ID, RECORDED_AT): a page is two statements and a count one, whatever the person's history.
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
        Map<Long, SupervisionItem> items = new HashMap<>();
        em.createQuery("select i from SupervisionItem i left join fetch i.leadUnit where i.id in :page",
                        SupervisionItem.class).setParameter("page", keys.stream().map(row -> row[0]).toList())
                .getResultList().forEach(item -> items.put(item.getId(), item));
        return keys.stream().map(row -> new Row(items.get((Long) row[0]), (Instant) row[1])).toList();
    }
}
