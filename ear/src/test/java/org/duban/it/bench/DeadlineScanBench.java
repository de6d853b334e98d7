package org.duban.it.bench;

import org.duban.it.support.*;

import jakarta.ejb.EJB;
import org.duban.calendar.Calendars;
import org.duban.calendar.WorkingCalendar;
import org.duban.deadline.DeadlineScan;
import org.duban.settings.SettingsService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark (profile {@code bench}, never a timed test): the deadline scan over 10^5 open items, beside the raw SQL
 * that finds the same due items, in the same run. Results go to target/bench/deadline-scan.md.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineScanBench {

    private static final int ITEMS = 100_000;
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 11;

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(SettableClock.class, BenchDatabase.class, Reports.class);
    }

    @EJB
    private Fixtures fixtures;
    @EJB
    private DeadlineScan scan;
    @EJB
    private Calendars calendars;
    @EJB
    private SettingsService settings;

    @Test
    void scanOverAHundredThousandOpenItems() throws Exception {
        World world = new World(fixtures);
        WorkingCalendar calendar = calendars.current();
        // the watch sends nothing on a rest day: measure it on the next working day, whatever day the bench runs
        LocalDate today = calendar.plusWorkingDays(LocalDate.now(ZoneId.of("Asia/Shanghai")), 0);
        SettableClock.set(today.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")));
        LocalDate overdue = calendar.lastOverdueDeadline(today);
        LocalDate yellowUntil = calendar.plusWorkingDays(today, settings.current().getWarningDays());
        BenchDatabase database = BenchDatabase.lookup();
        DataSource dataSource = database.dataSource();
        insertItems(dataSource, world, today, overdue);

        long t0 = System.nanoTime();
        DeadlineScan.Result first = scan.scan();
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        // warm both up alike (the JIT compiles what runs often), then measure them in turns
        for (int i = 0; i < WARM_UP; i++) {
            scan.scan();
            rawDueItems(dataSource, yellowUntil);
        }
        long[] steady = new long[ROUNDS];
        long[] raw = new long[ROUNDS];
        int due = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            scan.scan();
            steady[i] = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            due = rawDueItems(dataSource, yellowUntil);
            raw[i] = Math.max(1, (System.nanoTime() - t) / 1_000_000);
        }
        Arrays.sort(steady);
        Arrays.sort(raw);
        long steadyMedian = steady[ROUNDS / 2];
        long rawMedian = raw[ROUNDS / 2];
        String report = "# Deadline scan benchmark\n\n"
                + "Run " + Instant.now() + " on Payara Micro 6 with " + database.name() + ", " + ITEMS + " open items"
                + " (" + due + " due or overdue). After " + WARM_UP + " warm-up rounds, " + ROUNDS
                + " rounds of scan and raw SQL in turns.\n\n"
                + "| measure | median ms | best ms |\n|---|---|---|\n"
                + "| first scan (creates " + first.created() + " notices) | " + firstMs + " | |\n"
                + "| scan, nothing new | " + steadyMedian + " | " + steady[0] + " |\n"
                + "| raw SQL finding the same due items | " + rawMedian + " | " + raw[0] + " |\n"
                + "| ratio scan / raw SQL | " + String.format("%.1f", (double) steadyMedian / rawMedian) + " | "
                + String.format("%.1f", (double) steady[0] / raw[0]) + " |\n\n"
                + "Target: the scan within 3x the raw query and under 2000 ms.\n\n"
                + "Raw SQL: SELECT ID, DUE, LEAD_UNIT_ID, HANDLER_ID FROM SUPERVISION_ITEM"
                + " WHERE STATE IN ('ASSIGNED','IN_PROGRESS') AND DUE <= ?\n";
        Reports.write("deadline-scan.md", report);
        System.out.println(report);
        assertTrue(due >= ITEMS / 5, "the data holds the due items the report speaks of");
    }

    private static int rawDueItems(DataSource dataSource, LocalDate yellowUntil) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT ID, DUE, LEAD_UNIT_ID, HANDLER_ID FROM SUPERVISION_ITEM"
                     + " WHERE STATE IN ('ASSIGNED','IN_PROGRESS') AND DUE <= ?")) {
            query.setDate(1, Date.valueOf(yellowUntil));
            int count = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rows.getLong(1);
                    rows.getDate(2);
                    count++;
                }
            }
            return count;
        }
    }

    /** A tenth overdue, a tenth due today, the rest due in two months; all in progress in the test's own unit. */
    private static void insertItems(DataSource dataSource, World world, LocalDate today, LocalDate overdue) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO SUPERVISION_ITEM (VERSION, STATE,"
                     + " CATEGORY, TITLE, LEAD_UNIT_ID, PRIORITY, DUE, ORIGINAL_DUE, REPORTING_CYCLE, NOTICE_ISSUED_AT,"
                     + " READ_BY_LEADER, CREATED_BY, CREATED_AT, LAST_ACTION_AT)"
                     + " VALUES (0, 'IN_PROGRESS', 'PLAN', ?, ?, 'NORMAL', ?, ?, 'NONE', ?, FALSE, 'bench', ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < ITEMS; i++) {
                LocalDate due = i % 10 == 0 ? overdue : i % 10 == 1 ? today : today.plusDays(60);
                insert.setString(1, "基准事项 " + i);
                insert.setLong(2, world.leadUnit.getId());
                insert.setDate(3, Date.valueOf(due));
                insert.setDate(4, Date.valueOf(due));
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }
}
