package org.duban.deadline;

import org.duban.calendar.CalendarDay;
import org.duban.calendar.DayKind;
import org.duban.calendar.WorkingCalendar;
import org.duban.item.ReportingCycle;
import org.duban.notification.NotificationKind;
import org.duban.settings.Settings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The deadline watch's rules without a server: what is due on a day, keyed so that it goes out once. */
class DeadlineRulesTest {

    /** 校庆日, as in the case file 16-school-holiday.csv: Monday 30 November 2026 marked a rest day. */
    private static final LocalDate SCHOOL_DAY = LocalDate.of(2026, 11, 30);
    private static final WorkingCalendar WITH_SCHOOL_DAY = new WorkingCalendar(
            List.of(new CalendarDay(SCHOOL_DAY, DayKind.HOLIDAY, "校庆日")));

    private static DeadlineRules on(LocalDate day) {
        return new DeadlineRules(WITH_SCHOOL_DAY, new Settings(), day);
    }

    @Test
    void theWatchSendsNothingOnARestDay() {
        assertFalse(on(SCHOOL_DAY).isWatchDay(), "a weekday marked as a rest day");
        assertFalse(on(SCHOOL_DAY.minusDays(1)).isWatchDay(), "Sunday");
        assertFalse(on(SCHOOL_DAY.minusDays(2)).isWatchDay(), "Saturday");
        assertTrue(on(SCHOOL_DAY.plusDays(1)).isWatchDay(), "Tuesday");
    }

    @Test
    void aDeadlineOnARestDayFallsDueAtTheEndOfTheNextWorkingDay() {
        DeadlineRules tuesday = on(SCHOOL_DAY.plusDays(1));
        DeadlineRules.Due dueSoon = tuesday.deadlineNotice(SCHOOL_DAY);
        assertEquals(NotificationKind.DUE_SOON, dueSoon.kind(), "due on the rest day: Tuesday is its last day");
        assertEquals(SCHOOL_DAY.plusDays(1), dueSoon.actBy());
        DeadlineRules.Due overdue = on(SCHOOL_DAY.plusDays(2)).deadlineNotice(SCHOOL_DAY);
        assertEquals(NotificationKind.OVERDUE, overdue.kind());
        assertEquals(1, overdue.overdueDays());
    }

    @Test
    void overdueRemindersRepeatEveryTwoWorkingDaysKeyedToWorkingDays() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        // effective due Friday; overdue from Tuesday 1 December (Monday is the rest day)
        Set<LocalDate> keys = new HashSet<>();
        for (LocalDate day = friday.plusDays(1); day.isBefore(friday.plusDays(15)); day = day.plusDays(1)) {
            DeadlineRules rules = on(day);
            if (!rules.isWatchDay() || !day.isAfter(WITH_SCHOOL_DAY.effectiveDue(friday))) {
                continue;
            }
            DeadlineRules.Due due = rules.deadlineNotice(friday);
            assertEquals(NotificationKind.OVERDUE, due.kind(), day.toString());
            assertTrue(WITH_SCHOOL_DAY.isWorkingDay(due.keyDay()), "key days are working days: " + due.keyDay());
            assertFalse(due.keyDay().isAfter(day), "a key day is never in the future");
            keys.add(due.keyDay());
        }
        // working days after Friday 27 Nov: 1,2,3,4 Dec, 7,8,9,10,11 Dec → overdue days 1..9 → slots 1,3,5,7,9
        assertEquals(Set.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 11)), keys);
    }

    /**
     * A rest day between two runs does not make a reminder due again: due Thursday 26 November, the Friday run and
     * the Tuesday run (Monday is the rest day) fall in the same repeat slot and give the same key, so the notice
     * exists once; Wednesday starts the next slot.
     */
    @Test
    void aRestDayBetweenRunsDoesNotRepeatAReminder() {
        LocalDate due = LocalDate.of(2026, 11, 26);
        DeadlineRules.Due friday = on(LocalDate.of(2026, 11, 27)).deadlineNotice(due);
        DeadlineRules.Due tuesday = on(SCHOOL_DAY.plusDays(1)).deadlineNotice(due);
        assertEquals(NotificationKind.OVERDUE, friday.kind());
        assertEquals(friday.keyDay(), tuesday.keyDay(), "one slot: the rest day is not counted");
        assertEquals(2, tuesday.overdueDays());
        DeadlineRules.Due wednesday = on(SCHOOL_DAY.plusDays(2)).deadlineNotice(due);
        assertEquals(SCHOOL_DAY.plusDays(2), wednesday.keyDay(), "the next slot starts on the third working day after");
    }

    @Test
    void escalationAfterFiveWorkingDaysOverdueOrTwoUrgings() {
        LocalDate due = LocalDate.of(2026, 11, 23);
        assertFalse(on(LocalDate.of(2026, 11, 24)).shouldEscalate(due, 0), "one day overdue, not urged");
        assertTrue(on(LocalDate.of(2026, 11, 24)).shouldEscalate(due, 2), "urged twice");
        assertFalse(on(LocalDate.of(2026, 11, 25)).shouldEscalate(LocalDate.of(2026, 11, 25), 5), "not overdue yet");
        assertFalse(on(LocalDate.of(2026, 11, 27)).shouldEscalate(due, 0), "Friday 27 Nov: four working days overdue");
        assertTrue(on(SCHOOL_DAY.plusDays(1)).shouldEscalate(due, 0), "Tuesday 1 Dec: five (the rest day not counted)");
    }

    @Test
    void receiptsAndProgressReportsFallDueByWorkingDaysAndCycles() {
        DeadlineRules tuesday = on(SCHOOL_DAY.plusDays(1));
        assertEquals(LocalDate.of(2026, 11, 26), tuesday.acknowledgementAssignedBy(), "two working days back: 27, 1");
        assertEquals(SCHOOL_DAY.plusDays(1), tuesday.acknowledgementDue(LocalDate.of(2026, 11, 26)));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 24)),
                tuesday.progressReportDue(ReportingCycle.WEEKLY, LocalDate.of(2026, 11, 17)));
        assertEquals(Optional.empty(), tuesday.progressReportDue(ReportingCycle.MONTHLY, LocalDate.of(2026, 11, 17)));
        assertEquals(Optional.empty(), tuesday.progressReportDue(ReportingCycle.NONE, LocalDate.of(2020, 1, 1)));
        assertEquals(SCHOOL_DAY.plusDays(1), tuesday.actBy(SCHOOL_DAY), "a report due on the rest day: by Tuesday");
    }
}
