package org.duban.it.bench;

import org.duban.it.support.*;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.duban.assessment.Dashboard;
import org.duban.assessment.Figures;
import org.duban.assessment.Grouping;
import org.duban.assessment.Period;
import org.duban.assessment.Statistics;
import org.duban.item.Category;
import org.duban.organization.Account;
import org.duban.organization.Role;
import org.duban.organization.Unit;
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
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark (profile {@code bench}, never a timed test): the leaders' dashboard and a year's statistics over 10^5
 * items in 60 units, beside the raw SQL aggregates they stand on, in the same run. Results go to
 * target/bench/dashboard.md.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBench {

    private static final int ITEMS = 100_000;
    private static final long FIRST_ID = 200_000_000L;
    private static final int UNITS = 60;
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 21;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(BenchDatabase.class, Reports.class);
    }

    @Inject
    private SignIn signIn;
    @EJB
    private Fixtures fixtures;
    @EJB
    private Dashboard dashboard;
    @EJB
    private Statistics statistics;

    @Test
    void dashboardAndYearlyStatisticsOverAHundredThousandItems() throws Exception {
        World world = new World(fixtures);
        Account leader = fixtures.account("benchleader" + world.id, world.office, Role.LEADER);
        List<Unit> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            units.add(fixtures.unit("看板单位" + u));
        }
        BenchDatabase database = BenchDatabase.lookup();
        DataSource dataSource = database.dataSource();
        LocalDate today = LocalDate.now(BEIJING);
        insert(database, units, leader, today);
        signIn.as(leader.getUsername(), Fixtures.PASSWORD);
        Period year = Period.year(today.getYear());

        long[] board = new long[ROUNDS];
        long[] rawBoard = new long[ROUNDS];
        long[] stats = new long[ROUNDS];
        long[] rawStats = new long[ROUNDS];
        int open = 0;
        int counted = 0;
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            long t = System.nanoTime();
            Dashboard.View view = dashboard.view();
            long b = System.nanoTime() - t;
            t = System.nanoTime();
            int rawOpen = rawDashboard(dataSource, today);
            long rb = System.nanoTime() - t;
            t = System.nanoTime();
            List<Figures> figures = statistics.figures(year, Grouping.UNIT);
            long s = System.nanoTime() - t;
            t = System.nanoTime();
            rawStatistics(dataSource, year);
            long rs = System.nanoTime() - t;
            if (i >= WARM_UP) {
                board[i - WARM_UP] = b;
                rawBoard[i - WARM_UP] = rb;
                stats[i - WARM_UP] = s;
                rawStats[i - WARM_UP] = rs;
                open = rawOpen;
                counted = figures.size();
                assertTrue(view.byUnit().stream().mapToLong(l -> l.total()).sum() == rawOpen,
                        "the dashboard counts the open items the raw SQL counts");
            }
        }
        for (long[] a : List.of(board, rawBoard, stats, rawStats)) {
            Arrays.sort(a);
        }
        String report = "# Dashboard and statistics benchmark\n\n"
                + "Run " + Instant.now() + " on Payara Micro 6 with " + database.name() + ": " + ITEMS + " items in " + UNITS
                + " units (" + open + " open; 60 % completed over the last twelve months; one urging in two),"
                + " " + WARM_UP + " warm-up rounds, then " + ROUNDS + " rounds in turns.\n\n"
                + "| measure | median ms | p95 ms |\n|---|---|---|\n"
                + "| dashboard data (lights by unit and category, 12-month trend, escalated items) | " + ms(board, 50) + " | " + ms(board, 95) + " |\n"
                + "| raw SQL aggregates of the same | " + ms(rawBoard, 50) + " | " + ms(rawBoard, 95) + " |\n"
                + "| ratio | " + ratio(board, rawBoard) + " | |\n"
                + "| a year's statistics per unit (" + counted + " units) | " + ms(stats, 50) + " | " + ms(stats, 95) + " |\n"
                + "| raw SQL aggregates of the same | " + ms(rawStats, 50) + " | " + ms(rawStats, 95) + " |\n"
                + "| ratio | " + ratio(stats, rawStats) + " | |\n\n"
                + "Target: dashboard data under 300 ms.\n\nRaw SQL: " + String.join("; ", RAW_BOARD) + "\n\nand "
                + String.join("; ", RAW_STATS) + "\n";
        Reports.write("dashboard.md", report);
        System.out.println(report);
    }

    private static String ms(long[] sorted, int percentile) {
        return String.format("%.1f", sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6);
    }

    private static String ratio(long[] app, long[] raw) {
        return String.format("%.1f", (double) app[app.length / 2] / Math.max(1, raw[raw.length / 2]));
    }

    private static final String[] RAW_BOARD = {
            "SELECT LEAD_UNIT_ID, COUNT(*), SUM(CASE WHEN DUE <= ? THEN 1 ELSE 0 END), SUM(CASE WHEN DUE > ? AND DUE <= ?"
                    + " THEN 1 ELSE 0 END) FROM SUPERVISION_ITEM WHERE STATE IN ('ASSIGNED','IN_PROGRESS') GROUP BY LEAD_UNIT_ID",
            "SELECT CATEGORY, COUNT(*), SUM(CASE WHEN DUE <= ? THEN 1 ELSE 0 END), SUM(CASE WHEN DUE > ? AND DUE <= ?"
                    + " THEN 1 ELSE 0 END) FROM SUPERVISION_ITEM WHERE STATE IN ('ASSIGNED','IN_PROGRESS') GROUP BY CATEGORY",
            "SELECT ACCEPTED_ON, COUNT(*), SUM(ON_TIME) FROM SUPERVISION_ITEM WHERE ACCEPTED_ON >= ? GROUP BY ACCEPTED_ON",
            "SELECT ID, TITLE, DUE FROM SUPERVISION_ITEM WHERE ESCALATED_AT >= CAST('1970-01-01 00:00:00' AS TIMESTAMP) AND STATE IN ('ASSIGNED','IN_PROGRESS')"
                    + " ORDER BY DUE, ID FETCH FIRST 20 ROWS ONLY"};

    private static final String[] RAW_STATS = {
            "SELECT LEAD_UNIT_ID, COUNT(*) FROM SUPERVISION_ITEM WHERE NOTICE_ISSUED_AT >= ? AND NOTICE_ISSUED_AT < ? GROUP BY LEAD_UNIT_ID",
            "SELECT c.UNIT_ID, COUNT(*) FROM SUPERVISION_ITEM i JOIN ITEM_CO_UNIT c ON c.ITEM_ID = i.ID WHERE"
                    + " i.NOTICE_ISSUED_AT >= ? AND i.NOTICE_ISSUED_AT < ? GROUP BY c.UNIT_ID",
            "SELECT LEAD_UNIT_ID, COUNT(*), SUM(ON_TIME), SUM(WORKING_DAYS) FROM SUPERVISION_ITEM WHERE ACCEPTED_ON >= ?"
                    + " AND ACCEPTED_ON <= ? GROUP BY LEAD_UNIT_ID",
            "SELECT LEAD_UNIT_ID, COUNT(*) FROM SUPERVISION_ITEM WHERE STATE IN ('ASSIGNED','IN_PROGRESS') AND DUE <= ?"
                    + " GROUP BY LEAD_UNIT_ID",
            "SELECT i.LEAD_UNIT_ID, e.ACTION, e.DETAIL, COUNT(*) FROM ITEM_EVENT e JOIN SUPERVISION_ITEM i ON i.ID = e.ITEM_ID"
                    + " WHERE e.ACTION IN ('RETURN_FOR_REWORK','REQUEST_EXTENSION','DECIDE_EXTENSION','URGE','ESCALATE',"
                    + "'ISSUE_NOTICE') AND e.OCCURRED_AT >= ? AND e.OCCURRED_AT < ? GROUP BY i.LEAD_UNIT_ID, e.ACTION, e.DETAIL"};

    private static int rawDashboard(DataSource dataSource, LocalDate today) throws Exception {
        int open = 0;
        try (Connection c = dataSource.getConnection()) {
            for (int q = 0; q < 2; q++) {
                try (PreparedStatement s = c.prepareStatement(RAW_BOARD[q])) {
                    s.setDate(1, Date.valueOf(today.minusDays(1)));
                    s.setDate(2, Date.valueOf(today.minusDays(1)));
                    s.setDate(3, Date.valueOf(today.plusDays(3)));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            open += q == 0 ? r.getInt(2) : 0;
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(RAW_BOARD[2])) {
                s.setDate(1, Date.valueOf(today.withDayOfMonth(1).minusMonths(11)));
                drain(s);
            }
            try (PreparedStatement s = c.prepareStatement(RAW_BOARD[3])) {
                drain(s);
            }
        }
        return open;
    }

    private static void rawStatistics(DataSource dataSource, Period year) throws Exception {
        Timestamp from = Timestamp.from(year.from().atStartOfDay(BEIJING).toInstant());
        Timestamp to = Timestamp.from(year.to().plusDays(1).atStartOfDay(BEIJING).toInstant());
        try (Connection c = dataSource.getConnection()) {
            for (String sql : RAW_STATS) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    if (sql.contains("ACCEPTED_ON >= ?")) {
                        s.setDate(1, Date.valueOf(year.from()));
                        s.setDate(2, Date.valueOf(year.to()));
                    } else if (sql.contains("DUE <= ?")) {
                        s.setDate(1, Date.valueOf(LocalDate.now(BEIJING).minusDays(1)));
                    } else {
                        s.setTimestamp(1, from);
                        s.setTimestamp(2, to);
                    }
                    drain(s);
                }
            }
        }
    }

    private static void drain(PreparedStatement statement) throws Exception {
        try (ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                r.getObject(1);
            }
        }
    }

    /**
     * 30 % open (a tenth of them overdue, some escalated), 60 % completed over the last twelve months (four in five
     * on time), the rest drafts; one urging for every other item.
     */
    private static void insert(BenchDatabase database, List<Unit> units, Account leader, LocalDate today) throws Exception {
        Category[] categories = Category.values();
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement item = c.prepareStatement("INSERT INTO SUPERVISION_ITEM (VERSION, STATE, CATEGORY,"
                    + " TITLE, LEAD_UNIT_ID, LEADER_ID, PRIORITY, DUE, ORIGINAL_DUE, REPORTING_CYCLE, NOTICE_ISSUED_AT,"
                    + " READ_BY_LEADER, ESCALATED_AT, CREATED_BY, CREATED_AT, LAST_ACTION_AT, COMPLETED_ON, ACCEPTED_ON,"
                    + " ASSESSED_DUE, ON_TIME, WORKING_DAYS, ID, OPEN_ITEM, UNITS_TURN) VALUES (0, ?, ?, ?, ?, ?, 'NORMAL',"
                    + " ?, ?, 'NONE', ?, FALSE, ?, 'bench-board', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < ITEMS; i++) {
                    int kind = i % 10;
                    boolean open = kind < 3;
                    boolean completed = kind >= 3 && kind < 9;
                    LocalDate assigned = today.minusDays(i % 365);
                    LocalDate due = open ? (i % 30 == 0 ? today.minusDays(5) : today.plusDays(10 + i % 50)) : assigned.plusDays(20);
                    Timestamp issued = Timestamp.from(assigned.atStartOfDay(BEIJING).toInstant());
                    item.setString(1, open ? "IN_PROGRESS" : completed ? "COMPLETED" : "DRAFT");
                    item.setString(2, categories[i % categories.length].name());
                    item.setString(3, "看板事项 " + i);
                    item.setLong(4, units.get(i % UNITS).getId());
                    item.setLong(5, leader.getId());
                    item.setDate(6, Date.valueOf(due));
                    item.setDate(7, Date.valueOf(due));
                    item.setTimestamp(8, kind == 9 ? null : issued);
                    item.setTimestamp(9, open && i % 90 == 0 ? issued : null);
                    item.setTimestamp(10, issued);
                    item.setTimestamp(11, issued);
                    LocalDate done = assigned.plusDays(i % 5 == 0 ? 25 : 15);
                    item.setDate(12, completed ? Date.valueOf(done) : null);
                    item.setDate(13, completed ? Date.valueOf(done.plusDays(1)) : null);
                    item.setDate(14, completed ? Date.valueOf(due) : null);
                    item.setObject(15, completed ? (i % 5 == 0 ? 0 : 1) : null, java.sql.Types.SMALLINT);
                    item.setObject(16, completed ? 11 : null, java.sql.Types.INTEGER);
                    // explicit keys, as College's: on a new database Derby could not hand out identity values to
                    // this batch (40XL1, the locks to release its preallocated values)
                    item.setLong(17, FIRST_ID + i);
                    database.setFlag(item, 18, true); // completed items stay open until archived (ItemState.CLOSED)
                    database.setFlag(item, 19, open);
                    item.addBatch();
                    if (i % 1000 == 999) {
                        item.executeBatch();
                        c.commit();
                    }
                }
                item.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO ITEM_EVENT (ID, ITEM_ID, SEQ, ACTION, ACTOR, ACTOR_ROLE, OCCURRED_AT,"
                        + " RECORDED_AT, DETAIL, HASH) SELECT ID, ID, 1, 'URGE', 'office', 'OFFICE_STAFF', CREATED_AT, CREATED_AT, 'PHONE',"
                        + " 'bench' FROM SUPERVISION_ITEM WHERE CREATED_BY = 'bench-board' AND MOD(ID, 2) = 0");
            }
            c.commit();
        }
    }
}
