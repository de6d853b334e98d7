package org.duban.it.services;

import org.duban.it.support.DraftForm;
import org.duban.it.support.MicroServer;
import org.duban.it.support.TestDatabase;
import org.duban.it.support.WatchedOnce;
import org.duban.it.support.WebClient;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The server killed as {@code kill -9} does, three times, while twenty people of the office draft items with files,
 * and started again on the same database each time (Derby in the default build — its files belong to the killed
 * process —, PostgreSQL under -Ppostgresql). Afterwards every draft a person saw confirmed (the new item's page) is
 * there with its title, its history and its file; nothing is half there (no item without its history, no file
 * without its bytes, no history with a gap or a broken hash link); and the deadline watch, which catches up at every
 * start (20 s after it), wrote each escalation once and each notice once.
 */
class KillUnderLoadIT {

    private static final Path WORK = Path.of("target/kill-under-load").toAbsolutePath();
    private static final int WRITERS = 20;
    private static final int KILLS = 3;
    private static final String DB = "killed";

    @Test
    void everyConfirmedDraftOutlivesTheKillsAndTheWatchWritesEachNoticeOnce() throws Exception {
        TestDatabase database = TestDatabase.ofThisBuild(WORK);
        Path war = Path.of(System.getProperty("it.microWar"));
        AtomicReference<MicroServer> server = new AtomicReference<>(database.server(war, DB, true));
        WatchedOnce.scanAtEveryHour(server.get().base());
        Map<Long, String> confirmed = new ConcurrentHashMap<>();
        AtomicInteger unconfirmed = new AtomicInteger();
        AtomicBoolean working = new AtomicBoolean(true);
        ExecutorService people = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(people.submit(() -> draftWhileWorking(server, writer, working, confirmed, unconfirmed)));
        }
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                awaitMoreDrafts(confirmed, WRITERS);
                server.get().kill();
                server.set(database.server(war, DB, false));
            }
            Thread.sleep(30_000); // the deadline watch catches up 20 s after the start
            awaitMoreDrafts(confirmed, WRITERS);
        } finally {
            working.set(false);
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
            people.shutdown();
            server.get().close();
        }
        System.out.printf("KillUnderLoadIT: %d drafts confirmed, %d sends not confirmed (server down or busy)%n",
                confirmed.size(), unconfirmed.get());

        try (Connection db = database.connect(DB)) {
            confirmed.forEach((id, title) -> assertEquals(title, text(db, "SELECT TITLE FROM SUPERVISION_ITEM WHERE ID = ?", id),
                    "confirmed item " + id + " is there"));
            for (long id : confirmed.keySet()) {
                assertTrue(count(db, "SELECT COUNT(*) FROM ITEM_EVENT WHERE ITEM_ID = ?", id) >= 1, "item " + id + "'s history");
                assertEquals(1, count(db, "SELECT COUNT(*) FROM ATTACHMENT WHERE ITEM_ID = ?", id), "item " + id + "'s file");
            }
            assertEquals(0, count(db, "SELECT COUNT(*) FROM SUPERVISION_ITEM I WHERE NOT EXISTS"
                    + " (SELECT 1 FROM ITEM_EVENT E WHERE E.ITEM_ID = I.ID)"), "no item without its history");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM ATTACHMENT A WHERE NOT EXISTS"
                    + " (SELECT 1 FROM ATTACHMENT_CONTENT C WHERE C.ID = A.CONTENT_ID)"), "no file without its bytes");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM ITEM_EVENT E WHERE E.SEQ > 1 AND NOT EXISTS"
                    + " (SELECT 1 FROM ITEM_EVENT P WHERE P.ITEM_ID = E.ITEM_ID AND P.SEQ = E.SEQ - 1)"), "no gap in a history");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM ITEM_EVENT E JOIN ITEM_EVENT P"
                    + " ON P.ITEM_ID = E.ITEM_ID AND P.SEQ = E.SEQ - 1 WHERE E.PREVIOUS_HASH <> P.HASH"), "every hash link holds");
            assertSameBytes(db);
            WatchedOnce.assertEachEscalationAndNoticeOnce(db);
        } finally {
            database.close();
        }
    }

    /** One person: signs in, drafts until told to stop; a server that is down or starting is waited for. */
    private static Void draftWhileWorking(AtomicReference<MicroServer> server, int writer, AtomicBoolean working,
                                          Map<Long, String> confirmed, AtomicInteger unconfirmed) throws InterruptedException {
        int n = 0;
        while (working.get()) {
            try {
                WebClient office = new WebClient(server.get().base());
                office.signIn("office", "duban2026");
                while (working.get()) {
                    String title = "断电测试 " + writer + "-" + n++;
                    OptionalLong item = DraftForm.open(office).send(title);
                    if (item.isPresent()) {
                        confirmed.put(item.getAsLong(), title);
                    } else {
                        unconfirmed.incrementAndGet();
                    }
                }
            } catch (RuntimeException | AssertionError down) {
                unconfirmed.incrementAndGet(); // killed, starting, or signed out by the restart: try again
                Thread.sleep(500);
            }
        }
        return null;
    }

    private static void awaitMoreDrafts(Map<Long, String> confirmed, int more) throws InterruptedException {
        int target = confirmed.size() + more;
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (confirmed.size() < target) {
            assertTrue(Instant.now().isBefore(until), "people could not draft: " + confirmed.size() + " confirmed");
            Thread.sleep(200);
        }
    }

    /** Every file's bytes hash to the SHA-256 recorded when it was uploaded. */
    private static void assertSameBytes(Connection db) throws Exception {
        try (PreparedStatement files = db.prepareStatement("SELECT A.ID, A.SHA256, C.BYTES FROM ATTACHMENT A"
                + " JOIN ATTACHMENT_CONTENT C ON C.ID = A.CONTENT_ID"); ResultSet rows = files.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String recorded = rows.getString(2);
                try (InputStream bytes = rows.getBinaryStream(3)) { // Derby: read the other columns first
                    assertEquals(recorded, HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(bytes.readAllBytes())), "file " + id);
                }
            }
        }
    }

    private static long count(Connection db, String sql, Object... parameters) {
        return Long.parseLong(text(db, sql, parameters));
    }

    private static String text(Connection db, String sql, Object... parameters) {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
