package org.duban.item;

import org.duban.audit.RecordsRefusals;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.duban.calendar.Calendars;
import org.duban.calendar.WorkingCalendar;
import org.duban.organization.Caller;
import org.duban.organization.Callers;
import org.duban.organization.Role;
import org.duban.settings.SettingsService;
import org.duban.shared.DomainException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading items: the list of those that concern the caller, paged and sorted in the database, and one item with
 * all it carries. The visibility rules are those of {@link ItemAccess}, written as a query.
 */
@Stateless
@RecordsRefusals
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

    private static final Set<ItemState> CLOSED = ItemState.CLOSED;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    @Inject
    private Clock clock;

    @EJB
    private Calendars calendars;

    @EJB
    private SettingsService settings;

    @EJB
    private Rulebooks rulebooks;

    public List<SupervisionItem> list(ItemFilter filter, int first, int pageSize, SortBy sortBy, boolean ascending) {
        Where where = where(callers.current(), filter);
        TypedQuery<SupervisionItem> query = em.createQuery("select i from SupervisionItem i where " + where.jpql()
                + " order by " + sortBy.orderBy(ascending), SupervisionItem.class);
        where.parameters().forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(ItemFilter filter) {
        Where where = where(callers.current(), filter);
        TypedQuery<Long> query = em.createQuery("select count(i) from SupervisionItem i where " + where.jpql(), Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The items that concern the caller, for the home page. */
    public List<SupervisionItem> concerningMe(int first, int pageSize, SortBy sortBy, boolean ascending) {
        return list(ItemFilter.mine(), first, pageSize, sortBy, ascending);
    }

    /** A file, if the caller may see the item it belongs to. */
    public Attachment attachment(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new DomainException("error.attachment.notFound");
        }
        ItemAccess.requireSee(callers.current(), attachment.getItem());
        attachment.getBytes();
        return attachment;
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
        item.getReceipts().getUnits().size();
        item.getConsultation().getUnits().size();
        item.getConsultation().getLeaders().size();
        return item;
    }

    /** What the caller may do on the item now, and what not yet and why: today's {@link Rulebook}'s answer. */
    public Offer offer(SupervisionItem item) {
        Caller caller = callers.current();
        Rulebook rulebook = rulebooks.today();
        return new Offer(rulebook.offered(caller, item), rulebook.withheld(caller, item), rulebook.isOverdue(item));
    }

    /**
     * The actions offered on an item, those withheld for a reason worth saying, and whether the item is overdue
     * (in the one meaning of {@link Rulebook#isOverdue}).
     */
    public record Offer(List<ItemAction> actions, Map<ItemAction, Refusal> withheld, boolean overdue)
            implements java.io.Serializable {
    }

    private record Where(String jpql, Map<String, Object> parameters) {
    }

    private Where where(Caller caller, ItemFilter filter) {
        Scope scope = filter.concerningMe() ? scopeOf(caller) : visibleTo(caller);
        StringBuilder jpql = new StringBuilder("(").append(scope.where).append(")");
        Map<String, Object> parameters = new HashMap<>(scope.parameters);
        if (filter.state() != null) {
            jpql.append(" and i.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.category() != null) {
            jpql.append(" and i.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.unitId() != null) {
            jpql.append(" and (i.leadUnit.id = :unitId or exists (select cu from SupervisionItem ci join ci.coUnits cu"
                    + " where ci = i and cu.id = :unitId))");
            parameters.put("unitId", filter.unitId());
        }
        if (filter.leaderId() != null) {
            jpql.append(" and i.leaderInCharge.id = :leaderId");
            parameters.put("leaderId", filter.leaderId());
        }
        if (filter.dueFrom() != null) {
            jpql.append(" and i.deadline.due >= :dueFrom");
            parameters.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            jpql.append(" and i.deadline.due <= :dueTo");
            parameters.put("dueTo", filter.dueTo());
        }
        if (filter.light() != null) {
            // the light's rule as dates: RED ⇔ due ≤ redUntil, YELLOW ⇔ redUntil < due ≤ yellowUntil (working days)
            LocalDate today = LocalDate.now(clock);
            WorkingCalendar calendar = calendars.current();
            LocalDate redUntil = Light.redUntil(today, calendar);
            LocalDate yellowUntil = Light.yellowUntil(today, calendar, settings.current().getWarningDays());
            jpql.append(" and i.state in :underWay");
            parameters.put("underWay", ItemState.UNITS_TURN);
            switch (filter.light()) {
                case RED -> jpql.append(" and i.deadline.due <= :redUntil");
                case YELLOW -> jpql.append(" and i.deadline.due > :redUntil and i.deadline.due <= :yellowUntil");
                case GREEN -> jpql.append(" and i.deadline.due > :yellowUntil");
            }
            if (filter.light() != Light.GREEN) {
                parameters.put("redUntil", redUntil);
            }
            if (filter.light() != Light.RED) {
                parameters.put("yellowUntil", yellowUntil);
            }
        }
        if (filter.keyword() != null && !filter.keyword().isBlank()) {
            // a contains-search cannot use an index; the other conditions narrow the rows it has to read
            jpql.append(" and (lower(i.title) like :keyword escape '!' or lower(i.source) like :keyword escape '!'"
                    + " or lower(i.sourceReference) like :keyword escape '!')");
            parameters.put("keyword", "%" + filter.keyword().strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return new Where(jpql.toString(), parameters);
    }

    /** Everything the caller may see at all (the work list): ItemAccess.maySee as a query. */
    private static Scope visibleTo(Caller caller) {
        if (caller.isOffice() || caller.holds(Role.LEADER)) {
            return new Scope("1 = 1", Map.of());
        }
        if (caller.holds(Role.UNIT_HEAD) || caller.holds(Role.UNIT_STAFF)) {
            return unitScope(caller, false);
        }
        if (caller.holds(Role.ARCHIVIST)) {
            return new Scope("i.state = :archived", Map.of("archived", ItemState.ARCHIVED));
        }
        return new Scope("1 = 0", Map.of());
    }

    private static Scope unitScope(Caller caller, boolean openOnly) {
        // EXISTS rather than MEMBER OF: some providers turn MEMBER OF into an inner join, losing items under OR
        return new Scope((openOnly ? "i.state not in :closed and " : "")
                + "((i.assignmentNotice.issuedAt is not null and (i.leadUnit = :unit"
                + " or exists (select c from SupervisionItem j join j.coUnits c where j = i and c = :unit)))"
                + " or exists (select k from SupervisionItem m join m.consultation.units k where m = i and k = :unit))",
                openOnly ? Map.of("closed", CLOSED, "unit", caller.unit()) : Map.of("unit", caller.unit()));
    }

    private record Scope(String where, Map<String, Object> parameters) {
    }

    /**
     * What concerns each role: the office, open items; a leader, the items in their charge, awaiting approval,
     * escalated or asking their opinion; a unit, its assigned items and drafts it is consulted on; the archivist, archived items.
     */
    private static Scope scopeOf(Caller caller) {
        if (caller.isOffice()) {
            return new Scope("i.state not in :closed", Map.of("closed", CLOSED));
        }
        if (caller.holds(Role.LEADER)) {
            return new Scope("i.state not in :closed and (i.leaderInCharge = :me or i.state = :pending or i.followUp.escalatedAt is not null"
                    + " or exists (select l from SupervisionItem j join j.consultation.leaders l where j = i and l = :me))",
                    Map.of("closed", CLOSED, "me", caller.account(), "pending", ItemState.PENDING_APPROVAL));
        }
        if (caller.holds(Role.UNIT_HEAD) || caller.holds(Role.UNIT_STAFF)) {
            return unitScope(caller, true);
        }
        if (caller.holds(Role.ARCHIVIST)) {
            return new Scope("i.state = :archived", Map.of("archived", ItemState.ARCHIVED));
        }
        return new Scope("1 = 0", Map.of());
    }
}
