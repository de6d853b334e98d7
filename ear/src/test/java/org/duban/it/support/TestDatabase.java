package org.duban.it.support;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test only: the database a test's own servers ({@link MicroServer}) run on, set up, backed up and restored as the
 * README says for it: embedded Derby in the default build, the profile's PostgreSQL under -Ppostgresql. Each
 * {@code name} is a database of its own (a folder, or a PostgreSQL database {@code duban_name}) under {@code work}.
 */
public interface TestDatabase extends AutoCloseable {

    /** Derby, or PostgreSQL when the build runs with -Ppostgresql; {@code work} is emptied first (a test's own). */
    static TestDatabase ofThisBuild(Path work) throws java.io.IOException {
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(work);
        return postgresqlCluster().<TestDatabase>map(cluster -> new PostgreSql(work, cluster)).orElseGet(() -> new Derby(work));
    }

    /** The folder of -Ppostgresql's PostgreSQL (src/test/postgresql/postgresql.sh); empty in the default build. */
    static java.util.Optional<Path> postgresqlCluster() {
        String cluster = System.getProperty("it.postgresql", "");
        return cluster.isBlank() || cluster.startsWith("$") ? java.util.Optional.empty()
                : java.util.Optional.of(Path.of(cluster));
    }

    /** Runs {@code postgresql.sh command cluster arguments…} and expects it to succeed. */
    static void postgresql(Path cluster, String command, String... arguments) throws Exception {
        List<String> line = new ArrayList<>(List.of("bash",
                Path.of("src/test/postgresql/postgresql.sh").toAbsolutePath().toString(), command, cluster.toString()));
        line.addAll(List.of(arguments));
        Process process = new ProcessBuilder(line).inheritIO().start();
        assertEquals(0, process.waitFor(), "postgresql.sh " + command);
    }

    /**
     * A server on the database {@code name} (a new one with the demo college when {@code demo}).
     *
     * @param jvmOptions more options for its JVM, e.g. {@code -Dduban.deadlineWatch=manual}
     */
    default MicroServer server(Path war, String name, boolean demo, String... jvmOptions) throws Exception {
        return server(war, name, demo, List.of("--nohazelcast"), jvmOptions);
    }

    /**
     * A server as {@link #server(Path, String, boolean, String...)}, one of a cluster: {@code clusterOptions} (Payara
     * Micro's {@code --clustername} …) in place of {@code --nohazelcast}.
     */
    MicroServer server(Path war, String name, boolean demo, List<String> clusterOptions, String... jvmOptions)
            throws Exception;

    /** The options every server of a test gets, then {@code more}. */
    private static List<String> options(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    /** A backup of the database the server runs on, taken while it runs. */
    void backUp(MicroServer server) throws Exception;

    /** A new database {@code name} from the backup. */
    void restore(String name) throws Exception;

    Connection connect(String name) throws Exception;

    @Override
    default void close() {
    }

    /** Embedded Derby: the administrator's 立即备份, the backup folder copied into a new derby.system.home. */
    final class Derby implements TestDatabase {

        private final Path work;
        private final Path backups;
        private final List<Path> opened = new ArrayList<>();

        Derby(Path work) {
            this.work = work;
            this.backups = work.resolve("backups");
        }

        @Override
        public MicroServer server(Path war, String name, boolean demo, List<String> clusterOptions,
                                  String... jvmOptions) throws Exception {
            return MicroServer.start(war, work, name, options(List.of("-Dderby.system.home=" + work.resolve(name),
                    "-Dduban.demo=" + demo, "-Dduban.backupNightly=off", "-Dduban.backupDir=" + backups), jvmOptions),
                    clusterOptions);
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
            copy(taken.get(0).resolve("duban"), work.resolve(name).resolve("duban"));
        }

        @Override
        public Connection connect(String name) throws SQLException {
            opened.add(work.resolve(name).resolve("duban"));
            return DriverManager.getConnection("jdbc:derby:" + work.resolve(name).resolve("duban"));
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
    final class PostgreSql implements TestDatabase {

        private final Path work;
        private final Path cluster;

        PostgreSql(Path work, Path cluster) {
            this.work = work;
            this.cluster = cluster;
        }

        @Override
        public MicroServer server(Path war, String name, boolean demo, List<String> clusterOptions,
                                  String... jvmOptions) throws Exception {
            if (demo) {
                postgresql("database", "duban_" + name);
            }
            return MicroServer.start(war, work, name, options(List.of("-Dduban.demo=" + demo,
                    "-Dduban.backupNightly=off"), jvmOptions), options(clusterOptions, "--postbootcommandfile",
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
            TestDatabase.postgresql(cluster, command, arguments);
        }
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
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
}
