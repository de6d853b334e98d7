package org.duban.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Test only, for servers started in their own process: the system clock, moved on to Monday when the test runs on a
 * weekend, so that the deadline watch (which sends nothing on a rest day) has work whatever day the build runs.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class WeekdayClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        Clock system = Clock.systemDefaultZone();
        DayOfWeek day = LocalDate.now(system).getDayOfWeek();
        int days = day == DayOfWeek.SATURDAY ? 2 : day == DayOfWeek.SUNDAY ? 1 : 0;
        return Clock.offset(system, Duration.ofDays(days));
    }
}
