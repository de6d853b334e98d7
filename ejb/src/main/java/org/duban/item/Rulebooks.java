package org.duban.item;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.duban.calendar.Calendars;
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
        return new Rulebook(LocalDate.now(clock), clock.getZone(), calendars.current(), settings.current());
    }
}
