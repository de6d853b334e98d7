package org.duban.calendar;

import org.duban.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The year's holidays as the office keeps them in Excel (../shared/cases 05 and 05b), read by the one tabular reader. */
class HolidayFileTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HolidayFileTest.class.getResourceAsStream("/cases/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void excelsHolidayListReadsWithItsChineseHeaderAndWithout() throws IOException {
        List<CalendarDay> withHeader = Calendars.parse(resource("05-holidays-2026-excel.csv"));
        List<CalendarDay> without = Calendars.parse(resource("05b-holidays-2026-excel-noheader.csv"));
        assertEquals(39, withHeader.size());
        assertEquals(withHeader.stream().map(CalendarDay::getDay).toList(), without.stream().map(CalendarDay::getDay).toList());
        assertEquals(LocalDate.of(2026, 1, 1), withHeader.get(0).getDay());
        assertEquals(DayKind.HOLIDAY, withHeader.get(0).getKind());
        assertTrue(withHeader.stream().anyMatch(day -> day.getKind() == DayKind.WORKDAY), "调休上班 days are work days");
    }

    @Test
    void theSameListSavedInGbkOrWithDaysWrittenOtherwiseReadsTheSame() throws IOException {
        String text = new String(resource("05-holidays-2026-excel.csv"), StandardCharsets.UTF_8);
        List<LocalDate> days = Calendars.parse(text.getBytes(StandardCharsets.UTF_8)).stream().map(CalendarDay::getDay).toList();
        String chinese = text.replaceAll("(\\d{4})/(\\d{1,2})/(\\d{1,2})", "$1年$2月$3日");
        String dotted = text.replace('/', '.');
        for (byte[] variant : List.of(text.replace("\uFEFF", "").getBytes(Charset.forName("GBK")),
                chinese.getBytes(StandardCharsets.UTF_8), dotted.getBytes(StandardCharsets.UTF_8))) {
            assertEquals(days, Calendars.parse(variant).stream().map(CalendarDay::getDay).toList());
        }
    }

    @Test
    void aDayThatIsNoDayIsShownWithItsLineAndHiddenCharacters() {
        DomainException refused = assertThrows(DomainException.class, () -> Calendars.parse(
                "日期,类型,名称\n2026/1/1,休,元旦\n2026/1/x\u00A0\u200B1,休,错\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("error.calendar.import.date", refused.getMessageKey());
        assertEquals(List.of(3, "2026/1/x[U+00A0 NO-BREAK SPACE][U+200B ZERO WIDTH SPACE]1"), refused.getArguments());
    }
}
