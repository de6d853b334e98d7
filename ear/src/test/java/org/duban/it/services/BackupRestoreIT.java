package org.duban.it.services;

import org.duban.it.support.DraftForm;
import org.duban.it.support.MicroServer;
import org.duban.it.support.TestDatabase;
import org.duban.it.support.WebClient;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A backup taken while four people draft items (starting together, on a server just started) — on Derby the administrator's 立即备份 (数据库备份), on PostgreSQL
 * (-Ppostgresql) pg_dump — restored as the README says into a new server: every item confirmed before the backup began is there, every row of the
 * append-only tables (history with its hash chain, files and their bytes, dossiers, audit trail) equals the original's,
 * the restored server signs people in and shows their items, and its 四性检测 of every dossier passes.
 */
class BackupRestoreIT {

    private static final Path WORK = Path.of("target/backup-restore").toAbsolutePath();
    /** Rows nothing changes once written while this test runs (the history and the audit trail never change). */
    private static final List<String> WRITTEN_ONCE = List.of("ITEM_EVENT", "ATTACHMENT", "ATTACHMENT_CONTENT",
            "DOSSIER", "DOSSIER_FILE", "DOSSIER_FILE_CONTENT", "AUDIT_EVENT", "SUPERVISION_ITEM");
    private static final int WRITERS = 4;
    /** No deadline watch of its own: it would change the items after the backup. */
    private static final String MANUAL_WATCH = "-Dduban.deadlineWatch=manual";
    /** The busy message's request (error.busy): nothing was saved, the form is still filled in. */
    private static final String SEND_AGAIN = "请再提交一次";
    /**
     * How many times a person sends a form again when asked to, before the test calls it a failure; never for the
     * first drafts, sent together on a server just started (DerbyIdentityWarmUp's case: they must all be saved).
     */
    private static final int MAX_RESENDS = 2;

    @Test
    void aBackupTakenWhilePeopleWorkRestoresIntoANewServer() throws Exception {
        TestDatabase database = TestDatabase.ofThisBuild(WORK);
        Path war = Path.of(System.getProperty("it.microWar"));

        Set<Long> confirmedBeforeTheBackup;
        Set<Long> confirmed = ConcurrentHashMap.newKeySet();
        AtomicInteger sentAgain = new AtomicInteger();
        try (MicroServer server = database.server(war, "original", true, MANUAL_WATCH)) {
            AtomicBoolean working = new AtomicBoolean(true);
            CountDownLatch started = new CountDownLatch(WRITERS);
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(WRITERS);
            // the writers start together on a server just started: Derby's first ids of a table are handed out then
            // (DerbyIdentityWarmUp)
            ExecutorService people = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(people.submit(() -> {
                    draftWhile(server, writer, working::get, together, started, confirmed, sentAgain);
                    return null;
                }));
            }
            if (!started.await(2, TimeUnit.MINUTES)) {
                for (Future<?> writer : writers) {
                    if (writer.isDone()) {
                        writer.get(); // its failure
                    }
                }
                fail("a writer drafted nothing in two minutes");
            }
            Thread.sleep(2_000);

            confirmedBeforeTheBackup = Set.copyOf(confirmed);
            database.backUp(server);
            Thread.sleep(2_000);
            working.set(false);
            for (Future<?> writer : writers) {
                writer.get(1, TimeUnit.MINUTES);
            }
            people.shutdown();
        }
        assertTrue(confirmed.size() > confirmedBeforeTheBackup.size(), "people drafted during and after the backup too");
        System.out.printf("BackupRestoreIT: %d drafts confirmed, %d sent again when asked%n", confirmed.size(), sentAgain.get());

        database.restore("restored");
        try (MicroServer server = database.server(war, "restored", false, MANUAL_WATCH)) {
            WebClient office = new WebClient(server.base());
            office.signIn("office", "duban2026");
            long anItem = confirmedBeforeTheBackup.iterator().next();
            HttpResponse<String> item = office.get("items/item.xhtml?id=" + anItem);
            assertEquals(200, item.statusCode());
            assertTrue(item.body().contains("备份测试"), "the restored server shows a drafted item");

            WebClient archivist = new WebClient(server.base());
            archivist.signIn("archivist", "duban2026");
            archivist.get("archive/checks.xhtml");
            Map<String, String> checks = archivist.form("checks");
            checks.put("checks:startAll", "");
            archivist.post("archive/checks.xhtml", checks);
            String report = null;
            for (int i = 0; i < 120 && report == null; i++) {
                Matcher link = Pattern.compile("checks.xhtml\\?report=(\\d+)").matcher(archivist.get("archive/checks.xhtml").body());
                if (link.find()) {
                    report = archivist.get("archive/checks.xhtml?report=" + link.group(1)).body();
                } else {
                    Thread.sleep(1_000);
                }
            }
            assertNotNull(report, "the check of every dossier finished");
            assertTrue(report.contains("class=\"check-passed\""), "四性检测 passes on the restored copy: " + report);
            Matcher checked = Pattern.compile("id=\"checked\">(\\d+)<").matcher(report);
            assertTrue(checked.find() && Integer.parseInt(checked.group(1)) > 0, "dossiers were checked");
        }

        // the backup as taken, beside the original: the restored server has since recorded its own sign-ins
        database.restore("pristine");
        try (Connection before = database.connect("original"); Connection after = database.connect("pristine")) {
            if ("Apache Derby".equals(after.getMetaData().getDatabaseProductName())) {
                try (Statement query = after.createStatement(); ResultSet value = query.executeQuery(
                        "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.language.sequence.preallocator')")) {
                    assertTrue(value.next());
                    assertEquals("1000", value.getString(1), "ids are allocated 1000 at a time (DerbyIdentityWarmUp)");
                }
            }
            Set<Long> items = ids(after, "SELECT ID FROM SUPERVISION_ITEM");
            assertTrue(items.containsAll(confirmedBeforeTheBackup), "every item confirmed before the backup is back");
            for (long item : confirmedBeforeTheBackup) {
                for (String owned : List.of("SELECT ID FROM ITEM_EVENT WHERE ITEM_ID = ", "SELECT ID FROM ATTACHMENT WHERE ITEM_ID = ")) {
                    Set<Long> original = ids(before, owned + item);
                    assertFalse(original.isEmpty());
                    assertEquals(original, ids(after, owned + item), owned + item + ": all of it is back");
                }
            }
            for (String table : WRITTEN_ONCE) {
                Map<Long, String> restoredRows = rows(after, table);
                Map<Long, String> originalRows = rows(before, table);
                assertFalse(restoredRows.isEmpty(), table + " has rows");
                restoredRows.forEach((id, row) -> assertEquals(originalRows.get(id), row,
                        table + " " + id + " is the original's, to the byte"));
            }
        } finally {
            database.close();
        }
    }

    private static void draftWhile(MicroServer server, int writer, java.util.function.BooleanSupplier working,
                                   java.util.concurrent.CyclicBarrier together, CountDownLatch started,
                                   Set<Long> confirmed, AtomicInteger sentAgain) throws Exception {
        WebClient office = new WebClient(server.base());
        office.signIn("office", "duban2026");
        for (int n = 0; working.getAsBoolean(); n++) {
            DraftForm form = DraftForm.open(office);
            if (n == 0) {
                together.await(1, TimeUnit.MINUTES); // the first drafts are sent at the same moment
            }
            String title = "备份测试 " + writer + "-" + n;
            OptionalLong item = form.send(title);
            // the page says so when the database gave the save up for another one at that moment: nothing saved, the
            // form still filled in; the person sends it again, as it asks
            int resends = n == 0 ? 0 : MAX_RESENDS;
            for (int again = 0; item.isEmpty() && again < resends && form.lastPage().contains(SEND_AGAIN); again++) {
                sentAgain.incrementAndGet();
                System.out.println("BackupRestoreIT: " + title + " sent again; the server: " + givenUp(server));
                item = form.send(title);
            }
            OptionalLong saved = item;
            assertTrue(saved.isPresent(), () -> "the draft was saved: " + form.lastPage());
            confirmed.add(saved.getAsLong());
            if (n == 0) {
                started.countDown();
            }
        }
    }

    /** The server's last words on a transaction it gave up (Refused logs the SQLSTATE), for the test's output. */
    private static String givenUp(MicroServer server) {
        try {
            return server.log().lines().filter(line -> line.contains("The database gave a transaction up"))
                    .reduce((first, last) -> last).orElse("(not in its log)");
        } catch (java.io.IOException unreadable) {
            return "(its log unreadable: " + unreadable.getMessage() + ")";
        }
    }

    private static Set<Long> ids(Connection db, String sql) throws SQLException {
        Set<Long> ids = new java.util.HashSet<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Every row of a table by its id, as the SHA-256 of all its values (a BLOB's bytes included). */
    private static Map<Long, String> rows(Connection db, String table) throws Exception {
        Map<Long, String> rows = new TreeMap<>();
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (int c = 1; c <= columns; c++) {
                    int type = row.getMetaData().getColumnType(c);
                    if (type == java.sql.Types.BLOB || type == java.sql.Types.BINARY || type == java.sql.Types.VARBINARY
                            || type == java.sql.Types.LONGVARBINARY) {
                        try (InputStream bytes = row.getBinaryStream(c)) {
                            digest.update(bytes.readAllBytes());
                        }
                    } else {
                        digest.update(String.valueOf(row.getObject(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                    digest.update((byte) 0);
                }
                rows.put(row.getLong("ID"), HexFormat.of().formatHex(digest.digest()));
            }
        }
        return rows;
    }
}
