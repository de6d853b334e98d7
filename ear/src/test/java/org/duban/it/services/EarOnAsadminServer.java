package org.duban.it.services;

import org.duban.it.support.FullServers;
import org.duban.it.support.TestDatabase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EAR, unchanged, on a full Jakarta EE 10 server of the GlassFish family, driven by its {@code asadmin} (GlassFish
 * 7, Payara Server 6): a domain of its own on free ports bound to 127.0.0.1, the EAR deployed with asadmin, the login
 * page answers, and a demo account signs in and sees its items. With {@code -Ppostgresql} the EAR is the one built for
 * the server's data source {@code jdbc/duban}, and the domain gets it as the README tells an IT department: the JDBC
 * driver in the domain's lib, a connection pool on the test's PostgreSQL (a database of the server's own) and the
 * resource — end to end on PostgreSQL, with the audit table's grants.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EarOnAsadminServer {

    private static final Path DOMAINS = Path.of("target/fullserver-domains").toAbsolutePath();
    /** The test's PostgreSQL (its folder, with the port), with -Ppostgresql; else the EAR's embedded Derby. */
    private static final String POSTGRESQL = System.getProperty("it.postgresql");
    private int adminPort;
    private int httpPort;

    /** The unpacked distribution: the folder holding {@code glassfish/}. */
    abstract Path home();

    /** The domain's name, and the name of its database ({@code duban_} + it) on the test's PostgreSQL. */
    abstract String name();

    /** The new domain's configuration, changed as the server needs before its first start (e.g. nothing beyond 127.0.0.1). */
    String configured(String domainXml) {
        return domainXml;
    }

    @BeforeAll
    void startServerAndDeploy() throws Exception {
        int portBase = freePortBase();
        adminPort = portBase + 48;
        httpPort = portBase + 80;
        FullServers.delete(DOMAINS.resolve(name()));
        FullServers.delete(DOMAINS.resolve(name() + "-derby"));
        asadmin("create-domain", "--domaindir", DOMAINS.toString(), "--nopassword", "--portbase",
                String.valueOf(portBase), "--checkports=true", name());
        Path domainXml = DOMAINS.resolve(name()).resolve("config/domain.xml");
        String xml = Files.readString(domainXml)
                .replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
                .replaceAll("<network-listener (?![^>]*address=)", "<network-listener address=\"127.0.0.1\" ")
                .replaceFirst("<jvm-options>", "<jvm-options>-Dderby.system.home=" + DOMAINS.resolve(name() + "-derby")
                        + "</jvm-options><jvm-options>-Dduban.demo=true</jvm-options><jvm-options>");
        Files.writeString(domainXml, configured(xml));
        if (POSTGRESQL != null) {
            Files.copy(Path.of(System.getProperty("it.postgresqlDriver")),
                    DOMAINS.resolve(name()).resolve("lib/postgresql-driver.jar"));
            TestDatabase.postgresql(Path.of(POSTGRESQL), "database", database());
        }
        asadmin("start-domain", "--domaindir", DOMAINS.toString(), name());
        if (POSTGRESQL != null) {
            String port = Files.readString(Path.of(POSTGRESQL, "port")).strip();
            asadmin("--port", String.valueOf(adminPort), "create-jdbc-connection-pool", "--datasourceclassname",
                    "org.postgresql.ds.PGSimpleDataSource", "--restype", "javax.sql.DataSource",
                    "--isconnectvalidatereq", "true", "--validationmethod", "custom-validation", "--validationclassname",
                    "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation", "--failconnection", "true", "--property",
                    "serverName=127.0.0.1:portNumber=" + port + ":databaseName=" + database()
                            + ":user=duban:password=duban:connectTimeout=3", "dubanPool");
            asadmin("--port", String.valueOf(adminPort), "create-jdbc-resource", "--connectionpoolid", "dubanPool",
                    "jdbc/duban");
        }
        asadmin("--port", String.valueOf(adminPort), "deploy", "--contextroot", "duban", FullServers.ear().toString());
    }

    @AfterAll
    void stopServer() throws Exception {
        asadmin("stop-domain", "--domaindir", DOMAINS.toString(), name());
    }

    @Test
    void loginPageAnswersAndADemoAccountSignsIn() throws Exception {
        if (POSTGRESQL != null) {
            // the README's statements that make the audit trail append-only for the application's own user
            // (the role made once: GlassFish's and Payara Server's databases are in one PostgreSQL of the test's)
            psql("postgres", "DO $$BEGIN CREATE ROLE duban_audit NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL;"
                    + " END$$; ALTER TABLE audit_event OWNER TO duban_audit;"
                    + " REVOKE ALL ON audit_event FROM duban; GRANT SELECT, INSERT ON audit_event TO duban;"
                    + " GRANT USAGE ON SEQUENCE audit_event_id_seq TO duban;");
        }
        FullServers.assertADemoAccountSignsIn("http://127.0.0.1:" + httpPort + "/duban/");
        if (POSTGRESQL != null) {
            assertTrue(Long.parseLong(psql("duban", "SELECT COUNT(*) FROM audit_event WHERE kind = 'SIGN_IN'").strip()) > 0,
                    "the sign-in was recorded in PostgreSQL, by the application's user");
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> psql("duban", "UPDATE audit_event SET detail = 'changed'"));
            assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
        }
    }

    private String database() {
        return "duban_" + name().replace('-', '_');
    }

    /** A statement on the server's database on the test's PostgreSQL, as that user; its output, or the refusal. */
    private String psql(String user, String sql) throws Exception {
        String bin;
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) { // Debian's: /usr/lib/postgresql/<major>
            bin = versions.max(java.util.Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .orElseThrow().resolve("bin/psql").toString();
        }
        Process psql = new ProcessBuilder(bin, "-X", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
                Files.readString(Path.of(POSTGRESQL, "port")).strip(), "-U", user, "-d", database(), "-t",
                "-c", sql).redirectErrorStream(true).start();
        String output = new String(psql.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (psql.waitFor() != 0) {
            throw new IllegalStateException(output);
        }
        return output;
    }

    private static int freePortBase() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base;
            try (ServerSocket socket = new ServerSocket(0)) {
                base = socket.getLocalPort() / 100 * 100;
            }
            if (base >= 10000 && base <= 60000 && FullServers.allFree(base + 37, base + 38, base + 39, base + 48,
                    base + 76, base + 80, base + 81, base + 86)) {
                return base;
            }
        }
        throw new IllegalStateException("no free block of 100 ports");
    }

    private void asadmin(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", home().resolve("glassfish/lib/client/appserver-cli.jar").toString()));
        command.addAll(List.of(arguments));
        FullServers.run(DOMAINS.resolve(name() + "-asadmin.log"), command);
    }
}
