package org.duban.calendarfeed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A calendar feed as iCalendar text (RFC 5545): one VCALENDAR of all-day VEVENTs, lines ended by CRLF and folded at
 * 75 octets without splitting a character (§3.1), text values escaped (§3.3.11), a day as {@code VALUE=DATE} with the
 * next day as its end (§3.6.1). Written here rather than with a library: the feed uses a dozen properties, and the
 * iCalendar library (ical4j) would bring four more libraries into the server. The tests read it with ical4j.
 */
public final class ICalendarText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    private ICalendarText() {
    }

    /**
     * The feed.
     *
     * @param name    the calendar's name as calendars show it (X-WR-CALNAME)
     * @param stamp   when the feed was made (every event's DTSTAMP)
     * @param entries the days, in any order
     * @return the text, to be sent as {@code text/calendar; charset=UTF-8}
     */
    public static String write(String name, Instant stamp, List<CalendarEntry> entries) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Duban//Duban//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:Asia/Shanghai");
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(out, "X-PUBLISHED-TTL:PT1H");
        for (CalendarEntry entry : entries) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(entry.uid()));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(entry.day()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(entry.day().plusDays(1)));
            line(out, "SUMMARY:" + text(entry.summary()));
            if (entry.description() != null) {
                line(out, "DESCRIPTION:" + text(entry.description()));
            }
            if (entry.url() != null) {
                line(out, "URL:" + entry.url());
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters left out. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (!Character.isISOControl(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** One content line, folded: at most 75 octets a line, continued on lines that begin with a space. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int c = content.codePointAt(i);
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; // its UTF-8 octets
            if (octets + size > LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(c);
            octets += size;
            i += Character.charCount(c);
        }
        out.append("\r\n");
    }
}
