package org.duban.it.services;

import org.duban.it.support.MicroServer;
import org.duban.it.support.TestDatabase;
import org.duban.it.support.WebClient;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database out of reach for a minute (its server stopped) under a running Payara Micro with the pool of the
 * README: every request gets a page that says so (503) — a page, a form, an ajax request, the sign-in page — never a stack
 * trace, and once the outage is known without waiting; when the database is back, the person signed in before goes on in the same session and new people sign in,
 * without restarting the server. Runs with -Ppostgresql (the test stops and starts that profile's PostgreSQL).
 */
class DatabaseOutageIT {

    private static final Path WORK = Path.of("target/database-outage").toAbsolutePath();
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static Path cluster;
    private static MicroServer server;

    @BeforeAll
    static void startAServerOfItsOwn() throws Exception {
        assumeTrue(TestDatabase.postgresqlCluster().isPresent(), "runs with -Ppostgresql");
        cluster = TestDatabase.postgresqlCluster().get();
        Files.createDirectories(WORK);
        postgresql("database", "duban_outage");
        server = MicroServer.start(Path.of(System.getProperty("it.microWar")), WORK, "outage",
                List.of("-Dduban.demo=true"), List.of("--nohazelcast",
                        "--postbootcommandfile", cluster.resolve("duban_outage.postboot.asadmin").toString(),
                        "--addlibs", System.getProperty("it.postgresqlDriver")));
    }

    @AfterAll
    static void stopTheServerAndLeaveTheDatabaseRunning() throws Exception {
        if (server != null) {
            server.close();
        }
        if (cluster != null && !Files.exists(cluster.resolve("data/postmaster.pid"))) {
            postgresql("resume");
        }
    }

    @Test
    void whileTheDatabaseIsOutEveryAnswerSaysSoAndTheServerRecoversByItself() throws Exception {
        WebClient office = new WebClient(server.base());
        office.signIn("office", "duban2026");
        assertSignedIn(office.get("home.xhtml"));
        Map<String, String> header = office.form("header");

        postgresql("stop");
        Instant stopped = Instant.now();
        assertUnavailable(office.get("home.xhtml"));
        assertUnavailable(office.post("home.xhtml", header));
        HttpResponse<String> ajax = office.postAjax("home.xhtml", header, "header:lang-en");
        assertEquals(200, ajax.statusCode(), ajax::body);
        assertTrue(ajax.body().contains("<redirect url=\"/duban/home.xhtml\""), () -> "the page reloads: " + ajax.body());
        WebClient newcomer = new WebClient(server.base());
        assertUnavailable(newcomer.get("login.xhtml")); // no sign-in could succeed
        while (Duration.between(stopped, Instant.now()).compareTo(OUTAGE) < 0) {
            Instant asked = Instant.now();
            assertUnavailable(office.get("home.xhtml"));
            Duration waited = Duration.between(asked, Instant.now());
            assertTrue(waited.getSeconds() < 2, () -> "once the outage is known, the page comes at once: " + waited);
            Thread.sleep(5_000);
        }

        postgresql("resume");
        Instant resumed = Instant.now();
        HttpResponse<String> home = office.get("home.xhtml");
        while (home.statusCode() == 503 && Duration.between(resumed, Instant.now()).getSeconds() < 30) {
            Thread.sleep(1_000);
            home = office.get("home.xhtml");
        }
        assertSignedIn(home); // the same session, no new sign-in
        assertTrue(office.lastPage().contains("张督办"), "still 张督办");
        HttpResponse<String> leader = newcomer.signIn("leader", "duban2026");
        assertTrue(newcomer.get("home.xhtml").body().contains("王院长"), leader::body);
    }

    private static void assertSignedIn(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page::body);
        assertTrue(page.body().contains("header:logout"), () -> "a signed-in page: " + page.body());
    }

    private static void assertUnavailable(HttpResponse<String> answer) {
        assertEquals(503, answer.statusCode(), answer::body);
        assertEquals("60", answer.headers().firstValue("Retry-After").orElse(""));
        assertTrue(answer.body().contains("数据库暂时无法连接") && answer.body().contains("The database cannot be reached"),
                answer::body);
        assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat "), answer::body);
    }

    private static void postgresql(String command, String... arguments) throws Exception {
        TestDatabase.postgresql(cluster, command, arguments);
    }
}
