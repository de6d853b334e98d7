package org.duban.item;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.duban.organization.Caller;
import org.duban.organization.Callers;
import org.duban.organization.Role;
import org.duban.shared.DomainException;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Reading items: the list of those that concern the caller, paged and sorted in the database, and one item with
 * all it carries. The visibility rules are those of {@link ItemAccess}, written as a query.
 */
@Stateless
@PermitAll
public class ItemQueries {

    /** The columns a list may be sorted by, each backed by an index. */
    public enum SortBy {
        DUE("i.deadline.due"), NUMBER("i.number.year %1$s, i.number.sequence"), LAST_ACTION("i.lastActionAt"),
        STATE("i.state");

        private final String expression;

        SortBy(String expression) {
            this.expression = expression;
        }

        String orderBy(boolean ascending) {
            String direction = ascending ? "ASC" : "DESC";
            return expression.formatted(direction) + " " + direction + ", i.id " + direction;
        }
    }

    private static final EnumSet<ItemState> CLOSED = EnumSet.of(ItemState.ARCHIVED, ItemState.CANCELLED);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    public List<SupervisionItem> concerningMe(int first, int pageSize, SortBy sortBy, boolean ascending) {
        Caller caller = callers.current();
        Scope scope = scopeOf(caller);
        TypedQuery<SupervisionItem> query = em.createQuery(
                "select i from SupervisionItem i where " + scope.where + " order by " + sortBy.orderBy(ascending),
                SupervisionItem.class);
        scope.parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long countConcerningMe() {
        Scope scope = scopeOf(callers.current());
        TypedQuery<Long> query = em.createQuery("select count(i) from SupervisionItem i where " + scope.where, Long.class);
        scope.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** One item with its history, files and records loaded, for the detail page. */
    public SupervisionItem detail(long itemId) {
        Caller caller = callers.current();
        SupervisionItem item = em.find(SupervisionItem.class, itemId);
        if (item == null) {
            throw new DomainException("error.item.notFound");
        }
        ItemAccess.requireSee(caller, item);
        item.getEvents().forEach(event -> event.getAttachments().size());
        item.getTargets().size();
        item.getCoUnits().size();
        item.getMilestones().size();
        item.getUrgings().size();
        item.getExtensionRequests().size();
        item.getAttachments().size();
        item.getAcknowledgedUnits().size();
        item.getConsultedUnits().size();
        item.getConsultedLeaders().size();
        return item;
    }

    /** The actions the caller could take on the item now: allowed by state, role and object. */
    public List<ItemAction> actionsFor(SupervisionItem item) {
        Caller caller = callers.current();
        return EnumSet.allOf(ItemAction.class).stream()
                .filter(item::allows)
                .filter(action -> action.mayBeTakenBy(caller.roles()) && ItemAccess.mayAct(caller, item, action))
                .toList();
    }

    private record Scope(String where, Map<String, Object> parameters) {
    }

    /**
     * What concerns each role: the office, open items; a leader, the items in their charge, awaiting approval or
     * asking their opinion; a unit, its assigned items and drafts it is consulted on; the archivist, archived items.
     */
    private static Scope scopeOf(Caller caller) {
        if (caller.isOffice()) {
            return new Scope("i.state not in :closed", Map.of("closed", CLOSED));
        }
        if (caller.holds(Role.LEADER)) {
            return new Scope("i.state not in :closed and (i.leaderInCharge = :me or i.state = :pending"
                    + " or exists (select l from SupervisionItem j join j.consultedLeaders l where j = i and l = :me))",
                    Map.of("closed", CLOSED, "me", caller.account(), "pending", ItemState.PENDING_APPROVAL));
        }
        if (caller.holds(Role.UNIT_HEAD) || caller.holds(Role.UNIT_STAFF)) {
            // EXISTS rather than MEMBER OF: some providers turn MEMBER OF into an inner join, losing items under OR
            return new Scope("i.state not in :closed and ((i.assignmentNotice.issuedAt is not null and (i.leadUnit = :unit"
                    + " or exists (select c from SupervisionItem j join j.coUnits c where j = i and c = :unit)))"
                    + " or exists (select k from SupervisionItem m join m.consultedUnits k where m = i and k = :unit))",
                    Map.of("closed", CLOSED, "unit", caller.unit()));
        }
        if (caller.holds(Role.ARCHIVIST)) {
            return new Scope("i.state = :archived", Map.of("archived", ItemState.ARCHIVED));
        }
        return new Scope("1 = 0", Map.of());
    }
}
