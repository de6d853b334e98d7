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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
     * Imports a holiday list: one day a line, {@code date,kind,name} ({@code 2026-10-01,HOLIDAY,国庆节}; kind HOLIDAY or
     * 休, WORKDAY or 班), an optional header, blank lines and lines starting with # ignored. The years it names are
     * replaced whole. A bad line refuses the whole file, naming the line; nothing is imported then.
     *
     * @return the number of days imported
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int importCsv(String content) {
        List<CalendarDay> days = parse(content);
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

    static List<CalendarDay> parse(String content) {
        List<CalendarDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        String[] lines = (content == null ? "" : content.replace("\uFEFF", "")).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("date"))) {
                continue;
            }
            String[] cells = line.split("[,，]", 3);
            if (cells.length < 2) {
                throw DomainException.inField("file", "error.calendar.import.columns", lineNumber);
            }
            LocalDate day;
            try {
                day = LocalDate.parse(cells[0].strip());
            } catch (DateTimeParseException e) {
                throw DomainException.inField("file", "error.calendar.import.date", lineNumber, cells[0].strip());
            }
            DayKind kind = switch (cells[1].strip().toUpperCase(Locale.ROOT)) {
                case "HOLIDAY", "休" -> DayKind.HOLIDAY;
                case "WORKDAY", "班" -> DayKind.WORKDAY;
                default -> throw DomainException.inField("file", "error.calendar.import.kind", lineNumber, cells[1].strip());
            };
            if (!seen.add(day)) {
                throw DomainException.inField("file", "error.calendar.import.duplicate", lineNumber, day);
            }
            days.add(new CalendarDay(day, kind, cells.length > 2 ? cells[2] : null));
        }
        if (days.isEmpty()) {
            throw DomainException.inField("file", "error.calendar.import.empty");
        }
        return days;
    }
}
