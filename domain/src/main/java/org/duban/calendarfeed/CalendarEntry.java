package org.duban.calendarfeed;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day in a person's calendar feed: an all-day event.
 *
 * @param uid         stable across fetches, so that a calendar updates the event instead of adding another
 *                    ({@code item-12-due@duban})
 * @param day         the day, in the college's time zone (Asia/Shanghai)
 * @param summary     what the calendar shows (the kind, the item's number and title)
 * @param description more text, or {@code null}
 * @param url         the item's page, an absolute address, or {@code null}
 */
public record CalendarEntry(String uid, LocalDate day, String summary, String description, String url) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(summary, "summary");
    }
}
