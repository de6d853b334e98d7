package org.duban.it.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test only: what the deadline watch left in a database after it ran on several servers or starts (KillUnderLoadIT,
 * TwoInstancesBehindProxyIT): it escalated and wrote notices, each item escalated once, each notice written once.
 */
public final class WatchedOnce {

    private WatchedOnce() {
    }

    public static void assertEachEscalationAndNoticeOnce(Connection db) throws SQLException {
        assertTrue(count(db, "SELECT COUNT(*) FROM ITEM_EVENT WHERE ACTION = 'ESCALATE'") > 0, "the watch escalated");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM (SELECT ITEM_ID FROM ITEM_EVENT WHERE ACTION = 'ESCALATE'"
                + " GROUP BY ITEM_ID HAVING COUNT(*) > 1) T"), "no item escalated twice");
        assertTrue(count(db, "SELECT COUNT(*) FROM NOTIFICATION") > 0, "the watch wrote notices");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM (SELECT ITEM_ID FROM NOTIFICATION"
                + " GROUP BY ITEM_ID, KIND, KEY_DAY, RECIPIENT_ID, EVENT_SEQ HAVING COUNT(*) > 1) T"), "each notice once");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
