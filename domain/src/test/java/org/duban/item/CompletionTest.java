package org.duban.item;

import org.duban.calendar.WorkingCalendar;
import org.duban.item.ExtensionRequest.Decision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The assessment's view of a completed item: which deadline it is judged against, on time or not, working days. */
class CompletionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final WorkingCalendar WEEKDAYS = WorkingCalendar.weekdaysOnly();
    private static final LocalDate DUE = LocalDate.of(2030, 3, 20); // a Wednesday

    private static ExtensionRequest extension(LocalDate decidedOn, LocalDate to, Decision decision) {
        ExtensionRequest request = new ExtensionRequest(null, "设备未到", to, DUE, "head",
                decidedOn.atStartOfDay(ZONE).toInstant());
        request.decide(decision, "director", decidedOn.atTime(10, 0).atZone(ZONE).toInstant(), "同意");
        return request;
    }

    private static Completion completion(LocalDate submitted, List<ExtensionRequest> extensions) {
        return new Completion(LocalDate.of(2030, 3, 1), submitted, submitted.plusDays(1), DUE, extensions, ZONE, WEEKDAYS);
    }

    @Test
    void onTimeAgainstTheOriginalDeadline() {
        assertTrue(completion(DUE, List.of()).isOnTime(), "on the day itself");
        assertFalse(completion(DUE.plusDays(1), List.of()).isOnTime());
        assertEquals(DUE, completion(DUE, List.of()).getAssessedDue());
    }

    @Test
    void anExtensionGrantedBeforeTheDeadlinePassedMovesIt() {
        Completion c = completion(LocalDate.of(2030, 4, 5), List.of(extension(DUE, LocalDate.of(2030, 4, 10), Decision.GRANTED)));
        assertEquals(LocalDate.of(2030, 4, 10), c.getAssessedDue());
        assertTrue(c.isOnTime());
    }

    @Test
    void anExtensionGrantedAfterTheDeadlinePassedDoesNot() {
        Completion c = completion(LocalDate.of(2030, 4, 5),
                List.of(extension(DUE.plusDays(1), LocalDate.of(2030, 4, 10), Decision.GRANTED)));
        assertEquals(DUE, c.getAssessedDue());
        assertFalse(c.isOnTime(), "late against the original deadline");
    }

    @Test
    void aRefusedExtensionChangesNothing() {
        Completion c = completion(LocalDate.of(2030, 3, 25), List.of(extension(DUE, LocalDate.of(2030, 4, 10), Decision.REFUSED)));
        assertEquals(DUE, c.getAssessedDue());
        assertFalse(c.isOnTime());
    }

    @Test
    void aDeadlineOnAWeekendCountsToTheNextWorkingDay() {
        LocalDate saturday = LocalDate.of(2030, 3, 23);
        Completion c = new Completion(LocalDate.of(2030, 3, 1), LocalDate.of(2030, 3, 25), LocalDate.of(2030, 3, 25),
                saturday, List.of(), ZONE, WEEKDAYS);
        assertTrue(c.isOnTime(), "Monday after a Saturday deadline");
        assertEquals(16, c.getWorkingDays(), "working days from Friday 1 March to Monday 25 March");
    }
}
