package org.duban.it.services;

import org.duban.it.support.Fixtures;
import org.duban.it.support.MicroServer;
import org.duban.it.support.WebClient;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A backup taken while four people draft items (starting together, on a server just started) — on Derby the administrator's 立即备份 (数据库备份), on PostgreSQL
 * (-Ppostgresql) pg_dump — restored as the README says into a new server: every item confirmed before the backup began is there, every row of the
 * append-only tables (history with its hash chain, files and their bytes, dossiers, audit trail) equals the original's,
 * the restored server signs people in and shows their items, and its 四性检测 of every dossier passes.
 */
class BackupRestoreIT {

    private static final Path WORK = Path.of("target/backup-restore").toAbsolutePath();
    private static final List<String> APPEND_ONLY = List.of("ITEM_EVENT", "ATTACHMENT", "ATTACHMENT_CONTENT",
            "DOSSIER", "DOSSIER_FILE", "DOSSIER_FILE_CONTENT", "AUDIT_EVENT", "SUPERVISION_ITEM");
    private static final int WRITERS = 4;

    @Test
    void aBackupTakenWhilePeopleWorkRestoresIntoANewServer() throws Exception {
        delete(WORK);
        String cluster = System.getProperty("it.postgresql", "");
        Database database = cluster.isBlank() || cluster.startsWith("$") ? new Derby() : new PostgreSql(Path.of(cluster));
        Path war = Path.of(System.getProperty("it.microWar"));

        Set<Long> confirmedBeforeTheBackup;
        Set<Long> confirmed = ConcurrentHashMap.newKeySet();
        try (MicroServer server = database.server(war, "original", true)) {
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
                    draftWhile(server, writer, working::get, together, started, confirmed);
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

        database.restore("restored");
        try (MicroServer server = database.server(war, "restored", false)) {
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
            Set<Long> items = ids(after, "SELECT ID FROM SUPERVISION_ITEM");
            assertTrue(items.containsAll(confirmedBeforeTheBackup), "every item confirmed before the backup is back");
            for (String table : APPEND_ONLY) {
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

    /** The database the servers run on, backed up and restored as the README says for it. */
    private interface Database extends AutoCloseable {
        MicroServer server(Path war, String name, boolean demo) throws Exception;

        void backUp(MicroServer server) throws Exception;

        /** A new database {@code name} from the backup. */
        void restore(String name) throws Exception;

        Connection connect(String name) throws Exception;

        @Override
        default void close() {
        }
    }

    /** Embedded Derby: the administrator's 立即备份, the backup folder copied into a new derby.system.home. */
    private static final class Derby implements Database {

        private final Path backups = WORK.resolve("backups");
        private final List<Path> opened = new ArrayList<>();

        @Override
        public MicroServer server(Path war, String name, boolean demo) throws Exception {
            return MicroServer.start(war, WORK, name, List.of("-Dderby.system.home=" + WORK.resolve(name),
                    "-Dduban.demo=" + demo, "-Dduban.deadlineWatch=manual", "-Dduban.backupNightly=off",
                    "-Dduban.backupDir=" + backups), List.of("--nohazelcast"));
        }

        @Override
        public void backUp(MicroServer server) {
            WebClient admin = new WebClient(server.base());
            admin.signIn("admin", "duban2026");
            admin.get("admin/backup.xhtml");
            Map<String, String> form = admin.form("backup");
            form.put("backup:now", "");
            HttpResponse<String> done = admin.post("admin/backup.xhtml", form);
            assertTrue(done.body().contains("备份完成"), done::body);
        }

        @Override
        public void restore(String name) throws Exception {
            List<Path> taken;
            try (Stream<Path> folders = Files.list(backups)) {
                taken = folders.toList();
            }
            assertEquals(1, taken.size(), "one backup: " + taken);
            copy(taken.get(0).resolve("duban"), WORK.resolve(name).resolve("duban"));
        }

        @Override
        public Connection connect(String name) throws SQLException {
            opened.add(WORK.resolve(name).resolve("duban"));
            return DriverManager.getConnection("jdbc:derby:" + WORK.resolve(name).resolve("duban"));
        }

        @Override
        public void close() {
            for (Path database : opened) {
                try {
                    DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
                } catch (SQLException expected) {
                    // Derby answers a shutdown with an exception (08006)
                }
            }
        }
    }

    /**
     * PostgreSQL (-Ppostgresql): pg_dump -Fc while people work, pg_restore into a new database; the administrator's
     * page says so instead of offering a button.
     */
    private static final class PostgreSql implements Database {

        private final Path cluster;

        PostgreSql(Path cluster) {
            this.cluster = cluster;
        }

        @Override
        public MicroServer server(Path war, String name, boolean demo) throws Exception {
            if (demo) {
                postgresql("database", "duban_" + name);
            }
            return MicroServer.start(war, WORK, name, List.of("-Dduban.demo=" + demo, "-Dduban.deadlineWatch=manual",
                    "-Dduban.backupNightly=off"), List.of("--nohazelcast", "--postbootcommandfile",
                    cluster.resolve("duban_" + name + ".postboot.asadmin").toString(),
                    "--addlibs", System.getProperty("it.postgresqlDriver")));
        }

        @Override
        public void backUp(MicroServer server) throws Exception {
            WebClient admin = new WebClient(server.base());
            admin.signIn("admin", "duban2026");
            HttpResponse<String> page = admin.get("admin/backup.xhtml");
            assertTrue(page.body().contains("pg_dump") && !page.body().contains("backup:now"),
                    "the page says who backs up, and offers no button: " + page.body());
            postgresql("dump", "duban_original");
        }

        @Override
        public void restore(String name) throws Exception {
            postgresql("restore", "duban_original", "duban_" + name);
        }

        @Override
        public Connection connect(String name) throws Exception {
            java.sql.Driver driver = (java.sql.Driver) Class.forName("org.postgresql.Driver", true,
                    new java.net.URLClassLoader(new java.net.URL[]{Path.of(System.getProperty("it.postgresqlDriver"))
                            .toUri().toURL()})).getDeclaredConstructor().newInstance();
            java.util.Properties login = new java.util.Properties();
            login.setProperty("user", "duban");
            login.setProperty("password", "duban");
            return driver.connect("jdbc:postgresql://127.0.0.1:" + Files.readString(cluster.resolve("port")).strip()
                    + "/duban_" + name, login);
        }

        private void postgresql(String command, String... arguments) throws Exception {
            List<String> line = new ArrayList<>(List.of("bash",
                    Path.of("src/test/postgresql/postgresql.sh").toAbsolutePath().toString(), command, cluster.toString()));
            line.addAll(List.of(arguments));
            Process process = new ProcessBuilder(line).inheritIO().start();
            assertEquals(0, process.waitFor(), "postgresql.sh " + command);
        }
    }

    private static void draftWhile(MicroServer server, int writer, java.util.function.BooleanSupplier working,
                                   java.util.concurrent.CyclicBarrier together, CountDownLatch started,
                                   Set<Long> confirmed) throws Exception {
        WebClient office = new WebClient(server.base());
        office.signIn("office", "duban2026");
        for (int n = 0; working.getAsBoolean(); n++) {
            String page = office.get("office/draft.xhtml").body();
            Map<String, String> fields = office.form("draft");
            if (n == 0) {
                together.await(1, TimeUnit.MINUTES); // the first drafts are sent at the same moment
            }
            fields.putAll(Map.of("draft:title", "备份测试 " + writer + "-" + n, "draft:category", "MEETING",
                    "draft:leadUnit", firstChoice(page, "draft:leadUnit"), "draft:leader", firstChoice(page, "draft:leader"),
                    "draft:due_input", LocalDate.now().plusDays(20).toString(), "draft:mainTasks", "任务",
                    "draft:requirements", "要求", "draft:source", "院长办公会", "draft:save", ""));
            HttpResponse<String> saved = office.postWithFile("office/draft.xhtml", fields, "draft:files", "报告.pdf",
                    Fixtures.pdf("备份测试 " + writer + "-" + n));
            Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(String.valueOf(saved.uri().getQuery() == null ? ""
                    : "?" + saved.uri().getQuery()));
            assertTrue(saved.uri().getPath().endsWith("/items/item.xhtml") && id.find(),
                    () -> "the draft was saved: " + saved.uri() + " " + saved.body());
            confirmed.add(Long.parseLong(id.group(1)));
            if (n == 0) {
                started.countDown();
            }
        }
    }

    private static String firstChoice(String page, String select) {
        Matcher options = Pattern.compile("<select[^>]*name=\"" + Pattern.quote(select) + "\"[^>]*>(.*?)</select>",
                Pattern.DOTALL).matcher(page);
        assertTrue(options.find(), "a choice of " + select);
        Matcher value = Pattern.compile("<option[^>]*value=\"(\\d+)\"").matcher(options.group(1));
        assertTrue(value.find(), "a choice of " + select);
        return value.group(1);
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

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(folder);
    }
}
