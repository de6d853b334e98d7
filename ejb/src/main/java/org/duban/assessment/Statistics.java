package org.duban.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.duban.calendar.Calendars;
import org.duban.item.Category;
import org.duban.item.ItemAction;
import org.duban.item.ItemState;
import org.duban.item.SupervisionItem;
import org.duban.shared.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.duban.organization.Role.Names.LEADER;
import static org.duban.organization.Role.Names.OFFICE_DIRECTOR;
import static org.duban.organization.Role.Names.OFFICE_STAFF;

/**
 * The statistics of a period, counted in the database per unit, category or leader in charge:
 * <ul>
 * <li>assigned — notices issued in the period (lead, and co-handling units apart);</li>
 * <li>completed — reports accepted in the period; on time against the deadline the item is judged by
 * ({@link org.duban.item.Completion}); average working days from assignment to the accepted report;</li>
 * <li>overdue now — open items past their deadline today, whatever the period;</li>
 * <li>returns, extensions, urgings by method, escalations and 通报 — events of the period, counted each.</li>
 * </ul>
 * Every figure has the list of its items ({@link #items}).
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR, LEADER})
public class Statistics {

    private static final Set<ItemAction> COUNTED_EVENTS = EnumSet.of(ItemAction.RETURN_FOR_REWORK,
            ItemAction.REQUEST_EXTENSION, ItemAction.DECIDE_EXTENSION, ItemAction.URGE, ItemAction.ESCALATE,
            ItemAction.ISSUE_NOTICE);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Calendars calendars;

    public List<Figures> figures(Period period, Grouping grouping) {
        Map<Object, Figures> byKey = new LinkedHashMap<>();
        Map<Object, String> labels = labels(grouping);
        String key = grouping.path();
        Bounds b = bounds(period);

        for (Object[] row : query("select " + key + ", count(i) from SupervisionItem i where"
                + " i.assignmentNotice.issuedAt >= :from and i.assignmentNotice.issuedAt < :to group by " + key, b)) {
            at(byKey, labels, row[0]).add(Figure.ASSIGNED_LEAD, (Long) row[1]);
        }
        if (grouping == Grouping.UNIT) {
            for (Object[] row : query("select u.id, count(i) from SupervisionItem i join i.coUnits u where"
                    + " i.assignmentNotice.issuedAt >= :from and i.assignmentNotice.issuedAt < :to group by u.id", b)) {
                at(byKey, labels, row[0]).add(Figure.ASSIGNED_CO, (Long) row[1]);
            }
        }
        for (Object[] row : query("select " + key + ", count(i), sum(i.completion.onTime),"
                + " sum(i.completion.workingDays) from SupervisionItem i where i.completion.acceptedOn >= :fromDay"
                + " and i.completion.acceptedOn <= :toDay group by " + key, b)) {
            Figures f = at(byKey, labels, row[0]);
            long completed = (Long) row[1];
            long onTime = ((Number) row[2]).longValue();
            f.add(Figure.COMPLETED, completed);
            f.add(Figure.ON_TIME, onTime);
            f.add(Figure.LATE, completed - onTime);
            f.addWorkingDays(row[3] == null ? 0 : ((Number) row[3]).longValue());
        }
        for (Object[] row : query("select " + key + ", count(i) from SupervisionItem i where i.state in :underWay"
                + " and i.deadline.due <= :redUntil group by " + key, b)) {
            at(byKey, labels, row[0]).add(Figure.OVERDUE_NOW, (Long) row[1]);
        }
        for (Object[] row : query("select " + key + ", e.action, e.detail, count(e) from ItemEvent e join e.item i"
                + " where e.action in :counted and e.occurredAt >= :from and e.occurredAt < :to"
                + " group by " + key + ", e.action, e.detail", b)) {
            Figure figure = eventFigure((ItemAction) row[1], (String) row[2]);
            if (figure != null) {
                at(byKey, labels, row[0]).add(figure, (Long) row[3]);
            }
        }
        List<Figures> figures = new ArrayList<>(byKey.values());
        figures.sort(Comparator.comparing(Figures::getLabel));
        return figures;
    }

    /** The items behind one figure of one unit, category or leader in the period. */
    public List<SupervisionItem> items(Period period, Grouping grouping, String key, Figure figure) {
        Bounds b = bounds(period);
        String of = " and " + grouping.path() + " = :key";
        // the page names each item's lead unit: fetched with the items, not one by one
        String selectItems = "select i from SupervisionItem i left join fetch i.leadUnit";
        String jpql = switch (figure) {
            case ASSIGNED_LEAD -> selectItems + " where i.assignmentNotice.issuedAt >= :from"
                    + " and i.assignmentNotice.issuedAt < :to" + of;
            case ASSIGNED_CO -> selectItems + " join i.coUnits u where i.assignmentNotice.issuedAt >= :from"
                    + " and i.assignmentNotice.issuedAt < :to and u.id = :key";
            case COMPLETED, ON_TIME, LATE -> selectItems + " where i.completion.acceptedOn >= :fromDay"
                    + " and i.completion.acceptedOn <= :toDay" + of
                    + (figure == Figure.ON_TIME ? " and i.completion.onTime = 1"
                    : figure == Figure.LATE ? " and i.completion.onTime = 0" : "");
            case OVERDUE_NOW -> selectItems + " where i.state in :underWay and i.deadline.due <= :redUntil" + of;
            default -> "select distinct i from SupervisionItem i left join fetch i.leadUnit join i.events e"
                    + " where e.action = :action and e.occurredAt >= :from and e.occurredAt < :to" + of + eventCondition(figure);
        };
        TypedQuery<SupervisionItem> query = em.createQuery(jpql, SupervisionItem.class);
        b.bind(query, jpql);
        if (jpql.contains(":key")) {
            query.setParameter("key", keyValue(grouping, key));
        }
        if (jpql.contains(":action")) {
            query.setParameter("action", actionOf(figure));
        }
        if (jpql.contains(":detail")) {
            query.setParameter("detail", detailOf(figure));
        }
        List<SupervisionItem> items = new ArrayList<>(query.getResultList());
        items.sort(Comparator.comparing(SupervisionItem::getId));
        return items;
    }

    private static Figure eventFigure(ItemAction action, String detail) {
        return switch (action) {
            case RETURN_FOR_REWORK -> "REDO".equals(detail) ? Figure.REDONE : Figure.SUPPLEMENTED;
            case REQUEST_EXTENSION -> Figure.EXTENSIONS_ASKED;
            case DECIDE_EXTENSION -> "REFUSED".equals(detail) ? null : Figure.EXTENSIONS_GRANTED;
            case URGE -> detail == null ? null : Figure.valueOf("URGED_" + detail);
            case ESCALATE -> Figure.ESCALATED;
            case ISSUE_NOTICE -> Figure.NOTICES;
            default -> null;
        };
    }

    private static ItemAction actionOf(Figure figure) {
        return switch (figure) {
            case SUPPLEMENTED, REDONE -> ItemAction.RETURN_FOR_REWORK;
            case EXTENSIONS_ASKED -> ItemAction.REQUEST_EXTENSION;
            case EXTENSIONS_GRANTED -> ItemAction.DECIDE_EXTENSION;
            case ESCALATED -> ItemAction.ESCALATE;
            case NOTICES -> ItemAction.ISSUE_NOTICE;
            default -> ItemAction.URGE;
        };
    }

    private static String eventCondition(Figure figure) {
        return switch (figure) {
            case SUPPLEMENTED, REDONE, URGED_PHONE, URGED_LETTER, URGED_INTERVIEW, URGED_MEETING, URGED_ON_SITE ->
                    " and e.detail = :detail";
            case EXTENSIONS_GRANTED -> " and e.detail <> 'REFUSED'";
            default -> "";
        };
    }

    private static String detailOf(Figure figure) {
        return switch (figure) {
            case SUPPLEMENTED -> "SUPPLEMENT";
            case REDONE -> "REDO";
            default -> figure.name().substring("URGED_".length());
        };
    }

    private static Object keyValue(Grouping grouping, String key) {
        try {
            return grouping == Grouping.CATEGORY ? Category.valueOf(key) : Long.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new DomainException("error.statistics.key", key);
        }
    }

    private Map<Object, String> labels(Grouping grouping) {
        Map<Object, String> labels = new HashMap<>();
        switch (grouping) {
            case UNIT -> em.createQuery("select u.id, u.name from Unit u", Object[].class).getResultList()
                    .forEach(row -> labels.put(row[0], (String) row[1]));
            case LEADER -> em.createQuery("select a.id, a.fullName from Account a", Object[].class).getResultList()
                    .forEach(row -> labels.put(row[0], (String) row[1]));
            case CATEGORY -> {
                for (Category category : Category.values()) {
                    labels.put(category, category.name());
                }
            }
        }
        return labels;
    }

    private static Figures at(Map<Object, Figures> byKey, Map<Object, String> labels, Object key) {
        return byKey.computeIfAbsent(key, k -> new Figures(k instanceof Enum<?> e ? e.name() : k,
                labels.getOrDefault(k, String.valueOf(k))));
    }

    private List<Object[]> query(String jpql, Bounds b) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        b.bind(query, jpql);
        return query.getResultList();
    }

    private Bounds bounds(Period period) {
        LocalDate today = LocalDate.now(clock);
        return new Bounds(period, period.from().atStartOfDay(clock.getZone()).toInstant(),
                period.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                calendars.current().lastOverdueDeadline(today));
    }

    /** The period as instants (events) and days (completions), and today's last overdue deadline. */
    private record Bounds(Period period, Instant from, Instant to, LocalDate redUntil) {
        void bind(TypedQuery<?> query, String jpql) {
            set(query, jpql, "from", from);
            set(query, jpql, "to", to);
            set(query, jpql, "fromDay", period.from());
            set(query, jpql, "toDay", period.to());
            set(query, jpql, "redUntil", redUntil);
            set(query, jpql, "underWay", ItemState.UNITS_TURN);
            set(query, jpql, "counted", COUNTED_EVENTS);
        }

        private static void set(TypedQuery<?> query, String jpql, String name, Object value) {
            if (jpql.matches("(?s).*:" + name + "\\b.*")) {
                query.setParameter(name, value);
            }
        }
    }
}
