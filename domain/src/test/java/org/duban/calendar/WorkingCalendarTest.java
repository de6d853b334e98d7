package org.duban.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Working days around the 2026 National Day golden week: 1–7 October off, Sunday 27 September and Saturday 10 October worked. */
class WorkingCalendarTest {

    private static WorkingCalendar nationalDay2026() {
        List<CalendarDay> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(new CalendarDay(LocalDate.of(2026, 10, d), DayKind.HOLIDAY, "国庆节"));
        }
        days.add(new CalendarDay(LocalDate.of(2026, 9, 27), DayKind.WORKDAY, "国庆调休"));
        days.add(new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆调休"));
        days.add(new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦"));
        return new WorkingCalendar(days);
    }

    private final WorkingCalendar calendar = nationalDay2026();

    @Test
    void weekendsHolidaysAndMakeUpDays() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 9, 30)), "a Wednesday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)), "National Day, a Thursday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 9, 26)), "an ordinary Saturday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 9, 27)), "a Sunday worked (调休)");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "a Saturday worked (调休)");
        assertTrue(WorkingCalendar.weekdaysOnly().isWorkingDay(LocalDate.of(2026, 10, 1)));
    }

    @Test
    void countingAcrossTheHolidayAndTheMakeUpDays() {
        assertEquals(LocalDate.of(2026, 10, 8), calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1),
                "the next working day after 30 September is 8 October");
        assertEquals(LocalDate.of(2026, 10, 10), calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 3),
                "8, 9 and the worked Saturday 10 October");
        assertEquals(LocalDate.of(2026, 9, 27), calendar.plusWorkingDays(LocalDate.of(2026, 9, 25), 1),
                "the worked Sunday follows Friday");
        assertEquals(LocalDate.of(2026, 9, 30), calendar.minusWorkingDays(LocalDate.of(2026, 10, 8), 1));
        assertEquals(3, calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 1)));
        assertEquals(LocalDate.of(2026, 10, 8), calendar.plusWorkingDays(LocalDate.of(2026, 10, 3), 0),
                "zero days from a holiday is the next working day");
    }

    @Test
    void yearBoundaries() {
        assertEquals(LocalDate.of(2027, 1, 4), calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1),
                "New Year's Day is off and 2–3 January 2027 is a weekend");
        assertEquals(LocalDate.of(2026, 12, 31), calendar.minusWorkingDays(LocalDate.of(2027, 1, 4), 1));
        assertEquals(1, calendar.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 3)) + 1
                - calendar.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 3)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 3)));
    }

    @Test
    void aDeadlineOnAHolidayFallsDueOnTheNextWorkingDay() {
        LocalDate due = LocalDate.of(2026, 10, 2);
        assertEquals(LocalDate.of(2026, 10, 8), calendar.effectiveDue(due));
        assertFalse(calendar.isOverdue(due, LocalDate.of(2026, 10, 7)), "still in the holiday");
        assertFalse(calendar.isOverdue(due, LocalDate.of(2026, 10, 8)), "due today");
        assertTrue(calendar.isOverdue(due, LocalDate.of(2026, 10, 9)));
        // the set-based form gives the same answer on every day around it
        for (LocalDate today = LocalDate.of(2026, 9, 25); today.isBefore(LocalDate.of(2026, 10, 20)); today = today.plusDays(1)) {
            assertEquals(calendar.isOverdue(due, today), !due.isAfter(calendar.lastOverdueDeadline(today)), today.toString());
        }
    }
}
