package org.duban.item;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.duban.calendar.Calendars;
import org.duban.calendar.WorkingCalendar;
import org.duban.deadline.DeadlineRules;
import org.duban.settings.Settings;
import org.duban.settings.SettingsService;

import java.time.Clock;
import java.time.LocalDate;

/** Today's {@link Rulebook}: the day from the injected clock, the working-day calendar and the settings as they are now. */
@Stateless
@PermitAll
public class Rulebooks {

    @EJB
    private Calendars calendars;

    @EJB
    private SettingsService settings;

    @Inject
    private Clock clock;

    public Rulebook today() {
        return day().rulebook();
    }

    /** Today's rulebook and deadline rules, from one read of the calendar and the settings. */
    public Day day() {
        WorkingCalendar calendar = calendars.current();
        Settings current = settings.current();
        LocalDate today = LocalDate.now(clock);
        return new Day(new Rulebook(today, clock.getZone(), calendar, current), new DeadlineRules(calendar, current, today));
    }

    /** One day's rules: what people may do ({@link Rulebook}) and what is due ({@link DeadlineRules}). */
    public record Day(Rulebook rulebook, DeadlineRules rules) {
    }
}
