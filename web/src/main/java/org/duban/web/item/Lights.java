package org.duban.web.item;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.calendar.Calendars;
import org.duban.calendar.WorkingCalendar;
import org.duban.item.Light;
import org.duban.item.SupervisionItem;
import org.duban.settings.SettingsService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;

/** Each listed item's warning light (and so whether it is overdue), by the working-day calendar and the warning window, read once per request. */
@Named
@RequestScoped
public class Lights {

    @EJB
    private Calendars calendars;
    @EJB
    private SettingsService settings;
    @Inject
    private Clock clock;

    private WorkingCalendar calendar;
    private int warningDays;
    /** Each row asks up to three times (its date's style, the 逾期 mark, the light): counted once. */
    private final Map<SupervisionItem, Light> lights = new IdentityHashMap<>();

    public Light of(SupervisionItem item) {
        if (calendar == null) {
            calendar = calendars.current();
            warningDays = settings.current().getWarningDays();
        }
        return lights.computeIfAbsent(item, shown -> Light.of(shown, LocalDate.now(clock), calendar, warningDays));
    }

    /** Overdue in the one meaning of {@link org.duban.item.Rulebook#isOverdue}: the light is red. */
    public boolean overdue(SupervisionItem item) {
        return of(item) == Light.RED;
    }
}
