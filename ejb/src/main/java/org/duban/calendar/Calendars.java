package org.duban.calendar;

import jakarta.ejb.EJB;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.organization.Role;
import org.duban.shared.DomainException;
import org.duban.shared.TypedText;
import org.duban.tabular.Table;
import org.duban.tabular.Table.Column;
import org.duban.tabular.TabularFile;
import org.duban.tabular.WrittenDay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The working-day calendar as the administrator keeps it, and as everyone else reads it. */
@Stateless
public class Calendars {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    /** The whole calendar: a few dozen days a year, read at once. */
    @PermitAll
    public WorkingCalendar current() {
        return new WorkingCalendar(em.createQuery("select d from CalendarDay d", CalendarDay.class).getResultList());
    }

    @PermitAll
    public List<CalendarDay> daysOf(int year) {
        return em.createQuery("select d from CalendarDay d where d.day >= :from and d.day <= :to order by d.day",
                        CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void mark(LocalDate day, DayKind kind, String name) {
        CalendarDay existing = em.find(CalendarDay.class, day);
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(new CalendarDay(day, kind, name));
        audit.record(AuditKind.ADMINISTRATION, "calendar " + day, "marked " + kind + " " + name);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void unmark(LocalDate day) {
        CalendarDay existing = em.find(CalendarDay.class, day);
        if (existing != null) {
            em.remove(existing);
            audit.record(AuditKind.ADMINISTRATION, "calendar " + day, "unmarked " + existing.getKind());
        }
    }

    /**
     * Imports a holiday list, read by {@link TabularFile} (CSV in UTF-8 or GB18030, or a workbook): one day a row,
     * 日期,类型,名称 ({@code date,kind,name}: {@code 2026-10-01,休,国庆节}; kind 休/HOLIDAY or 班/WORKDAY), with or without
     * a header, the day as people and Excel write it ({@link WrittenDay}), rows whose first cell starts with # ignored.
     * The years it names are replaced whole. A bad row refuses the whole file, naming its line and showing the value;
     * nothing is imported then.
     *
     * @return the number of days imported
     * @throws DomainException in the field {@code file}: {@code error.calendar.import.*}, {@code error.import.*}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int importFile(byte[] bytes) {
        List<CalendarDay> days = parse(bytes);
        Set<Integer> years = new TreeSet<>();
        days.forEach(d -> years.add(d.getDay().getYear()));
        for (int year : years) {
            daysOf(year).forEach(em::remove);
        }
        em.flush();
        days.forEach(em::persist);
        audit.record(AuditKind.ADMINISTRATION, "calendar " + years, "imported " + days.size() + " days");
        return days.size();
    }

    static List<CalendarDay> parse(byte[] bytes) {
        Table table;
        try {
            table = Table.of(TabularFile.read(bytes), true, Column.of("date", "日期", "date", "day"),
                    Column.of("kind", "类型", "kind", "type"), Column.optional("name", "名称", "name"));
        } catch (DomainException e) {
            throw DomainException.inField("file", e.getMessageKey(), e.getArguments().toArray());
        }
        List<CalendarDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (TabularFile.Row row : table.rows()) {
            int line = row.line();
            String date = table.cell(row, "date");
            if (date.startsWith("#")) {
                continue;
            }
            String kindText = TypedText.canonical(table.cell(row, "kind"));
            if (kindText.isEmpty()) {
                throw DomainException.inField("file", "error.calendar.import.columns", line);
            }
            LocalDate day = WrittenDay.parse(date).orElseThrow(() ->
                    DomainException.inField("file", "error.calendar.import.date", line, TypedText.shown(date)));
            DayKind kind = switch (kindText.toUpperCase(Locale.ROOT)) {
                case "HOLIDAY", "休" -> DayKind.HOLIDAY;
                case "WORKDAY", "班" -> DayKind.WORKDAY;
                default -> throw DomainException.inField("file", "error.calendar.import.kind", line, TypedText.shown(kindText));
            };
            String name = table.cell(row, "name");
            if (TypedText.hasHidden(name)) {
                throw DomainException.inField("file", "error.import.hiddenAt", line, TypedText.shown(name));
            }
            if (!seen.add(day)) {
                throw DomainException.inField("file", "error.calendar.import.duplicate", line, day);
            }
            days.add(new CalendarDay(day, kind, name.isEmpty() ? null : name));
        }
        if (days.isEmpty()) {
            throw DomainException.inField("file", "error.calendar.import.empty");
        }
        return days;
    }
}
