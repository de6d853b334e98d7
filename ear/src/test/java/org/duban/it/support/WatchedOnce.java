package org.duban.it.support;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test only: the deadline watch made to run at every start, and what it left in a database after it ran on several
 * servers or starts (KillUnderLoadIT, TwoInstancesBehindProxyIT): it escalated and wrote notices, each item escalated
 * once, each notice written once.
 */
public final class WatchedOnce {

    private WatchedOnce() {
    }

    /**
     * The administrator of the server at {@code base} sets the hour of the daily scan to 0 (系统设置), so that the
     * catch-up 20 s after every later start scans whatever the time of day; at the demo's hour 8 a run before 08:00
     * (server time, Asia/Shanghai) would scan nothing and check nothing.
     */
    public static void scanAtEveryHour(String base) {
        WebClient admin = new WebClient(base);
        admin.signIn("admin", "duban2026");
        admin.get("admin/settings.xhtml");
        Map<String, String> form = admin.form("settings");
        form.put("settings:scanHour", "0");
        form.put("settings:save", "");
        HttpResponse<String> saved = admin.post("admin/settings.xhtml", form);
        assertTrue(saved.body().contains("系统设置已保存"), () -> "the scan hour saved: " + saved.body());
        admin.signOut();
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
