package org.duban.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Test only: the application's clock, set by the test. Until a test sets it, it is the system clock; it replaces the
 * application's {@code ClockProducer} in the deployments that include it.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class SettableClock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static volatile Instant now;

    public static void set(ZonedDateTime time) {
        now = time.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the application's clock
    }

    public static void reset() {
        now = null;
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                Instant fixed = now;
                return fixed != null ? fixed : Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the application's
            }
        };
    }
}
