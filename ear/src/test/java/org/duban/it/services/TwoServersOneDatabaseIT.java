package org.duban.it.services;

import org.duban.it.support.*;

import org.apache.derby.drda.NetworkServerControl;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Two Payara Micro servers on one database (a Derby Network Server started by the test) run the deadline watch at the
 * same moment: every notice exists once, every overdue item is escalated once, and a third run adds nothing.
 */
class TwoServersOneDatabaseIT {

    private static final Path WORK = Path.of("target/two-servers").toAbsolutePath();
    private static NetworkServerControl derby;
    private static int derbyPort;
    private static final List<MicroServer> servers = new ArrayList<>();
    private static final List<Integer> httpPorts = new ArrayList<>();

    @BeforeAll
    static void startDatabaseAndTwoServers() throws Exception {
        Files.createDirectories(WORK);
        try (var old = Files.walk(WORK.resolve("derby")).sorted(java.util.Comparator.reverseOrder())) {
            old.forEach(p -> p.toFile().delete());
        } catch (java.nio.file.NoSuchFileException fresh) {
            // first run
        }
        derbyPort = MicroServer.freePort();
        System.setProperty("derby.system.home", WORK.resolve("derby").toString());
        derby = new NetworkServerControl(InetAddress.getByName("127.0.0.1"), derbyPort);
        derby.start(new PrintWriter(Files.newBufferedWriter(WORK.resolve("derby.log"))));
        for (int i = 0; i < 50 && !pings(); i++) {
            Thread.sleep(200);
        }
        Path war = sharedDatabaseWar();
        for (int i = 0; i < 2; i++) {
            MicroServer server = MicroServer.start(war, WORK, "server" + i, List.of("-Dduban.demo=true"),
                    List.of("--nohazelcast"));
            servers.add(server);
            httpPorts.add(server.port());
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (MicroServer server : servers) {
            server.close();
        }
        if (derby != null) {
            derby.shutdown();
        }
    }

    @Test
    void bothServersScanAtOnceAndEachNoticeExistsOnce() throws Exception {
        HttpClient first = signedInAsAdmin(httpPorts.get(0));
        HttpClient second = signedInAsAdmin(httpPorts.get(1));
        CompletableFuture<String> one = CompletableFuture.supplyAsync(() -> scanNow(first, httpPorts.get(0)));
        CompletableFuture<String> two = CompletableFuture.supplyAsync(() -> scanNow(second, httpPorts.get(1)));
        assertTrue(one.get(3, TimeUnit.MINUTES).contains("期限检查完成"), "server 1 ran the watch");
        assertTrue(two.get(3, TimeUnit.MINUTES).contains("期限检查完成"), "server 2 ran the watch");

        try (Connection db = DriverManager.getConnection("jdbc:derby://127.0.0.1:" + derbyPort + "/duban-shared")) {
            long notices = count(db, "SELECT COUNT(*) FROM NOTIFICATION");
            assertTrue(notices > 0, "the demo college has overdue items");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM (SELECT ITEM_ID FROM ITEM_EVENT WHERE ACTION = 'ESCALATE'"
                    + " GROUP BY ITEM_ID HAVING COUNT(*) > 1) T"), "no item escalated twice");
            assertTrue(count(db, "SELECT COUNT(*) FROM ITEM_EVENT WHERE ACTION = 'ESCALATE'") > 0);
            String third = scanNow(first, httpPorts.get(0));
            assertTrue(third.contains("期限检查完成：新通知 0 条，提请领导督办 0 项"), "a third run adds nothing: " + summary(third));
            assertEquals(notices, count(db, "SELECT COUNT(*) FROM NOTIFICATION"));
        }
    }

    private static String summary(String page) {
        Matcher m = Pattern.compile("期限检查完成[^<]*").matcher(page);
        return m.find() ? m.group() : "(no summary)";
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The quick-start WAR, pointed at the shared network database instead of embedded Derby. */
    private static Path sharedDatabaseWar() throws IOException {
        WebArchive war = Deployments.microWar().addClass(WeekdayClock.class);
        String jndi = "java:app/jdbc/dubanShared";
        String webXml = read(war.get("WEB-INF/web.xml").getAsset().openStream()).replace("</web-app>",
                "<data-source><name>" + jndi + "</name><class-name>org.apache.derby.jdbc.ClientDataSource</class-name>"
                        + "<server-name>127.0.0.1</server-name><port-number>" + derbyPort + "</port-number>"
                        + "<database-name>duban-shared</database-name>"
                        + "<property><name>createDatabase</name><value>create</value></property></data-source></web-app>");
        war.delete("WEB-INF/web.xml");
        war.addAsWebInfResource(new StringAsset(webXml), "web.xml");
        for (String path : war.getContent().keySet().stream().map(org.jboss.shrinkwrap.api.ArchivePath::get).toList()) {
            if (path.matches("/WEB-INF/lib/duban-(domain|ejb)-.*\\.jar")) {
                Path nested = Files.createTempFile(WORK, "nested", ".jar");
                try (InputStream in = war.get(path).getAsset().openStream()) {
                    Files.write(nested, in.readAllBytes());
                }
                JavaArchive jar = ShrinkWrap.create(JavaArchive.class, path.substring(path.lastIndexOf('/') + 1))
                        .merge(ShrinkWrap.createFromZipFile(JavaArchive.class, nested.toFile()));
                replace(jar, "META-INF/persistence.xml", s -> s.replaceAll("<jta-data-source>[^<]*</jta-data-source>",
                        "<jta-data-source>" + jndi + "</jta-data-source>"));
                replace(jar, "duban-datasource.properties", s -> "jndi=" + jndi + "\n");
                war.delete(path);
                war.add(jar, "/WEB-INF/lib", ZipExporter.class);
            }
        }
        war.addAsLibraries(Deployments.jarOf(org.apache.derby.client.BasicClientDataSource.class));
        Path file = WORK.resolve("duban-shared.war");
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    private static void replace(JavaArchive jar, String path, java.util.function.UnaryOperator<String> change)
            throws IOException {
        if (jar.get(path) == null) {
            return;
        }
        String text = read(jar.get(path).getAsset().openStream());
        jar.delete(path);
        jar.add(new StringAsset(change.apply(text)), path);
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpClient signedInAsAdmin(int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://127.0.0.1:" + port + "/duban/";
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "login=login&login%3Ausername=admin&login%3Apassword=duban2026&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState(login), StandardCharsets.UTF_8);
        client.send(post(base + "login.xhtml", form), HttpResponse.BodyHandlers.ofString());
        return client;
    }

    private static String scanNow(HttpClient client, int port) {
        try {
            String base = "http://127.0.0.1:" + port + "/duban/admin/settings.xhtml";
            String page = client.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString()).body();
            StringBuilder form = new StringBuilder("settings=settings&settings%3AscanNow=x&jakarta.faces.ViewState=")
                    .append(URLEncoder.encode(viewState(page), StandardCharsets.UTF_8));
            Matcher inputs = Pattern.compile("name=\"(settings:[a-zA-Z]+)\"[^>]*value=\"([^\"]*)\"").matcher(page);
            while (inputs.find()) {
                if (!inputs.group(1).equals("settings:save") && !inputs.group(1).equals("settings:scanNow")) {
                    form.append('&').append(URLEncoder.encode(inputs.group(1), StandardCharsets.UTF_8)).append('=')
                            .append(URLEncoder.encode(inputs.group(2), StandardCharsets.UTF_8));
                }
            }
            return client.send(post(base, form.toString()), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String viewState(String page) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "a Faces page");
        return m.group(1);
    }

    private static boolean pings() {
        try {
            derby.ping();
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
