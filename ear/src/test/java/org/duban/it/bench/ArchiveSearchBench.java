package org.duban.it.bench;

import org.duban.it.support.*;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.duban.archive.ArchiveSearch;
import org.duban.archive.Dossier;
import org.duban.archive.DossierFilter;
import org.duban.archive.DossierSort;
import org.duban.archive.Retention;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark (profile {@code bench}, never a timed test): the archivist's combined-condition search over 10^5
 * dossiers — one result page and its count, as the search screen asks — beside the raw SQL of the same page and
 * count, in the same run. Results go to target/bench/archive-search.md.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveSearchBench {

    private static final int DOSSIERS = 100_000;
    private static final long FIRST_ID = 300_000_000L;
    private static final int UNITS = 20;
    private static final int WARM_UP = 50;
    private static final int ROUNDS = 200;

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(BenchDatabase.class, Reports.class);
    }

    @Inject
    private SignIn signIn;
    @EJB
    private Fixtures fixtures;
    @EJB
    private ArchiveSearch search;

    @Test
    void combinedConditionSearchOverAHundredThousandDossiers() throws Exception {
        World world = new World(fixtures);
        Account archivist = fixtures.account("bench" + world.id, world.office, Role.ARCHIVIST);
        List<Unit> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            units.add(fixtures.unit("基准单位" + u));
        }
        BenchDatabase database = BenchDatabase.lookup();
        DataSource dataSource = database.dataSource();
        insertDossiers(database, units);
        signIn.as(archivist.getUsername(), Fixtures.PASSWORD);

        // four kinds of condition in turn: everything at once, a year and a keyword, a unit and a retention,
        // a quarter and a category
        List<DossierFilter> filters = new ArrayList<>();
        Category[] categories = Category.values();
        for (int i = 0; i < 20; i++) {
            Unit unit = units.get(i % UNITS);
            int year = 2020 + i % 6;
            Category category = categories[i % categories.length];
            Retention retention = Retention.values()[i % 3];
            filters.add(switch (i % 4) {
                case 0 -> new DossierFilter(null, null, "整改" + (i % 7), year, unit.getId(), category, retention,
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                case 1 -> new DossierFilter(null, null, "整改" + (i % 7), year, null, null, null, null, null);
                case 2 -> new DossierFilter(null, null, null, null, unit.getId(), null, retention, null, null);
                default -> new DossierFilter(null, null, null, null, null, category, null,
                        LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30));
            });
        }
        long[] app = new long[ROUNDS];
        long[] raw = new long[ROUNDS];
        int found = 0;
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            DossierFilter filter = filters.get(i % filters.size());
            long t = System.nanoTime();
            List<Dossier> page = search.find(filter, DossierSort.NUMBER, true, 0, 20);
            long count = search.count(filter);
            long appNanos = System.nanoTime() - t;
            t = System.nanoTime();
            long rawCount = raw(dataSource, filter);
            long rawNanos = System.nanoTime() - t;
            if (i >= WARM_UP) {
                app[i - WARM_UP] = appNanos;
                raw[i - WARM_UP] = rawNanos;
                found += page.size();
                assertTrue(count == rawCount, "the app and the raw SQL find the same dossiers");
            }
        }
        Arrays.sort(app);
        Arrays.sort(raw);
        String report = "# Archive search benchmark\n\n"
                + "Run " + Instant.now() + " on Payara Micro 6 with " + database.name() + ", " + DOSSIERS + " dossiers in "
                + UNITS + " units over 6 years. Each search: year, unit, category, retention, date range and a keyword"
                + " (LIKE '%…%' on title and keywords) combined, in four kinds (all of them; year + keyword; unit +"
                + " retention; a quarter + category); one page of 20 sorted by archival number, and the count."
                + " " + WARM_UP + " warm-up searches, then " + ROUNDS + " measured (20 different conditions in turn);"
                + " " + found + " rows returned in all.\n\n"
                + "| measure | median ms | p95 ms |\n|---|---|---|\n"
                + "| search screen's query (page + count, through JPA) | " + ms(app, 50) + " | " + ms(app, 95) + " |\n"
                + "| raw SQL of the same page and count (JDBC) | " + ms(raw, 50) + " | " + ms(raw, 95) + " |\n"
                + "| ratio app / raw SQL | " + String.format("%.1f", (double) app[ROUNDS / 2] / raw[ROUNDS / 2]) + " | "
                + String.format("%.1f", (double) app[ROUNDS * 95 / 100] / raw[ROUNDS * 95 / 100]) + " |\n\n"
                + "Target: under 200 ms at the 95th percentile.\n\n"
                + "Raw SQL: " + RAW_PAGE + "\n\nand " + RAW_COUNT + ", with the conditions the search sets.\n";
        Reports.write("archive-search.md", report);
        System.out.println(report);
    }

    private static String ms(long[] sortedNanos, int percentile) {
        return String.format("%.1f", sortedNanos[Math.min(sortedNanos.length - 1, sortedNanos.length * percentile / 100)] / 1e6);
    }

    private static final String COLUMNS = "SELECT ID, ARCHIVAL_NUMBER, TITLE, DOCUMENT_NUMBER, ORGANIZATION,"
            + " DOCUMENT_DATE, RETENTION FROM DOSSIER";
    private static final String RAW_PAGE = COLUMNS + " WHERE <conditions> ORDER BY ARCHIVAL_NUMBER, ID"
            + " FETCH FIRST 20 ROWS ONLY";
    private static final String RAW_COUNT = "SELECT COUNT(*) FROM DOSSIER WHERE <conditions>";

    /** The same conditions as the search, written by hand: only those the filter sets. */
    private static long raw(DataSource dataSource, DossierFilter f) throws Exception {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (f.year() != null) {
            conditions.add("FILING_YEAR = ?");
            values.add(f.year());
        }
        if (f.unitId() != null) {
            conditions.add("UNIT_ID = ?");
            values.add(f.unitId());
        }
        if (f.category() != null) {
            conditions.add("CATEGORY = ?");
            values.add(f.category().name());
        }
        if (f.retention() != null) {
            conditions.add("RETENTION = ?");
            values.add(f.retention().name());
        }
        if (f.from() != null) {
            conditions.add("DOCUMENT_DATE >= ?");
            values.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            conditions.add("DOCUMENT_DATE <= ?");
            values.add(Date.valueOf(f.to()));
        }
        if (f.keyword() != null) {
            conditions.add("SEARCH_TEXT LIKE ?");
            values.add("%" + f.keyword() + "%");
        }
        String where = String.join(" AND ", conditions);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement page = bind(connection.prepareStatement(RAW_PAGE.replace("<conditions>", where)), values);
                 ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    rows.getString(2);
                }
            }
            try (PreparedStatement count = bind(connection.prepareStatement(RAW_COUNT.replace("<conditions>", where)), values);
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, List<Object> values) throws Exception {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }

    private static String title(int i) {
        return "关于第" + i + "项整改" + (i % 7) + "工作的督办事项";
    }

    /** 10^5 archived items and their dossiers, spread over units, years, categories and retentions. */
    private static void insertDossiers(BenchDatabase database, List<Unit> units) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        Category[] categories = Category.values();
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement item = connection.prepareStatement(database.sql("INSERT INTO SUPERVISION_ITEM (VERSION, STATE,"
                    + " CATEGORY, TITLE, PRIORITY, REPORTING_CYCLE, READ_BY_LEADER, CREATED_BY, CREATED_AT, LAST_ACTION_AT,"
                    + " ID, OPEN_ITEM, UNITS_TURN)"
                    + " VALUES (0, 'ARCHIVED', 'PLAN', ?, 'NORMAL', 'NONE', TRUE, 'bench-archive', ?, ?, ?, {no}, {no})"))) {
                for (int i = 0; i < DOSSIERS; i++) {
                    item.setString(1, title(i));
                    item.setTimestamp(2, now);
                    item.setTimestamp(3, now);
                    // explicit keys, as College's: on a new database Derby could not hand out identity values to
                    // this batch (40XL1, the locks to release its preallocated values)
                    item.setLong(4, FIRST_ID + i);
                    item.addBatch();
                    if (i % 1000 == 999) {
                        item.executeBatch();
                        connection.commit();
                    }
                }
                item.executeBatch();
                connection.commit();
            }
            long[] itemIds = new long[DOSSIERS];
            try (Statement ids = connection.createStatement();
                 ResultSet rows = ids.executeQuery("SELECT ID FROM SUPERVISION_ITEM WHERE CREATED_BY = 'bench-archive' ORDER BY ID")) {
                for (int i = 0; rows.next(); i++) {
                    itemIds[i] = rows.getLong(1);
                }
            }
            try (PreparedStatement dossier = connection.prepareStatement("INSERT INTO DOSSIER (ARCHIVAL_NUMBER, FONDS,"
                         + " CATEGORY_CODE, FILING_YEAR, RETENTION, ORG_CODE, PIECE, ITEM_ID, TITLE, DOCUMENT_NUMBER,"
                         + " RESPONSIBLE, DOCUMENT_DATE, ORGANIZATION, CATEGORY, UNIT_ID, SECRECY, PAGES, EVENT_COUNT,"
                         + " SEARCH_TEXT, FILED_AT, FILED_BY) VALUES (?, 'B001', 'WS', ?, ?, ?, ?, ?, ?, ?, '党政办公室', ?, ?,"
                         + " ?, ?, 'INTERNAL', 5, 10, ?, ?, 'bench')")) {
                int[] pieces = new int[6 * 3 * UNITS];
                for (int i = 0; i < DOSSIERS; i++) {
                    long itemId = itemIds[i];
                    int year = 2020 + i % 6;
                    Retention retention = Retention.values()[(i / 6) % 3];
                    int u = (i / 18) % UNITS;
                    Unit unit = units.get(u);
                    int piece = ++pieces[(year - 2020) * 3 * UNITS + retention.ordinal() * UNITS + u];
                    String orgCode = unit.getCode();
                    String title = title(i);
                    dossier.setString(1, "B001-WS·" + year + "-" + retention + "-" + orgCode + "-" + String.format("%04d", piece));
                    dossier.setInt(2, year);
                    dossier.setString(3, retention.name());
                    dossier.setString(4, orgCode);
                    dossier.setInt(5, piece);
                    dossier.setLong(6, itemId);
                    dossier.setString(7, title);
                    dossier.setString(8, "督办〔" + year + "〕" + (i + 1) + "号");
                    dossier.setDate(9, Date.valueOf(LocalDate.of(year, 1 + i % 12, 1 + i % 28)));
                    dossier.setString(10, unit.getName());
                    dossier.setString(11, categories[(i / 7) % categories.length].name());
                    dossier.setLong(12, unit.getId());
                    dossier.setString(13, title + " " + unit.getName());
                    dossier.setTimestamp(14, now);
                    dossier.addBatch();
                    if (i % 1000 == 999) {
                        dossier.executeBatch();
                        connection.commit();
                    }
                }
                dossier.executeBatch();
                connection.commit();
            }
        }
    }
}
