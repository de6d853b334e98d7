package org.duban.it.services;

import org.duban.it.support.FullServers;
import org.duban.it.support.WebClient;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EAR, unchanged, on WildFly 39 (Hibernate as the persistence provider): a server folder of its own
 * ({@code jboss.server.base.dir}) on free ports bound to 127.0.0.1, with the one server setting Duban needs there,
 * applied with jboss-cli before the start: Undertow's application security domain {@code other} with
 * {@code integrated-jaspi=false}, so that the caller and groups Duban's own authentication mechanism hands over are
 * taken as they are (groups as roles, for the web and the EJBs), not looked up in WildFly's ApplicationRealm, which
 * knows no Duban account ("ELY01177: Authorization failed"). The EAR is deployed from {@code deployments/}; the
 * login page answers, a demo account signs in and sees its items, and a unit head opens the work list and an item.
 */
class EarOnWildFlyIT {

    private static final Path WILDFLY = Path.of(System.getProperty("it.wildfly", "target/wildfly/wildfly-39.0.1.Final"))
            .toAbsolutePath();
    private static final Path SERVER = Path.of("target/wildfly-server").toAbsolutePath();
    private static final Path DEPLOYED = SERVER.resolve("deployments/duban.ear.deployed");
    private static final Path FAILED = SERVER.resolve("deployments/duban.ear.failed");
    private static final Pattern ITEM_LINK =
            Pattern.compile("href=\"/duban/(items/item\\.xhtml\\?id=\\d+)\" class=\"item-link\">([^<]+)<");
    private static Process server;
    private static int httpPort;

    @BeforeAll
    static void startServerAndDeploy() throws Exception {
        FullServers.delete(SERVER);
        Files.createDirectories(SERVER.resolve("configuration"));
        Files.createDirectories(SERVER.resolve("deployments"));
        try (var files = Files.list(WILDFLY.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, SERVER.resolve("configuration").resolve(file.getFileName()));
            }
        }
        FullServers.run(SERVER.resolve("cli.log"), List.of("bash", WILDFLY.resolve("bin/jboss-cli.sh").toString(),
                "-Djboss.server.base.dir=" + SERVER, "--commands=embed-server --std-out=echo --server-config=standalone.xml,"
                        + "/subsystem=undertow/application-security-domain=other:write-attribute(name=integrated-jaspi,value=false),"
                        + "stop-embedded-server"));
        Files.copy(FullServers.ear(), SERVER.resolve("deployments/duban.ear"), StandardCopyOption.REPLACE_EXISTING);

        int[] ports = FullServers.freePorts(4);
        httpPort = ports[0];
        ProcessBuilder builder = new ProcessBuilder("bash", WILDFLY.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + SERVER,
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.management=127.0.0.1",
                "-Djboss.http.port=" + ports[0], "-Djboss.https.port=" + ports[1],
                "-Djboss.management.http.port=" + ports[2], "-Djboss.management.https.port=" + ports[3],
                "-Dderby.system.home=" + SERVER.resolve("derby"), "-Dduban.demo=true")
                .redirectErrorStream(true).redirectOutput(SERVER.resolve("console.log").toFile());
        Map<String, String> environment = builder.environment();
        // the script's defaults, this JDK, and the server's JVM in the foreground: the script's only child
        environment.keySet().removeAll(List.of("JAVA_OPTS", "JBOSS_HOME", "JAVA", "LAUNCH_JBOSS_IN_BACKGROUND"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JBOSS_JAVA_SIZING", System.getProperty("it.jvm", "-Xmx768m"));
        server = builder.start();

        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!Files.exists(DEPLOYED)) {
            if (Files.exists(FAILED) || !server.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("duban.ear not deployed on WildFly; see " + SERVER.resolve("log/server.log"));
            }
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server == null) {
            return;
        }
        // a TERM to the server's JVM shuts it down in order (undeploy, Derby closed); the script then ends by itself
        server.children().forEach(ProcessHandle::destroy);
        if (!server.waitFor(2, TimeUnit.MINUTES)) {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
    }

    @Test
    void loginPageAnswersAndADemoAccountSignsIn() {
        FullServers.assertADemoAccountSignsIn(base());
    }

    /** Common pages read through Hibernate here: the work list with its lead units and leaders, and an item with its history. */
    @Test
    void aUnitHeadOpensTheWorkListAndAnItem() {
        WebClient browser = new WebClient(base());
        assertTrue(browser.signIn("jw.head", "duban2026").uri().toString().endsWith("home.xhtml"));
        HttpResponse<String> list = browser.get("items/worklist.xhtml");
        assertEquals(200, list.statusCode());
        Matcher link = ITEM_LINK.matcher(list.body());
        assertTrue(link.find(), "the unit's items are listed: " + list.body());

        HttpResponse<String> item = browser.get(link.group(1));
        assertEquals(200, item.statusCode());
        assertFalse(item.body().contains("id=\"error-id\""), "not the error page: " + item.body());
        assertTrue(item.body().contains("<h1>" + link.group(2)), "the item is shown");
        assertTrue(item.body().contains("id=\"history\""), "with its history");
    }

    private static String base() {
        return "http://127.0.0.1:" + httpPort + "/duban/";
    }
}
