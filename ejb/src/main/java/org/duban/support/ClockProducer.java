package org.duban.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;

/**
 * The one clock the application reads time from; tests and the demo data replace what it says, never the code. It
 * ticks in microseconds, the finest time PostgreSQL keeps: a time recorded (and hashed into the history's chain) reads
 * back from any database exactly as it was written.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemDefaultZone(), Duration.ofNanos(1_000));
    }
}
