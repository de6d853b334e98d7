package org.duban.calendar;

import org.duban.shared.Require;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Working-day arithmetic: Monday to Friday are working days, except the holidays the administrator entered; Saturday
 * and Sunday are not, except the make-up working days (调休). Deadlines and thresholds count in these days.
 */
public final class WorkingCalendar {

    /** More than any real run of days off; guards the loops against a calendar with no working day at all. */
    private static final int MAX_DAYS_OFF_IN_A_ROW = 60;

    private final Map<LocalDate, DayKind> exceptions = new HashMap<>();

    public WorkingCalendar(Collection<CalendarDay> days) {
        for (CalendarDay day : days) {
            exceptions.put(day.getDay(), day.getKind());
        }
    }

    public static WorkingCalendar weekdaysOnly() {
        return new WorkingCalendar(java.util.List.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = exceptions.get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code date} (n ≥ 1); for n = 0, the first working day on or after it. */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        Require.that(n >= 0, "error.calendar.negative");
        if (n == 0) {
            return onOrAfter(date);
        }
        LocalDate day = date;
        int counted = 0;
        int idle = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
                idle = 0;
            } else if (++idle > MAX_DAYS_OFF_IN_A_ROW) {
                throw new IllegalStateException("no working day for " + MAX_DAYS_OFF_IN_A_ROW + " days after " + date);
            }
        }
        return day;
    }

    /** The n-th working day before {@code date} (n ≥ 1); for n = 0, the last working day on or before it. */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        Require.that(n >= 0, "error.calendar.negative");
        if (n == 0) {
            return onOrBefore(date);
        }
        LocalDate day = date;
        int counted = 0;
        int idle = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
                idle = 0;
            } else if (++idle > MAX_DAYS_OFF_IN_A_ROW) {
                throw new IllegalStateException("no working day for " + MAX_DAYS_OFF_IN_A_ROW + " days before " + date);
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** A deadline on a day off falls due on the next working day. */
    public LocalDate effectiveDue(LocalDate due) {
        return onOrAfter(due);
    }

    /** Overdue on {@code today}: a whole working day has passed since the (effective) deadline. */
    public boolean isOverdue(LocalDate due, LocalDate today) {
        return effectiveDue(due).isBefore(today);
    }

    /** The last deadline that is overdue today: overdue ⇔ due ≤ this day (for set-based queries). */
    public LocalDate lastOverdueDeadline(LocalDate today) {
        return minusWorkingDays(today, 1);
    }

    private LocalDate onOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : plusWorkingDays(date, 1);
    }

    private LocalDate onOrBefore(LocalDate date) {
        return isWorkingDay(date) ? date : minusWorkingDays(date, 1);
    }
}
