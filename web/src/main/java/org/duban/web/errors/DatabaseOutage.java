package org.duban.web.errors;

import jakarta.persistence.PersistenceException;

import org.duban.support.DataSourceName;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether a failure is the database being out of reach (stopped, restarting, the network to it down) rather than a
 * fault of ours: the failure came through the database (a {@link SQLException} or a {@link PersistenceException}
 * among its causes) and a connection asked of the pool now is refused or does not answer within
 * {@value #PROBE_SECONDS} s. The person then gets {@link UnavailablePage}, not an error id; the pool validates each
 * connection it hands out (README, Deploying), so the first request after the database is back works again, without
 * a restart. Asked only after a failure: while the database is up the pages pay nothing for it.
 * <p>
 * Once an outage is seen, {@link #ongoing} answers the next requests at once from a probe of the pool (a refused
 * connection fails in milliseconds) instead of letting each wait for EclipseLink, which retries a failed read twice,
 * five seconds apart, before giving up; the first probe that gets an answer ends the outage for everyone.
 */
public final class DatabaseOutage {

    static final int PROBE_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger("org.duban.errors");

    private static final AtomicBoolean SEEN = new AtomicBoolean();
    static final long ANSWER_KEPT_MS = 2_000;
    private static Boolean lastAnswer;
    private static long askedAt;

    private DatabaseOutage() {
    }

    /**
     * True if {@code failure} came through the database and the database does not answer now; the outage's start is
     * logged once, with this failure.
     */
    public static boolean explains(Throwable failure) {
        if (!cameThroughTheDatabase(failure) || answers()) {
            return false;
        }
        if (SEEN.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "The database cannot be reached; every request gets the unavailable page", failure);
        }
        return true;
    }

    /** True while an outage seen before goes on (the database still does not answer); false at once otherwise. */
    public static boolean ongoing() {
        if (!SEEN.get()) {
            return false;
        }
        if (answers()) {
            if (SEEN.compareAndSet(true, false)) {
                LOG.warning("The database answers again");
            }
            return false;
        }
        return true;
    }

    private static boolean cameThroughTheDatabase(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof PersistenceException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Asks the pool for a connection and the database for an answer; one request at a time asks, and the answer
     * serves every request for {@value #ANSWER_KEPT_MS} ms, so that an outage does not tie up a thread per request
     * in connection attempts.
     */
    private static synchronized boolean answers() {
        long now = System.nanoTime();
        if (lastAnswer != null && now - askedAt < ANSWER_KEPT_MS * 1_000_000) {
            return lastAnswer;
        }
        boolean answered;
        try (Connection connection = DataSourceName.lookup().getConnection()) {
            answered = connection.isValid(PROBE_SECONDS);
        } catch (SQLException | RuntimeException unreachable) {
            answered = false;
        }
        askedAt = System.nanoTime();
        lastAnswer = answered;
        return answered;
    }
}
