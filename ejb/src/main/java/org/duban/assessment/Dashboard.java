package org.duban.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.calendar.Calendars;
import org.duban.calendar.WorkingCalendar;
import org.duban.item.Category;
import org.duban.item.ItemState;
import org.duban.item.SupervisionItem;
import org.duban.settings.SettingsService;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * The leaders' one page: open items by light per unit and per category, the on-time rate month by month, the
 * escalated and the overdue items — each counted by one grouped query.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR, LEADER})
public class Dashboard {

    private static final int MONTHS = 12;

    /** Later than any escalation: the upper end of the escalated items' index range. */
    private static final Instant FAR_FUTURE = Instant.parse("9000-01-01T00:00:00Z");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Calendars calendars;

    @EJB
    private SettingsService settings;

    /** What the dashboard shows, as of today. */
    public record View(LocalDate today, List<LightCounts> byUnit, List<LightCounts> byCategory, List<MonthRate> trend,
                       List<SupervisionItem> escalated, long overdue) implements Serializable {
    }

    public View view() {
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar calendar = calendars.current();
        LocalDate red = calendar.lastOverdueDeadline(today);
        LocalDate yellow = calendar.plusWorkingDays(today, settings.current().getWarningDays());
        Map<Object, String> units = new HashMap<>();
        em.createQuery("select u.id, u.name from Unit u", Object[].class).getResultList()
                .forEach(row -> units.put(row[0], (String) row[1]));
        List<LightCounts> byUnit = lights("i.leadUnitId", red, yellow, units);
        List<LightCounts> byCategory = lights("i.category", red, yellow, Map.of());
        long overdue = byUnit.stream().mapToLong(LightCounts::red).sum();
        // "escalated between the epoch and a far future" rather than "not null": a range the index on ESCALATED_AT
        // can serve, closed at both ends because Derby puts NULLs last in an index (">= epoch" read every item)
        List<SupervisionItem> escalated = em.createQuery("select i from SupervisionItem i left join fetch i.leadUnit"
                                + " where i.followUp.escalatedAt between :epoch and :farFuture"
                        + " and i.state in :underWay order by i.deadline.due, i.id", SupervisionItem.class)
                .setParameter("epoch", Instant.EPOCH).setParameter("farFuture", FAR_FUTURE)
                .setParameter("underWay", ItemState.UNITS_TURN).setMaxResults(20)
                .getResultList();
        return new View(today, byUnit, byCategory, trend(today), escalated, overdue);
    }

    private List<LightCounts> lights(String key, LocalDate red, LocalDate yellow, Map<Object, String> labels) {
        List<LightCounts> lights = new ArrayList<>();
        em.createQuery("select " + key + ", count(i), sum(case when i.deadline.due <= :red then 1 else 0 end),"
                        + " sum(case when i.deadline.due > :red and i.deadline.due <= :yellow then 1 else 0 end)"
                        + " from SupervisionItem i where i.state in :underWay group by " + key, Object[].class)
                .setParameter("red", red).setParameter("yellow", yellow).setParameter("underWay", ItemState.UNITS_TURN)
                .getResultList().forEach(row -> {
                    long total = (Long) row[1];
                    long r = ((Number) row[2]).longValue();
                    long y = ((Number) row[3]).longValue();
                    Object k = row[0] instanceof Category c ? c.name() : row[0];
                    lights.add(new LightCounts(k, labels.getOrDefault(row[0], String.valueOf(k)), total - r - y, y, r));
                });
        lights.sort(Comparator.comparing(LightCounts::red).reversed().thenComparing(LightCounts::label));
        return lights;
    }

    /** The last twelve months, this one included, each with its completed items and how many on time. */
    private List<MonthRate> trend(LocalDate today) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(MONTHS - 1);
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, new long[2]);
        }
        em.createQuery("select i.completion.acceptedOn, count(i), sum(i.completion.onTime) from SupervisionItem i"
                        + " where i.completion.acceptedOn between :from and :to group by i.completion.acceptedOn",
                        Object[].class)
                // closed at both ends: Derby puts NULLs (items not accepted) last in the index
                .setParameter("from", first.atDay(1)).setParameter("to", last.atEndOfMonth()).getResultList().forEach(row -> {
                    long[] sums = months.get(YearMonth.from((LocalDate) row[0]));
                    if (sums != null) {
                        sums[0] += (Long) row[1];
                        sums[1] += ((Number) row[2]).longValue();
                    }
                });
        List<MonthRate> trend = new ArrayList<>();
        months.forEach((month, sums) -> trend.add(new MonthRate(month, sums[0], sums[1])));
        return trend;
    }
}
