package org.duban.it.services;

import org.duban.it.support.DraftForm;
import org.duban.it.support.MicroServer;
import org.duban.it.support.ReverseProxy;
import org.duban.it.support.TestDatabase;
import org.duban.it.support.WatchedOnce;
import org.duban.it.support.WebClient;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two Payara Micro instances of one cluster (their own Hazelcast, which copies each web session to the other) behind
 * nginx with the README's configuration, on one PostgreSQL (-Ppostgresql), all on loopback:
 * <ul>
 *   <li>what one instance writes the other shows at once (EclipseLink's shared cache is off), and a form the other
 *       drew before it is refused, not taken a second time;</li>
 *   <li>the instance serving two people is killed ({@code kill -9}): their next requests are answered by the other
 *       instance in the same sessions — a unit head's list with the unit's items (the roles are there: Payara issue
 *       6342 loses them with Jakarta Security's own session), and forms opened before the death and sent after
 *       it are taken — a new draft, an action on an item's page, a search of the work list;</li>
 *   <li>the killed instance started again takes its people back, still signed in;</li>
 *   <li>the deadline watch of every start (20 s after it) wrote each notice and each escalation once;</li>
 *   <li>no instance failed to copy a session (Payara logs "Cannot serialize session attribute …").</li>
 * </ul>
 */
class TwoInstancesBehindProxyIT {

    private static final Path WORK = Path.of("target/two-instances").toAbsolutePath();
    private static final String DB = "cluster";
    private static final Pattern LIST_COUNT = Pattern.compile("共 (\\d+) 项");

    private final String clusterName = "duban-it-" + UUID.randomUUID();
    private final int[] httpPorts = new int[2];
    private final int[] dataGridPorts = new int[2];

    @Test
    void aPersonKeepsWorkingWhenTheirInstanceDiesAndEachNoticeIsWrittenOnce() throws Exception {
        assumeTrue(TestDatabase.postgresqlCluster().isPresent(), "runs with -Ppostgresql: one PostgreSQL for both");
        TestDatabase database = TestDatabase.ofThisBuild(WORK);
        Path war = Path.of(System.getProperty("it.microWar"));
        for (int i = 0; i < 2; i++) {
            httpPorts[i] = MicroServer.freePort();
            dataGridPorts[i] = MicroServer.freePort();
        }
        List<MicroServer> instances = new ArrayList<>();
        instances.add(database.server(war, DB, true, member(0))); // makes the database and the demo college
        WatchedOnce.scanAtEveryHour(instances.get(0).base());
        instances.add(database.server(war, DB, false, member(1)));
        try (ReverseProxy proxy = ReverseProxy.start(WORK, List.of(httpPorts[0], httpPorts[1]))) {
            whatOneInstanceWritesTheOtherShows(instances, database);

            WebClient office = new WebClient(proxy.base());
            office.signIn("office", "duban2026");
            int dying = indexOf(instances, ReverseProxy.servedBy(office.get("home.xhtml")));
            int living = 1 - dying;
            WebClient head = unitHeadServedBy(proxy, instances.get(dying).port());
            DraftForm form = DraftForm.open(office);
            long draft = DraftForm.open(office).send("集群：宕机前打开的事项").orElseThrow(AssertionError::new);
            office.get("items/item.xhtml?id=" + draft);
            Map<String, String> itemFormDrawnBefore = consultationForm(office);
            office.get("items/worklist.xhtml");
            Map<String, String> searchDrawnBefore = office.form("worklist");
            searchDrawnBefore.put("worklist:keyword", "宕机前");
            searchDrawnBefore.put("worklist:search", "");

            instances.get(dying).kill();

            HttpResponse<String> list = head.get("home.xhtml");
            assertEquals(instances.get(living).port(), ReverseProxy.servedBy(list), "the other instance answered");
            assertTrue(list.body().contains("李处长"), "still signed in, named: " + list.body());
            assertTrue(itemsListed(list.body()) > 0, "the unit head's list, with the unit's items: " + list.body());
            assertFalse(list.body().contains("无权访问"), "with the roles");
            long sentAfterTheDeath = form.send("集群：实例宕机后提交").orElseThrow(
                    () -> new AssertionError("the form opened before the death was not saved: " + form.lastPage()));
            assertTrue(office.get("items/item.xhtml?id=" + sentAfterTheDeath).body().contains("集群：实例宕机后提交"));
            HttpResponse<String> sent = office.post("items/item.xhtml", itemFormDrawnBefore);
            assertTrue(sent.body().contains("征求意见中"), "the item page opened before the death took its action: "
                    + sent.body());
            HttpResponse<String> found = office.postWithFile("items/worklist.xhtml", searchDrawnBefore,
                    "worklist:meetingFiles", "", new byte[0]); // a multipart form: no file chosen, as a browser sends it
            assertTrue(found.body().contains("集群：宕机前打开的事项") && !found.body().contains("集群：两个实例"),
                    "the work list opened before the death searched: " + found.body());

            instances.set(dying, database.server(war, DB, false, member(dying)));
            awaitDeadlineScan(instances.get(dying));
            Thread.sleep(11_000); // nginx tries an instance it found dead again after fail_timeout (10 s)
            HttpResponse<String> back = office.get("items/item.xhtml?id=" + sentAfterTheDeath);
            assertEquals(instances.get(dying).port(), ReverseProxy.servedBy(back), "back on the instance started again");
            assertTrue(back.body().contains("集群：实例宕机后提交") && back.body().contains("张督办"),
                    "still signed in there: " + back.body());
        } finally {
            for (MicroServer instance : instances) {
                instance.close();
            }
        }
        try (Stream<Path> logs = Files.list(WORK)) {
            for (Path log : logs.filter(f -> f.toString().endsWith(".log")).toList()) { // every start's, the killed too
                assertFalse(Files.readString(log).contains("Cannot serialize"), "every session copied whole: " + log);
            }
        }
        try (Connection db = database.connect(DB)) {
            WatchedOnce.assertEachEscalationAndNoticeOnce(db);
        } finally {
            database.close();
        }
    }

    /**
     * The office on instance 1 opens a draft's page, the office on instance 0 sends the draft for consultation; then
     * instance 1 shows it in consultation, and the form it drew before is refused.
     */
    private static void whatOneInstanceWritesTheOtherShows(List<MicroServer> instances, TestDatabase database) throws Exception {
        WebClient onFirst = new WebClient(instances.get(0).base());
        onFirst.signIn("office", "duban2026");
        WebClient onSecond = new WebClient(instances.get(1).base());
        onSecond.signIn("office", "duban2026");
        DraftForm draft = DraftForm.open(onFirst);
        long item = draft.send("集群：两个实例").orElseThrow(() -> new AssertionError(draft.lastPage()));

        assertTrue(onSecond.get("items/item.xhtml?id=" + item).body().contains("拟办"), "a draft on the other instance");
        Map<String, String> drawnBefore = consultationForm(onSecond);
        onFirst.get("items/item.xhtml?id=" + item);
        onFirst.post("items/item.xhtml", consultationForm(onFirst));

        String shown = onSecond.get("items/item.xhtml?id=" + item).body();
        assertTrue(shown.contains("征求意见中"), "the other instance shows the new state: " + shown);
        assertFalse(shown.contains("act_SEND_FOR_CONSULTATION"), "and no longer offers to send it");
        HttpResponse<String> late = onSecond.post("items/item.xhtml", drawnBefore);
        assertEquals(200, late.statusCode(), "a refusal on the page, not an error page");
        assertTrue(late.body().contains("刚刚被他人修改") || late.body().contains("当前状态下不能进行此操作"),
                "the person is told why: " + late.body());
        try (Connection db = database.connect(DB)) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM ITEM_EVENT WHERE ITEM_ID = ? AND ACTION = 'SEND_FOR_CONSULTATION'",
                    item), "sent once");
        }
    }

    /** The draft sent to the first unit offered for its view. */
    private static Map<String, String> consultationForm(WebClient office) {
        Matcher unit = Pattern.compile("name=\"act_SEND_FOR_CONSULTATION:units\"[^>]*value=\"(\\d+)\"")
                .matcher(office.lastPage());
        assertTrue(unit.find(), "units to consult: " + office.lastPage());
        Map<String, String> form = office.form("act_SEND_FOR_CONSULTATION");
        form.put("act_SEND_FOR_CONSULTATION:units", unit.group(1));
        form.put("act_SEND_FOR_CONSULTATION:text", "请提出意见");
        form.put("act_SEND_FOR_CONSULTATION:submit", "");
        return form;
    }

    /** The unit head of 教务处 signed in through the proxy, in a session that nginx gives to the instance on {@code port}. */
    private static WebClient unitHeadServedBy(ReverseProxy proxy, int port) {
        for (int attempt = 0; attempt < 30; attempt++) {
            WebClient head = new WebClient(proxy.base());
            head.signIn("jw.head", "duban2026");
            if (ReverseProxy.servedBy(head.get("home.xhtml")) == port) {
                return head;
            }
            head.signOut();
        }
        throw new AssertionError("nginx never gave a session to the instance on " + port);
    }

    /**
     * Payara Micro's options for instance {@code i} of this test's own cluster, found by TCP on loopback only, on the
     * same HTTP port at every start (where nginx expects it).
     */
    private List<String> member(int i) {
        return List.of("--port", String.valueOf(httpPorts[i]), "--clustername", clusterName, "--clustermode",
                "tcpip:127.0.0.1:" + dataGridPorts[0] + ",127.0.0.1:" + dataGridPorts[1],
                "--startport", String.valueOf(dataGridPorts[i]), "--interfaces", "127.0.0.1", "--nohostaware",
                "--name", "instance" + i);
    }

    private static void awaitDeadlineScan(MicroServer server) throws Exception {
        for (int i = 0; i < 90; i++) {
            if (server.log().contains("Deadline scan: ")) {
                return;
            }
            Thread.sleep(1000);
        }
        fail("the deadline watch did not catch up after the start");
    }

    private static int indexOf(List<MicroServer> instances, int port) {
        for (int i = 0; i < instances.size(); i++) {
            if (instances.get(i).port() == port) {
                return i;
            }
        }
        throw new AssertionError("no instance on " + port);
    }

    private static int itemsListed(String page) {
        Matcher count = LIST_COUNT.matcher(page);
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    private static long count(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
