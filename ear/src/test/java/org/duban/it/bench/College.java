package org.duban.it.bench;

import org.duban.it.support.Fixtures;
import org.duban.item.Category;
import org.duban.organization.Account;
import org.duban.organization.Role;
import org.duban.organization.Unit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bench only: the data generator — a college at scale, written straight into the database in set-based statements:
 * 60 units with a head each; twenty office staff and twenty leaders (one per concurrent client); {@code items}
 * items over ten years, one in three with a co-unit, each with ten history events; the last {@code open} items
 * still open (assigned or in progress, about half of them overdue), the others archived (one in twenty cancelled),
 * one in ten of them with its dossier (10^5 at 10^6 items); an inbox of notices for every unit head. Numbers from 100,000 on, so the demo data's numbers stay free.
 */
final class College {

    static final String CREATED_BY = "bench-college";
    static final int UNITS = 60;
    static final int CLIENTS = 20;
    /** The generated rows' keys start here; the application's own keys stay far below. */
    static final long FIRST_ID = 100_000_000L;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    final List<Unit> units = new ArrayList<>();
    final List<Account> heads = new ArrayList<>();
    final List<Account> office = new ArrayList<>();
    final List<Account> leaders = new ArrayList<>();
    final int items;
    final int open;
    final LocalDate today;

    private final BenchDatabase database;

    private College(int items, LocalDate today, BenchDatabase database) {
        this.items = items;
        this.database = database;
        this.open = Math.min(5_000, items / 20);
        this.today = today;
    }

    /**
     * Makes the people with the application's fixtures and the items with plain SQL; returns what it made. A database
     * that already holds a college of this size made today (an earlier run's, kept with {@code -Dit.derby.home}) is
     * used as it is: at 10^6 items making it takes half an hour.
     */
    static College generate(Fixtures fixtures, BenchDatabase database, int items, LocalDate today) throws Exception {
        DataSource dataSource = database.dataSource();
        College college = new College(items, today, database);
        String earlier = earlierCollege(dataSource, items, today);
        if (earlier != null) {
            for (int u = 0; u < UNITS; u++) {
                Account head = fixtures.existing("head" + u + "-" + earlier);
                college.heads.add(head);
                college.units.add(head.getUnit());
            }
            for (int c = 0; c < CLIENTS; c++) {
                college.office.add(fixtures.existing("office" + c + "-" + earlier));
                college.leaders.add(fixtures.existing("leader" + c + "-" + earlier));
            }
            return college;
        }
        String id = Fixtures.unique();
        Unit officeUnit = fixtures.unit("党政办公室" + id);
        for (int u = 0; u < UNITS; u++) {
            Unit unit = fixtures.unit("单位" + u + "-" + id);
            college.units.add(unit);
            college.heads.add(fixtures.account("head" + u + "-" + id, unit, Role.UNIT_HEAD));
        }
        for (int c = 0; c < CLIENTS; c++) {
            college.office.add(fixtures.account("office" + c + "-" + id, officeUnit, Role.OFFICE_STAFF));
            college.leaders.add(fixtures.account("leader" + c + "-" + id, officeUnit, Role.LEADER));
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            college.insertItems(c);
            college.insertTheRest(c);
        }
        return college;
    }

    /**
     * The suffix of an earlier college's people when the database holds one of {@code items} items made today (its
     * newest open item was created eleven days before the day it was made).
     */
    private static String earlierCollege(DataSource dataSource, int items, LocalDate today) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), MAX(CREATED_AT) FROM SUPERVISION_ITEM WHERE CREATED_BY = '"
                    + CREATED_BY + "'")) {
                r.next();
                if (r.getLong(1) != items || r.getTimestamp(2) == null
                        || !r.getTimestamp(2).toInstant().atZone(BEIJING).toLocalDate().equals(today.minusDays(11))) {
                    return null;
                }
            }
            // the people of the college that made the items (a run broken off may have left others)
            try (ResultSet r = s.executeQuery("SELECT MAX(a.USERNAME) FROM ACCOUNT a WHERE a.USERNAME LIKE 'head0-%'"
                    + " AND EXISTS (SELECT 1 FROM SUPERVISION_ITEM i WHERE i.LEAD_UNIT_ID = a.UNIT_ID AND i.CREATED_BY = '"
                    + CREATED_BY + "')")) {
                return r.next() && r.getString(1) != null ? r.getString(1).substring("head0-".length()) : null;
            }
        }
    }

    private void insertItems(Connection c) throws Exception {
        Category[] categories = Category.values();
        // explicit keys, far above the application's: the generator never waits on an identity column's sequence
        try (PreparedStatement item = c.prepareStatement("INSERT INTO SUPERVISION_ITEM (ID, VERSION, NUMBER_YEAR,"
                + " NUMBER_SEQ, STATE, CATEGORY, SOURCE, TITLE, LEAD_UNIT_ID, LEADER_ID, PRIORITY, DUE, ORIGINAL_DUE,"
                + " REPORTING_CYCLE, NOTICE_ISSUED_AT, NOTICE_DUE, READ_BY_LEADER, CREATED_BY, CREATED_AT,"
                + " LAST_ACTION_AT, OPEN_ITEM, UNITS_TURN, LAST_REPORT_ON, NEXT_REPORT_ON) VALUES (?, 0, ?, ?, ?, ?,"
                + " '院长办公会', ?, ?, ?, 'NORMAL', ?, ?, 'MONTHLY', ?, ?, FALSE, '" + CREATED_BY + "', ?, ?, ?, ?, ?, ?)")) {
            int firstYear = today.getYear() - 9;
            int perYear = Math.max(1, (items - open) / 10);
            for (int i = 0; i < items; i++) {
                boolean isOpen = i >= items - open;
                LocalDate created;
                LocalDate due;
                String state;
                if (isOpen) {
                    int k = i - (items - open);
                    created = today.minusDays(60 - k % 50);
                    due = k % 2 == 0 ? today.minusDays(1 + k % 20) : today.plusDays(5 + k % 40);
                    state = k % 3 == 0 ? "ASSIGNED" : "IN_PROGRESS";
                } else {
                    int year = Math.min(today.getYear() - 1, firstYear + i / perYear);
                    created = LocalDate.of(year, 1, 1).plusDays(i % 330);
                    due = created.plusDays(30);
                    state = i % 20 == 0 ? "CANCELLED" : "ARCHIVED";
                }
                Timestamp createdAt = Timestamp.from(created.atTime(9, 0).atZone(BEIJING).toInstant());
                item.setLong(1, FIRST_ID + i);
                item.setInt(2, created.getYear());
                item.setInt(3, 100_000 + i);
                item.setString(4, state);
                item.setString(5, categories[i % categories.length].name());
                item.setString(6, "督办事项 " + i + " 号：落实会议议定事项");
                item.setLong(7, units.get(i % UNITS).getId());
                item.setLong(8, leaders.get(i % CLIENTS).getId());
                item.setDate(9, Date.valueOf(due));
                item.setDate(10, Date.valueOf(due));
                item.setTimestamp(11, Timestamp.from(created.plusDays(1).atTime(10, 0).atZone(BEIJING).toInstant()));
                item.setDate(12, Date.valueOf(due));
                item.setTimestamp(13, createdAt);
                item.setTimestamp(14, createdAt);
                database.setFlag(item, 15, !state.equals("ARCHIVED") && !state.equals("CANCELLED"));
                database.setFlag(item, 16, isOpen);
                // every history holds a receipt and reports on the day the item was made: the next report a month on
                item.setDate(17, Date.valueOf(created));
                item.setDate(18, Date.valueOf(created.plusMonths(1)));
                item.addBatch();
                if (i % 1_000 == 999) { // below Derby's lock escalation (5,000 row locks)
                    item.executeBatch();
                    c.commit();
                }
            }
            item.executeBatch();
            c.commit();
        }
        Map<Long, Long> coUnitOf = new HashMap<>();
        for (int u = 0; u < UNITS; u++) {
            coUnitOf.put(units.get(u).getId(), units.get((u + 7) % UNITS).getId());
        }
        List<long[]> everyThird = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT ID, LEAD_UNIT_ID FROM"
                + " SUPERVISION_ITEM WHERE CREATED_BY = '" + CREATED_BY + "' AND MOD(ID, 3) = 0")) {
            while (r.next()) {
                everyThird.add(new long[]{r.getLong(1), coUnitOf.get(r.getLong(2))});
            }
        }
        try (PreparedStatement co = c.prepareStatement("INSERT INTO ITEM_CO_UNIT (ITEM_ID, UNIT_ID) VALUES (?, ?)")) {
            int n = 0;
            for (long[] pair : everyThird) {
                co.setLong(1, pair[0]);
                co.setLong(2, pair[1]);
                co.addBatch();
                if (++n % 1_000 == 0) {
                    co.executeBatch();
                    c.commit();
                }
            }
            co.executeBatch();
            c.commit();
        }
    }

    /** The ten events of each item (those of an open item stop at its progress), unit rows, heads, dossiers, notices. */
    private void insertTheRest(Connection c) throws Exception {
        String[] closedHistory = {"CREATE", "SUBMIT_FOR_APPROVAL", "APPROVE", "ASSIGN", "ACKNOWLEDGE",
                "REPORT_PROGRESS", "SUBMIT_COMPLETION", "ACCEPT", "FEED_BACK", "ARCHIVE"};
        String[] openHistory = {"CREATE", "SUBMIT_FOR_APPROVAL", "APPROVE", "ASSIGN", "ACKNOWLEDGE",
                "REPORT_PROGRESS", "URGE", "REPORT_PROGRESS", "RECORD_HELP", "REPORT_PROGRESS"};
        try (Statement s = c.createStatement()) {
            for (int seq = 1; seq <= 10; seq++) {
                for (boolean isOpen : new boolean[]{false, true}) {
                    String action = (isOpen ? openHistory : closedHistory)[seq - 1];
                    s.executeUpdate("INSERT INTO ITEM_EVENT (ID, ITEM_ID, SEQ, ACTION, ACTOR, ACTOR_ROLE, OCCURRED_AT,"
                            + " RECORDED_AT, OPINION, DETAIL, HASH) SELECT ID * 16 + " + seq + ", ID, " + seq + ", '" + action + "', '"
                            + office.get(0).getUsername() + "', 'OFFICE_STAFF', CREATED_AT, CREATED_AT,"
                            + " '按期推进，第 " + seq + " 步', " + (action.equals("URGE") ? "'PHONE'" : "CAST(NULL AS VARCHAR(1000))")
                            + ", 'bench' FROM SUPERVISION_ITEM WHERE CREATED_BY = '" + CREATED_BY + "' AND STATE "
                            + (isOpen ? "" : "NOT ") + "IN ('ASSIGNED', 'IN_PROGRESS')");
                    c.commit();
                }
            }
            s.executeUpdate(database.sql("INSERT INTO UNIT_INVOLVEMENT (ITEM_ID, UNIT_ID, PART, SEES, OPEN_ITEM, STATE,"
                    + " DUE) SELECT ID, LEAD_UNIT_ID, 'LEAD', {yes}, OPEN_ITEM, STATE, DUE FROM SUPERVISION_ITEM"
                    + " WHERE CREATED_BY = '" + CREATED_BY + "'"));
            s.executeUpdate(database.sql("INSERT INTO UNIT_INVOLVEMENT (ITEM_ID, UNIT_ID, PART, SEES, OPEN_ITEM, STATE,"
                    + " DUE) SELECT i.ID, cu.UNIT_ID, 'CO_UNIT', {yes}, i.OPEN_ITEM, i.STATE, i.DUE FROM ITEM_CO_UNIT cu"
                    + " JOIN SUPERVISION_ITEM i ON i.ID = cu.ITEM_ID WHERE i.CREATED_BY = '" + CREATED_BY + "'"));
            // UnitInvolvement.awaitsReceipt: the open items' receipts (none are recorded here) are owed
            s.executeUpdate(database.sql("UPDATE UNIT_INVOLVEMENT SET AWAITS_RECEIPT = {yes} WHERE OPEN_ITEM = {yes}"
                    + " AND STATE IN ('ASSIGNED', 'IN_PROGRESS')"));
            c.commit();
            for (int u = 0; u < UNITS; u++) {
                s.executeUpdate("UPDATE UNIT SET HEAD_ID = " + heads.get(u).getId() + " WHERE ID = "
                        + units.get(u).getId());
            }
            // a dossier for one item in ten (archived ones): 10^5 dossiers at 10^6 items
            s.executeUpdate("INSERT INTO DOSSIER (ID, ARCHIVAL_NUMBER, FONDS, CATEGORY_CODE, FILING_YEAR, RETENTION,"
                    + " ORG_CODE, PIECE, ITEM_ID, TITLE, DOCUMENT_NUMBER, RESPONSIBLE, DOCUMENT_DATE, ORGANIZATION,"
                    + " CATEGORY, UNIT_ID, SECRECY, PAGES, EVENT_COUNT, SEARCH_TEXT, FILED_AT, FILED_BY)"
                    + " SELECT i.ID, 'B001-WS·' || " + text("i.NUMBER_YEAR") + " || '-D30-' || u.CODE || '-'"
                    + " || " + text("i.ID - " + FIRST_ID) + ", 'B001', 'WS', i.NUMBER_YEAR, 'D30', u.CODE,"
                    + " CAST(i.ID - " + FIRST_ID + " AS INTEGER), i.ID, i.TITLE, '督办〔' || " + text("i.NUMBER_YEAR")
                    + " || '〕' || " + text("i.NUMBER_SEQ") + " || '号', '党政办公室', i.DUE, u.NAME, i.CATEGORY, u.ID, 'INTERNAL', 5,"
                    + " 10, i.TITLE || ' ' || u.NAME, i.LAST_ACTION_AT, 'bench' FROM SUPERVISION_ITEM i"
                    + " JOIN UNIT u ON u.ID = i.LEAD_UNIT_ID WHERE i.CREATED_BY = '" + CREATED_BY + "'"
                    + " AND i.STATE = 'ARCHIVED' AND MOD(i.ID, 10) = 1");
            c.commit();
            s.executeUpdate("INSERT INTO NOTIFICATION (ID, RECIPIENT_ID, ITEM_ID, KIND, KEY_DAY, ACT_BY, CREATED_AT)"
                    + " SELECT i.ID, u.HEAD_ID, i.ID, 'DUE_SOON', i.DUE, i.DUE, i.CREATED_AT FROM SUPERVISION_ITEM i"
                    + " JOIN UNIT u ON u.ID = i.LEAD_UNIT_ID WHERE i.CREATED_BY = '" + CREATED_BY + "'"
                    + " AND i.STATE IN ('ASSIGNED', 'IN_PROGRESS')");
            c.commit();
        }
    }

    /** The digits of the integer {@code expression}, on Derby and PostgreSQL alike (Derby casts no number to VARCHAR). */
    private static String text(String expression) {
        return "TRIM(CAST(" + expression + " AS CHAR(20)))";
    }

    /** An open item of the first unit, with its ten events. */
    long anOpenItem(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT MIN(ID)"
                + " FROM SUPERVISION_ITEM WHERE CREATED_BY = '" + CREATED_BY + "' AND STATE = 'IN_PROGRESS'"
                + " AND LEAD_UNIT_ID = ?")) {
            s.setLong(1, units.get(0).getId());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
