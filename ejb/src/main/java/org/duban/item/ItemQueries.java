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
import org.duban.shared.TypedText;
import org.duban.support.BoundParameters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        DUE("%2$s"), NUMBER("i.number.year %1$s, i.number.sequence"), LAST_ACTION("i.lastActionAt"),
        STATE("i.state");

        private final String expression;

        SortBy(String expression) {
            this.expression = expression;
        }

        /** {@code due}: where the list reads the deadline (the item's, or the unit's copy of it). */
        String orderBy(boolean ascending, String due) {
            String direction = ascending ? "ASC" : "DESC";
            return expression.formatted(direction, due) + " " + direction + ", i.id " + direction;
        }
    }

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

    /**
     * One page of the items the filter asks for, in two statements whatever the rows: the page's keys, read in order
     * from an index range (a unit's rows alone when nothing else is asked of the item), then those items with their
     * lead unit and leader in charge.
     */
    public List<SupervisionItem> list(ItemFilter filter, int first, int pageSize, SortBy sortBy, boolean ascending) {
        Where where = where(callers.current(), filter);
        String direction = ascending ? "asc" : "desc";
        TypedQuery<Long> keys = where.countsInvolvements() && sortBy == SortBy.DUE
                ? em.createQuery("select v.itemId from UnitInvolvement v where " + where.jpql() + " order by v.due "
                        + direction + ", v.itemId " + direction, Long.class)
                : em.createQuery("select i.id from SupervisionItem i" + where.joins() + where.involvement() + " where "
                        + where.linked() + " order by " + sortBy.orderBy(ascending, where.due()), Long.class);
        BoundParameters.bound(keys);
        where.parameters().forEach(keys::setParameter);
        List<Long> page = keys.setFirstResult(first).setMaxResults(pageSize).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, SupervisionItem> found = new HashMap<>();
        em.createQuery("select i from SupervisionItem i left join fetch i.leadUnit left join fetch i.leaderInCharge"
                        + " where i.id in :page", SupervisionItem.class).setParameter("page", page).getResultList()
                .forEach(item -> found.put(item.getId(), item));
        return page.stream().map(found::get).toList();
    }

    /** How many items the filter asks for; a unit's lists count their index range without reading the items. */
    public long count(ItemFilter filter) {
        Where where = where(callers.current(), filter);
        String from = where.countsInvolvements() ? "UnitInvolvement v"
                : "SupervisionItem i" + where.joins() + where.involvement();
        TypedQuery<Long> query = em.createQuery("select count(" + (where.countsInvolvements() ? "v" : "i")
                + ") from " + from + " where " + (where.countsInvolvements() ? where.jpql() : where.linked()), Long.class);
        BoundParameters.bound(query);
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

    /**
     * One item as a list row shows it (lead unit and leader fetched), if the caller may see it: a row a table asks for
     * by its key. Empty for an unknown key or an item the caller may not see.
     */
    public Optional<SupervisionItem> listed(long itemId) {
        Caller caller = callers.current();
        return em.createQuery("select i from SupervisionItem i left join fetch i.leadUnit left join fetch"
                        + " i.leaderInCharge where i.id = :id", SupervisionItem.class).setParameter("id", itemId)
                .getResultStream().findFirst().filter(item -> ItemAccess.maySee(caller, item));
    }

    /** One item with its history, files and records loaded, for the detail page. */
    public SupervisionItem detail(long itemId) {
        Caller caller = callers.current();
        SupervisionItem item = em.createQuery("select i from SupervisionItem i left join fetch i.leadUnit"
                        + " left join fetch i.leaderInCharge left join fetch i.handler where i.id = :id",
                        SupervisionItem.class).setParameter("id", itemId).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("error.item.notFound"));
        ItemAccess.requireSee(caller, item);
        // the history's files in one statement, not one per event
        em.createQuery("select distinct e from ItemEvent e left join fetch e.attachments where e.item = :item",
                org.duban.history.ItemEvent.class).setParameter("item", item).getResultList();
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

    /**
     * A list's query over {@code i}, the item: {@code joins} on the item, {@code involvement} the unit's rows
     * ({@code v}) when a unit's list is read from them, and then {@code countsInvolvements} when nothing else is
     * asked of the item; {@code due} is where the deadline is read.
     */
    private record Where(String joins, String involvement, boolean countsInvolvements, String jpql,
                         Map<String, Object> parameters, String due) {

        /** The conditions, with the unit's rows tied to their items where both are read. */
        String linked() {
            return involvement.isEmpty() ? jpql : jpql + " and v.item = i";
        }
    }

    private Where where(Caller caller, ItemFilter filter) {
        Scope scope = filter.concerningMe() ? scopeOf(caller) : visibleTo(caller);
        boolean byUnit = scope.byInvolvement();
        String due = byUnit ? "v.due" : "i.deadline.due";
        String state = byUnit ? "v.state" : "i.state";
        StringBuilder jpql = new StringBuilder("(").append(scope.where).append(")");
        Map<String, Object> parameters = new HashMap<>(scope.parameters);
        boolean readsItems = !byUnit;
        String joins = "";
        if (filter.state() != null) {
            jpql.append(" and ").append(state).append(" = :state");
            parameters.put("state", filter.state());
        }
        if (filter.category() != null) {
            jpql.append(" and i.category = :category");
            parameters.put("category", filter.category());
            readsItems = true;
        }
        if (filter.unitId() != null) {
            // the unit's own rows, from its index range: lead unit or co-unit, whether assigned yet or not
            joins = " join i.involvements w";
            jpql.append(" and w.unit.id = :unitId and w.part in :responsible");
            parameters.put("unitId", filter.unitId());
            parameters.put("responsible", EnumSet.of(UnitInvolvement.Part.LEAD, UnitInvolvement.Part.CO_UNIT));
            readsItems = true;
        }
        if (filter.leaderId() != null) {
            jpql.append(" and i.leaderInCharge.id = :leaderId");
            parameters.put("leaderId", filter.leaderId());
            readsItems = true;
        }
        if (filter.dueFrom() != null) {
            jpql.append(" and ").append(due).append(" >= :dueFrom");
            parameters.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            jpql.append(" and ").append(due).append(" <= :dueTo");
            parameters.put("dueTo", filter.dueTo());
        }
        if (filter.light() != null) {
            // the light's rule as dates: RED ⇔ due ≤ redUntil, YELLOW ⇔ redUntil < due ≤ yellowUntil (working days)
            LocalDate today = LocalDate.now(clock);
            WorkingCalendar calendar = calendars.current();
            LocalDate redUntil = Light.redUntil(today, calendar);
            LocalDate yellowUntil = Light.yellowUntil(today, calendar, settings.current().getWarningDays());
            if (byUnit) {
                jpql.append(" and v.state in :underWay");
                parameters.put("underWay", ItemState.UNITS_TURN);
            } else {
                jpql.append(" and i.unitsTurn = :yes");
                parameters.put("yes", Boolean.TRUE);
            }
            switch (filter.light()) {
                case RED -> jpql.append(" and ").append(due).append(" <= :redUntil");
                case YELLOW -> jpql.append(" and ").append(due).append(" > :redUntil and ").append(due)
                        .append(" <= :yellowUntil");
                case GREEN -> jpql.append(" and ").append(due).append(" > :yellowUntil");
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
            // the number as people type it (督办[2026]12号, 〔２０２６〕１２号…) finds its item too
            Optional<ItemNumber> number = ItemNumber.lookup(filter.keyword());
            // as typed, and in its canonical form (ＡＢＣ typed in full width finds ABC too)
            String typed = TypedText.trimmed(filter.keyword()).toLowerCase(Locale.ROOT);
            String canonical = TypedText.folded(filter.keyword());
            jpql.append(" and (lower(i.title) like :keyword escape '!' or lower(i.source) like :keyword escape '!'"
                    + " or lower(i.sourceReference) like :keyword escape '!'"
                    + (canonical.equals(typed) ? "" : " or lower(i.title) like :canonical escape '!'"
                    + " or lower(i.source) like :canonical escape '!' or lower(i.sourceReference) like :canonical escape '!'")
                    + (number.isPresent() ? " or (i.number.year = :numberYear and i.number.sequence = :numberSequence)" : "")
                    + ")");
            parameters.put("keyword", contains(typed));
            if (!canonical.equals(typed)) {
                parameters.put("canonical", contains(canonical));
            }
            number.ifPresent(given -> {
                parameters.put("numberYear", given.getYear());
                parameters.put("numberSequence", given.getSequence());
            });
            readsItems = true;
        }
        return new Where(joins, byUnit ? ", UnitInvolvement v" : "", byUnit && !readsItems, jpql.toString(),
                parameters, due);
    }

    /** A LIKE pattern that finds the text anywhere, its own % _ ! taken literally. */
    private static String contains(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Everything the caller may see at all (the work list): ItemAccess.maySee as a query. */
    private static Scope visibleTo(Caller caller) {
        if (caller.isOffice() || caller.holds(Role.LEADER)) {
            // not "1 = 1": a constant comparison makes EclipseLink write every parameter into the SQL as a literal,
            // and Derby refuses a literal 1 for a BOOLEAN column
            return new Scope("i.id is not null", Map.of(), false);
        }
        if (caller.holds(Role.UNIT_HEAD) || caller.holds(Role.UNIT_STAFF)) {
            return unitScope(caller, false);
        }
        if (caller.holds(Role.ARCHIVIST)) {
            return new Scope("i.state = :archived", Map.of("archived", ItemState.ARCHIVED), false);
        }
        return new Scope("i.id is null", Map.of(), false);
    }

    /** The unit's items, as {@link SupervisionItem#isSeenBy} says, read from the unit's index range. */
    private static Scope unitScope(Caller caller, boolean openOnly) {
        // booleans as parameters: a literal TRUE becomes 1 on Derby, which a BOOLEAN column refuses
        return new Scope("v.unit = :unit and v.sees = :yes" + (openOnly ? " and v.open = :yes" : ""),
                Map.of("unit", caller.unit(), "yes", Boolean.TRUE), true);
    }

    /** {@code byInvolvement}: the where clause reads {@code v}, a unit's involvement, rather than the item. */
    private record Scope(String where, Map<String, Object> parameters, boolean byInvolvement) {
    }

    /**
     * What concerns each role: the office, open items; a leader, the items in their charge, awaiting approval,
     * escalated or asking their opinion; a unit, its assigned items and drafts it is consulted on; the archivist,
     * archived items. Open items are one index range (OPEN_ITEM, DUE, ID), read in the order of the deadline.
     */
    private static Scope scopeOf(Caller caller) {
        if (caller.isOffice()) {
            return new Scope("i.open = :yes", Map.of("yes", Boolean.TRUE), false);
        }
        if (caller.holds(Role.LEADER)) {
            return new Scope("i.open = :yes and (i.leaderInCharge = :me or i.state = :pending"
                    + " or i.followUp.escalatedAt is not null"
                    + " or exists (select l from SupervisionItem j join j.consultation.leaders l where j = i and l = :me))",
                    Map.of("yes", Boolean.TRUE, "me", caller.account(), "pending", ItemState.PENDING_APPROVAL),
                    false);
        }
        if (caller.holds(Role.UNIT_HEAD) || caller.holds(Role.UNIT_STAFF)) {
            return unitScope(caller, true);
        }
        if (caller.holds(Role.ARCHIVIST)) {
            return new Scope("i.state = :archived", Map.of("archived", ItemState.ARCHIVED), false);
        }
        return new Scope("i.id is null", Map.of(), false);
    }
}
