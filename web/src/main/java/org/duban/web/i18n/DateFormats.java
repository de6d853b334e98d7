package org.duban.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as YYYY-MM-DD and times as YYYY-MM-DD HH:mm in the server's zone, whatever the language. */
@Named("dates")
@ApplicationScoped
public class DateFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter UTC_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    private Clock clock;

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(clock.getZone()));
    }

    /** When a history event happened: the day alone for an action dated by day, else the minute. */
    public String occurred(org.duban.history.ItemEvent event) {
        return event.getAction().isDatedByDay()
                ? DAY.format(event.getOccurredAt().atZone(clock.getZone())) : minute(event.getOccurredAt());
    }

    /** The audit trail's time: to the second, in UTC, so entries from servers in any zone compare. */
    public String utc(Instant instant) {
        return instant == null ? "" : UTC_SECOND.format(instant.atZone(java.time.ZoneOffset.UTC)) + " UTC";
    }
}
