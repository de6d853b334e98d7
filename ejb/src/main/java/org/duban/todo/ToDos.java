package org.duban.todo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.duban.deadline.DeadlineRules;
import org.duban.item.ItemAction;
import org.duban.item.ItemState;
import org.duban.item.Rulebook;
import org.duban.item.Rulebooks;
import org.duban.item.Rulebooks.Day;
import org.duban.item.SupervisionItem;
import org.duban.item.ToDo;
import org.duban.organization.Caller;
import org.duban.organization.Callers;
import org.duban.organization.Role;
import org.duban.support.BoundParameters;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 待办: the signed-in person's to-dos, exactly {@link Rulebook#awaited} over every item they may see, read as one
 * query per kind over an index range (the state, the unit's rows, the pending requests), never item by item. A page
 * merges the kinds' first rows by deadline; a count is one statement per kind. The test {@code ToDosIT} holds the
 * queries to the rulebook in every situation of the seven steps.
 */
@Stateless
@PermitAll
public class ToDos {

    /** One to-do: what to do on which item, and by when (the receipt or report day, else the item's deadline). */
    public record Row(ToDo todo, SupervisionItem item, LocalDate actBy) implements Serializable {
    }

    /** A page of to-dos and how many there are of each kind. */
    public record Page(List<Row> rows, Map<ToDo, Long> counts) implements Serializable {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final Comparator<Key> BY_DEADLINE = Comparator.comparing(Key::due,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Key::itemId).thenComparing(Key::todo);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private Rulebooks rulebooks;

    @Inject
    private Clock clock;

    /**
     * How many to-dos of each kind wait for the caller (kinds with none left out): one count per kind. (One
     * {@code UNION ALL} of the kinds would be one statement, but set operations are not Jakarta Persistence 3.1's
     * query language: Hibernate on WildFly refuses them.)
     */
    public Map<ToDo, Long> counts() {
        Caller caller = callers.current();
        Day today = rulebooks.day();
        Map<ToDo, Long> counts = new EnumMap<>(ToDo.class);
        for (Kind kind : kindsFor(caller, today, LocalDate.now(clock))) {
            long count = count(kind);
            if (count > 0) {
                counts.put(kind.todo, count);
            }
        }
        return counts;
    }

    private long count(Kind kind) {
        return kind.query(em, "count(" + kind.item + ")", Long.class, false).getSingleResult();
    }

    /**
     * To-dos {@code first} to {@code first + size - 1} by deadline (none last), then item: each kind's first rows in
     * order, merged; then the page's items in one statement.
     */
    public Page page(int first, int size) {
        Caller caller = callers.current();
        Day today = rulebooks.day();
        Map<ToDo, Long> counts = new EnumMap<>(ToDo.class);
        List<Key> keys = new ArrayList<>();
        for (Kind kind : kindsFor(caller, today, LocalDate.now(clock))) {
            boolean reportDue = kind.todo == ToDo.REPORT_PROGRESS;
            List<Key> ofKind = kind.query(em, kind.item + ", " + kind.due + (reportDue ? ", i.nextReportOn" : ""),
                            Object[].class, true)
                    .setMaxResults(first + size).getResultList().stream()
                    .map(row -> new Key(kind.todo, (Long) row[0], (LocalDate) row[1],
                            reportDue ? (LocalDate) row[2] : null))
                    .toList();
            // counted whatever the rows, so that a page runs as many statements for two rows as for fifteen
            long count = count(kind);
            if (count > 0) {
                counts.put(kind.todo, count);
            }
            keys.addAll(ofKind);
        }
        List<Key> page = keys.stream().sorted(BY_DEADLINE).skip(first).limit(size).toList();
        if (page.isEmpty()) {
            return new Page(List.of(), counts);
        }
        Map<Long, SupervisionItem> items = new HashMap<>();
        em.createQuery("select i from SupervisionItem i left join fetch i.leadUnit left join fetch i.leaderInCharge"
                        + " where i.id in :page", SupervisionItem.class)
                .setParameter("page", page.stream().map(Key::itemId).distinct().toList()).getResultList()
                .forEach(item -> items.put(item.getId(), item));
        return new Page(page.stream().map(key -> new Row(key.todo, items.get(key.itemId),
                actBy(key, items.get(key.itemId), today.rules()))).toList(), counts);
    }

    /** By when: a receipt by the reminder day, a progress report by its cycle's day, everything else by the deadline. */
    private LocalDate actBy(Key key, SupervisionItem item, DeadlineRules rules) {
        if (key.todo == ToDo.ACKNOWLEDGE && item.getAssignmentNotice() != null) {
            return rules.acknowledgementDue(LocalDate.ofInstant(item.getAssignmentNotice().getIssuedAt(), clock.getZone()));
        }
        if (key.reportDue != null) {
            return rules.actBy(key.reportDue);
        }
        return key.due;
    }

    private record Key(ToDo todo, Long itemId, LocalDate due, LocalDate reportDue) {
    }

    /** The kinds that may wait for the caller: their roles, and the settings for extension decisions. */
    private static List<Kind> kindsFor(Caller caller, Day day, LocalDate today) {
        return EnumSet.allOf(ToDo.class).stream()
                .filter(todo -> todo.mayWaitFor(caller.roles())
                        && day.rulebook().roleRefusal(caller, todo.action()).isEmpty())
                .map(todo -> kind(todo, caller, today)).toList();
    }

    /**
     * Each kind of {@link Rulebook#awaited} as a query over {@code i}, the item, from the index its first condition
     * names. Booleans are parameters: Derby refuses a literal 1 for a BOOLEAN column.
     */
    private static Kind kind(ToDo todo, Caller caller, LocalDate today) {
        Map<String, Object> p = new HashMap<>();
        String ready = " and i.leadUnit is not null and i.deadline.due is not null"
                + " and exists (select t from SupervisionItem j join j.targets t where j = i)";
        String thisRound = " and not exists (select f from ItemEvent f where f.item = i"
                + " and f.action = :consultation and f.sequence > e.sequence)";
        // Rulebook.isInCharge: the leader in charge, or any leader when none is named or theirs was deactivated
        String inCharge = " and (i.leaderInCharge = :me or i.leaderInCharge is null"
                + " or exists (select l from Account l where l = i.leaderInCharge and l.active = :no))";
        Kind kind = switch (todo) {
            case COMPLETE_DRAFT -> new Kind(todo, "SupervisionItem i", "i.state = :draft and i.createdBy = :username"
                    + " and (i.leadUnit is null or i.deadline.due is null"
                    + " or not exists (select t from SupervisionItem j join j.targets t where j = i))", p);
            case SUBMIT_DRAFT -> new Kind(todo, "SupervisionItem i",
                    "i.state = :draft and i.createdBy = :username" + ready, p);
            case CONSULTATION_ANSWERED -> new Kind(todo, "SupervisionItem i",
                    "i.state = :consulting and i.createdBy = :username" + ready
                            + " and exists (select e from ItemEvent e where e.item = i and e.action = :comment"
                            + thisRound + ")", p);
            case ANSWER_CONSULTATION -> new Kind(todo, "SupervisionItem i", "i.state = :consulting and "
                    + (caller.roleFor(ItemAction.COMMENT) == Role.LEADER
                    ? "exists (select l from SupervisionItem j join j.consultation.leaders l where j = i and l = :me)"
                    : "exists (select u from SupervisionItem j join j.consultation.units u where j = i and u = :unit)")
                    + " and not exists (select e from ItemEvent e where e.item = i and e.action = :comment"
                    + " and e.actor.username = :username" + thisRound + ")", p);
            case APPROVE -> new Kind(todo, "SupervisionItem i", "i.state = :pendingApproval" + inCharge, p);
            case ASSIGN -> new Kind(todo, "SupervisionItem i", "i.state = :registered and i.createdBy = :username", p);
            // the unit's row says whether it owes its receipt (UnitInvolvement.awaitsReceipt): the index alone
            case ACKNOWLEDGE -> new Kind(todo, "UnitInvolvement v", "v.unit = :unit and v.awaitsReceipt = :yes",
                    "v.itemId", "v.due", p);
            case HANDLE -> new Kind(todo, "SupervisionItem i", "i.handler = :me and i.state = :inProgress"
                    + " and i.leadUnit = :unit and not exists (select d from ItemEvent d where d.item = i"
                    + " and d.action = :drafting and not exists (select r from ItemEvent r where r.item = i"
                    + " and r.action = :rework and r.sequence > d.sequence))", p);
            // Rulebook.progressReportDue, kept by the item as its next report's day
            case REPORT_PROGRESS -> new Kind(todo, "SupervisionItem i", "i.leadUnit = :unit and i.state = :inProgress"
                    + " and i.nextReportOn <= :today and " + (caller.holds(Role.UNIT_HEAD)
                    ? "(i.handler = :me or i.handler is null)" : "i.handler = :me"), p);
            case SUBMIT_REPORT -> new Kind(todo, "SupervisionItem i", "i.state = :inProgress and i.leadUnit = :unit"
                    + " and i.reports.completionDraft is not null"
                    + " and i.returnedForRework = :no", p);
            case RESUBMIT_REPORT -> new Kind(todo, "SupervisionItem i", "i.state = :inProgress and i.leadUnit = :unit"
                    + " and i.returnedForRework = :yes", p);
            case DECIDE_EXTENSION -> new Kind(todo, "ExtensionRequest x join x.item i", "x.decision is null"
                    + " and i.state in :extending" + (caller.holds(Role.OFFICE_DIRECTOR) ? "" : inCharge), p);
            case REVIEW_REPORT -> new Kind(todo, "SupervisionItem i", "i.state = :submitted", p);
            case FEED_BACK -> new Kind(todo, "SupervisionItem i", "i.state = :completed", p);
            case READ_FEEDBACK -> new Kind(todo, "SupervisionItem i",
                    "i.state = :fedBack and i.reports.readByLeader = :no" + inCharge, p);
            case DECIDE_HALT -> new Kind(todo, "SupervisionItem i",
                    "i.halt.pending is not null and i.state in :halting" + inCharge, p);
            case CRITICISE -> new Kind(todo, "SupervisionItem i", "i.state in :citable"
                    + " and i.followUp.escalatedAt is not null"
                    + " and not exists (select e from ItemEvent e where e.item = i and e.action = :notice)", p);
            case ARCHIVE -> new Kind(todo, "SupervisionItem i", "i.state in :finished"
                    + " and (i.state = :terminated or i.reports.readByLeader = :yes)", p);
        };
        kind.bind("draft", ItemState.DRAFT).bind("consulting", ItemState.IN_CONSULTATION)
                .bind("pendingApproval", ItemState.PENDING_APPROVAL).bind("registered", ItemState.REGISTERED).bind("inProgress", ItemState.IN_PROGRESS)
                .bind("submitted", ItemState.SUBMITTED).bind("completed", ItemState.COMPLETED)
                .bind("fedBack", ItemState.FED_BACK).bind("terminated", ItemState.TERMINATED)
                .bind("today", today)
                .bind("extending", statesOf(ItemAction.DECIDE_EXTENSION)).bind("halting", statesOf(ItemAction.DECIDE_HALT))
                .bind("citable", statesOf(ItemAction.ISSUE_NOTICE))
                .bind("finished", EnumSet.of(ItemState.FED_BACK, ItemState.TERMINATED))
                .bind("comment", ItemAction.COMMENT).bind("consultation", ItemAction.SEND_FOR_CONSULTATION)
                .bind("rework", ItemAction.RETURN_FOR_REWORK).bind("drafting", ItemAction.DRAFT_COMPLETION).bind("notice", ItemAction.ISSUE_NOTICE)
                .bind("yes", Boolean.TRUE).bind("no", Boolean.FALSE)
                .bind("me", caller.account()).bind("username", caller.account().getUsername());
        if (caller.unit() != null) {
            kind.bind("unit", caller.unit());
        }
        return kind;
    }

    private static Set<ItemState> statesOf(ItemAction action) {
        return EnumSet.allOf(ItemState.class).stream().filter(action::isAllowedIn)
                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(ItemState.class)));
    }

    /**
     * One kind's query: from where, under which conditions, the item's id and the deadline it is read by (the item's
     * own unless the kind's index holds a copy); parameters bound only where the query names them.
     */
    private record Kind(ToDo todo, String from, String where, String item, String due, Map<String, Object> parameters) {

        Kind(ToDo todo, String from, String where, Map<String, Object> parameters) {
            this(todo, from, where, "i.id", "i.deadline.due", parameters);
        }

        Kind bind(String name, Object value) {
            if (where.contains(":" + name + " ") || where.contains(":" + name + ")") || where.endsWith(":" + name)) {
                parameters.put(name, value);
            }
            return this;
        }

        <T> TypedQuery<T> query(EntityManager em, String select, Class<T> type, boolean ordered) {
            TypedQuery<T> query = em.createQuery("select " + select + " from " + from + " where " + where
                    + (ordered ? " order by " + due + ", " + item : ""), type);
            BoundParameters.bound(query);
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
