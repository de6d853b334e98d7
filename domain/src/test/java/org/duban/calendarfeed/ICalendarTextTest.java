package org.duban.calendarfeed;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ICalendarTextTest {

    private static final String LONG_TITLE = "关于落实王𠮷同志反映的实验楼消防通道、配电房; 以及\\学生宿舍热水供应等问题的整改，"
            + "请于期限前报送整改报告并附照片";

    private final String feed = ICalendarText.write("张督办的督办日历", Instant.parse("2026-12-02T03:00:00Z"), List.of(
            new CalendarEntry("item-7-due@duban", LocalDate.of(2026, 12, 15), "办结期限：督办〔2026〕7号 " + LONG_TITLE,
                    "牵头单位：教务处\n第二行", "http://127.0.0.1:8080/duban/items/item.xhtml?id=7"),
            new CalendarEntry("item-7-milestone-3@duban", LocalDate.of(2026, 12, 31), "节点：方案报送", null, null)));

    @Test
    void aRealParserReadsEveryDayTitleAndAddressBack() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        VEvent due = events.get(0);
        assertEquals("item-7-due@duban", value(due, Property.UID));
        assertEquals("20261215", value(due, Property.DTSTART));
        assertEquals("20261216", value(due, Property.DTEND));
        assertEquals("DATE", due.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue());
        assertEquals("办结期限：督办〔2026〕7号 " + LONG_TITLE, value(due, Property.SUMMARY));
        assertEquals("牵头单位：教务处\n第二行", value(due, Property.DESCRIPTION));
        assertEquals("http://127.0.0.1:8080/duban/items/item.xhtml?id=7", value(due, Property.URL));
        assertEquals("20261231", value(events.get(1), Property.DTSTART));
        assertEquals("张督办的督办日历", calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
    }

    @Test
    void everyLineEndsWithCrLfAndHoldsAtMost75OctetsWithoutSplittingACharacter() {
        assertTrue(feed.endsWith("END:VCALENDAR\r\n"));
        for (String line : feed.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(!line.contains("\n") && !line.contains("\r"), line);
            assertTrue(!Character.isLowSurrogate(line.charAt(0)) && line.indexOf('\uFFFD') < 0, line);
        }
        assertTrue(feed.contains("\r\n "), "the long title is folded");
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).orElseThrow().getValue();
    }
}
