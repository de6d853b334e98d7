package org.duban.it.bench;

import jakarta.ejb.EJB;
import org.duban.calendar.Calendars;
import org.duban.it.support.Deployments;
import org.duban.it.support.Fixtures;
import org.duban.it.support.WebClient;
import org.duban.item.Light;
import org.duban.organization.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark (profile {@code bench}, never a timed test): the pages people open most, over HTTP, on a college made
 * by {@link College} ({@code -Dbench.items}, 100,000 by default; 1,000,000 for the large run), at one client and at
 * twenty concurrent clients each signed in as a different person — p50, p95, requests per second and wrong answers
 * (a refusal, the sign-in page, another person's header, a count that is not the database's) — each beside the raw
 * SQL behind the page in the same run; then the server's resident memory. The clients run in a JVM of their own
 * ({@link LoadClient}), so the server's heap and figures are the server's. Results go to
 * target/bench/pages-&lt;items&gt;.md.
 */
@ExtendWith(ArquillianExtension.class)
class PagesBench {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /**
     * Before any page is measured, rounds of every page at twenty clients ({@code STEADY_EACH} requests each) until a
     * round leaves the JIT compiling for less than {@code SETTLED} of its time, at most {@code STEADY_ROUNDS}: a
     * college's server answers for days, and until the JIT has compiled the pages' code (C2 took minutes of processor
     * time here, still compiling six minutes into a load) the figures measure the compiler.
     */
    private static final int STEADY_EACH = 50;
    private static final int STEADY_ROUNDS = 12;
    private static final double SETTLED = 0.02;
    private static final int WARM_UP = 300; // and each page again just before it is measured
    private static final int SINGLE = 200;
    /**
     * Each of the twenty clients: requests to warm up (their JVM's too: a client still compiling its HTTP code takes
     * the processor from the server it measures), then requests measured.
     */
    private static final int WARM_UP_EACH_OF_MANY = 25;
    private static final int EACH_OF_MANY = 100;

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(WebClient.class, LoadClient.class, College.class,
                BenchDatabase.class, Reports.class);
    }

    @EJB
    private Fixtures fixtures;
    @EJB
    private Calendars calendars;

    /** 待办's receipts: the unit's rows that owe one ({@code %s}: what to select), from the index alone. */
    private static final String TO_ACKNOWLEDGE = "SELECT %s FROM UNIT_INVOLVEMENT WHERE UNIT_ID = ? AND AWAITS_RECEIPT = {yes}";

    /** A page: who opens it, its address for them, what it must show them, and the raw SQL behind it. */
    private record Page(String name, List<Account> people, Function<Account, String> address,
                        Function<Account, String> mustShow, List<String> rawSql, Function<Account, Object> rawParameter) {
    }

    private BenchDatabase database;
    private DataSource dataSource;

    @Test
    void thePagesPeopleOpenMostAtScale() throws Exception {
        int items = Integer.getInteger("bench.items", 100_000);
        database = BenchDatabase.lookup();
        dataSource = database.dataSource();
        LocalDate today = LocalDate.now(BEIJING);
        long started = System.nanoTime();
        College college = College.generate(fixtures, database, items, today);
        double generatedSeconds = (System.nanoTime() - started) / 1e9;
        long itemId = college.anOpenItem(dataSource);
        LocalDate redUntil = Light.redUntil(today, calendars.current());
        long overdue = count("SELECT COUNT(*) FROM SUPERVISION_ITEM WHERE STATE IN ('ASSIGNED', 'IN_PROGRESS')"
                + " AND DUE <= ?", Date.valueOf(redUntil));

        List<Page> pages = List.of(
                new Page("a unit head's home page (待办, then the unit's open items by deadline)", college.heads,
                        head -> "home.xhtml", head -> "共 " + count("SELECT COUNT(*) FROM UNIT_INVOLVEMENT WHERE"
                        + " UNIT_ID = ? AND SEES = {yes} AND OPEN_ITEM = {yes}", head.getUnit().getId()) + " 项",
                        List.of(TO_ACKNOWLEDGE.formatted("ITEM_ID, DUE") + " ORDER BY DUE, ITEM_ID FETCH FIRST 10 ROWS ONLY",
                                TO_ACKNOWLEDGE.formatted("COUNT(*)"),
                                "SELECT ID, DUE, NEXT_REPORT_ON FROM SUPERVISION_ITEM WHERE LEAD_UNIT_ID = ?"
                                        + " AND STATE = 'IN_PROGRESS' AND NEXT_REPORT_ON <= CURRENT_DATE"
                                        + " AND HANDLER_ID IS NULL ORDER BY DUE, ID FETCH FIRST 10 ROWS ONLY",
                                "SELECT COUNT(*) FROM SUPERVISION_ITEM WHERE LEAD_UNIT_ID = ? AND STATE = 'IN_PROGRESS'"
                                        + " AND NEXT_REPORT_ON <= CURRENT_DATE AND HANDLER_ID IS NULL",
                                "SELECT ID, DUE FROM SUPERVISION_ITEM WHERE LEAD_UNIT_ID = ? AND STATE = 'IN_PROGRESS'"
                                        + " AND RETURNED_FOR_REWORK = {no} AND COMPLETION_DRAFT IS NOT NULL"
                                        + " ORDER BY DUE, ID FETCH FIRST 10 ROWS ONLY",
                                "SELECT COUNT(*) FROM SUPERVISION_ITEM WHERE LEAD_UNIT_ID = ? AND STATE = 'IN_PROGRESS'"
                                        + " AND RETURNED_FOR_REWORK = {no} AND COMPLETION_DRAFT IS NOT NULL",
                                "SELECT ID, DUE FROM SUPERVISION_ITEM WHERE LEAD_UNIT_ID = ? AND STATE = 'IN_PROGRESS'"
                                        + " AND RETURNED_FOR_REWORK = {yes} ORDER BY DUE, ID FETCH FIRST 10 ROWS ONLY",
                                "SELECT COUNT(*) FROM SUPERVISION_ITEM WHERE LEAD_UNIT_ID = ? AND STATE = 'IN_PROGRESS'"
                                        + " AND RETURNED_FOR_REWORK = {yes}",
                                "SELECT COUNT(*) FROM UNIT_INVOLVEMENT WHERE UNIT_ID = ? AND SEES = {yes} AND OPEN_ITEM = {yes}",
                                "SELECT i.* FROM UNIT_INVOLVEMENT v JOIN SUPERVISION_ITEM i ON i.ID = v.ITEM_ID WHERE"
                                        + " v.UNIT_ID = ? AND v.SEES = {yes} AND v.OPEN_ITEM = {yes} ORDER BY v.DUE, v.ITEM_ID"
                                        + " FETCH FIRST 15 ROWS ONLY"), head -> head.getUnit().getId()),
                new Page("the office's work list of overdue items (红灯, " + overdue + ")", college.office,
                        staff -> "items/worklist.xhtml?light=RED", staff -> "共 " + overdue + " 项",
                        List.of("SELECT COUNT(*) FROM SUPERVISION_ITEM WHERE UNITS_TURN = {yes} AND DUE <= ?",
                                "SELECT * FROM SUPERVISION_ITEM WHERE UNITS_TURN = {yes} AND DUE <= ?"
                                        + " ORDER BY DUE, ID FETCH FIRST 20 ROWS ONLY"), staff -> Date.valueOf(redUntil)),
                new Page("an item page with its history (10 events)", college.office,
                        staff -> "items/item.xhtml?id=" + itemId, staff -> "督办事项 ",
                        List.of("SELECT * FROM SUPERVISION_ITEM WHERE ID = ?",
                                "SELECT * FROM ITEM_EVENT WHERE ITEM_ID = ? ORDER BY SEQ"), staff -> itemId),
                new Page("the leaders' dashboard", college.leaders, leader -> "leadership/dashboard.xhtml",
                        leader -> "领导看板",
                        List.of("SELECT LEAD_UNIT_ID, COUNT(*), SUM(CASE WHEN DUE <= ? THEN 1 ELSE 0 END) FROM"
                                + " SUPERVISION_ITEM WHERE STATE IN ('ASSIGNED', 'IN_PROGRESS') GROUP BY LEAD_UNIT_ID"),
                        leader -> Date.valueOf(redUntil)),
                new Page("a unit head's inbox (通知)", college.heads, head -> "inbox.xhtml", head -> "notice-link",
                        List.of("SELECT COUNT(*) FROM NOTIFICATION WHERE RECIPIENT_ID = ? AND READ_AT IS NULL",
                                "SELECT COUNT(*) FROM NOTIFICATION WHERE RECIPIENT_ID = ?",
                                "SELECT * FROM NOTIFICATION n JOIN SUPERVISION_ITEM i ON i.ID = n.ITEM_ID WHERE"
                                        + " n.RECIPIENT_ID = ? ORDER BY n.CREATED_AT DESC, n.ID DESC"
                                        + " FETCH FIRST 20 ROWS ONLY"),
                        head -> head.getId()));

        StringBuilder report = new StringBuilder("# Pages benchmark\n\nRun ").append(Instant.now())
                .append(" on Payara Micro 6 with ").append(database.name()).append(" (")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, heap at most ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB): ")
                .append(items).append(" items in ").append(College.UNITS).append(" units over ten years, ")
                .append(college.open).append(" open, ").append(overdue).append(" overdue, ten events each (made in ")
                .append(String.format("%.0f", generatedSeconds)).append(" s). Each page, once the JIT has settled (below):")
                .append(" one client: ").append(WARM_UP)
                .append(" requests to warm up, then ").append(SINGLE).append("; twenty clients, each signed in as a")
                .append(" different person: ").append(WARM_UP_EACH_OF_MANY).append(" requests each to warm up, then ")
                .append(EACH_OF_MANY).append(" each, measured; the server's processor time (all its threads) over")
                .append(" those, a request, and the clients' (their JVM's), which the two cores share.")
                .append(" The raw SQL runs over JDBC")
                .append(" in the same server, one statement after the other as the page needs them.\n\n");
        StringBuilder sql = new StringBuilder("\n## The raw SQL behind each page\n\n");
        int wrongInAll = 0;
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        int rounds = 0;
        double compiling = 1;
        while (compiling >= SETTLED && rounds < STEADY_ROUNDS) {
            long compiledMs = jit.getTotalCompilationTime();
            long roundStarted = System.nanoTime();
            for (Page page : pages) {
                AtomicInteger wrong = new AtomicInteger();
                load(page, page.people().subList(0, College.CLIENTS), 0, STEADY_EACH, wrong);
                wrongInAll += wrong.get();
            }
            compiling = (jit.getTotalCompilationTime() - compiledMs) / ((System.nanoTime() - roundStarted) / 1e6);
            rounds++;
        }
        report.append("Before measuring: ").append(rounds).append(" rounds of every page at twenty clients, ")
                .append(STEADY_EACH).append(" requests each; the last kept the JIT compiling ")
                .append(String.format("%.1f", 100 * compiling)).append(" % of its time; code cache ")
                .append(codeCache()).append(".\n\n")
                .append("| page | 1 client p50 ms | p95 ms | raw SQL p50 ms | 20 clients p50 ms | p95 ms | requests/s |")
                .append(" processor ms a request, server / clients (20 clients) | wrong answers |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Page page : pages) {
            AtomicInteger wrong = new AtomicInteger();
            long[] one = oneClient(page, wrong).times();
            long[] raw = raw(page, page.people().get(0));
            Run run = manyClients(page, wrong);
            long[] many = run.times();
            double seconds = run.seconds();
            wrongInAll += wrong.get();
            report.append("| ").append(page.name()).append(" | ").append(ms(one, 50)).append(" | ").append(ms(one, 95))
                    .append(" | ").append(ms(raw, 50)).append(" | ").append(ms(many, 50)).append(" | ")
                    .append(ms(many, 95)).append(" | ").append(String.format("%.0f", many.length / seconds))
                    .append(" | ").append(String.format("%.1f / %.1f", run.serverCpuMsPerRequest(),
                            run.clientCpuMsPerRequest()))
                    .append(" | ").append(wrong.get()).append(" |\n");
            sql.append("- ").append(page.name()).append(": `")
                    .append(String.join("`; `", page.rawSql().stream().map(database::sql).toList())).append("`\n");
            write(items, report + "\n(so far)\n" + sql);
        }
        System.gc();
        report.append("\nAfter the load: resident memory ").append(residentMiB()).append(" MiB; heap used ")
                .append(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20).append(" MiB of ")
                .append(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() >> 20)
                .append(" MiB committed; metaspace and other non-heap ")
                .append(ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getUsed() >> 20)
                .append(" MiB; code cache ").append(codeCache()).append(".\n");
        report.append(sql);
        write(items, report.toString());
        System.out.println(report);
        assertEquals(0, wrongInAll, "wrong answers under load");
    }

    /** The report so far: a run that breaks off still leaves the pages it measured. */
    private static void write(int items, String report) throws java.io.IOException {
        Reports.write("pages-" + items + ".md", report);
    }

    /** One person opening the page: warm-up, then the measured requests. */
    private Run oneClient(Page page, AtomicInteger wrong) throws Exception {
        return load(page, page.people().subList(0, 1), WARM_UP, SINGLE, wrong);
    }

    /** Twenty people, each in their own session, opening the page at once. */
    private Run manyClients(Page page, AtomicInteger wrong) throws Exception {
        return load(page, page.people().subList(0, College.CLIENTS), WARM_UP_EACH_OF_MANY, EACH_OF_MANY, wrong);
    }

    /** The requests' times, sorted, and the seconds they took all together. */
    private record Run(long[] times, double seconds, double serverCpuMsPerRequest, double clientCpuMsPerRequest) {
    }

    /** The requests, sent by {@link LoadClient} in a JVM of its own. */
    private Run load(Page page, List<Account> people, int warmUp, int each, AtomicInteger wrong) throws Exception {
        // the test classes as the build left them (the bench profile passes their folder): the client is not deployed
        String classes = System.getProperty("bench.classes", "target/test-classes");
        Path log = Reports.folder().resolve("load-client.log");
        Process client = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only: the client's compiler done soon and cheaply, its peak speed matters less
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classes, "org.duban.it.bench.LoadClient", WebClient.thisServersAddress(),
                Fixtures.PASSWORD, String.valueOf(warmUp), String.valueOf(each))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        StringBuilder plan = new StringBuilder();
        for (Account person : people) {
            plan.append(person.getUsername()).append('\t').append(page.address().apply(person)).append('\t')
                    .append(page.mustShow().apply(person)).append('\t').append(person.getFullName()).append('\n');
        }
        try (var stdin = client.getOutputStream()) {
            stdin.write(plan.toString().getBytes(StandardCharsets.UTF_8));
        }
        List<String> lines = new ArrayList<>();
        long cpuAtStart = -1;
        long cpuAtEnd = -1;
        try (var stdout = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
                if (line.equals(LoadClient.MEASURING)) {
                    cpuAtStart = LoadClient.processCpuNanos();
                } else if (line.equals(LoadClient.MEASURED)) {
                    cpuAtEnd = LoadClient.processCpuNanos();
                } else {
                    lines.add(line);
                }
            }
        }
        if (client.waitFor() != 0 || lines.isEmpty() || cpuAtStart < 0 || cpuAtEnd < 0) {
            throw new IllegalStateException("the load client failed; see " + log);
        }
        wrong.addAndGet(Integer.parseInt(lines.get(0)));
        long[] times = lines.stream().skip(3).mapToLong(Long::parseLong).toArray();
        Arrays.sort(times);
        return new Run(times, Long.parseLong(lines.get(1)) / 1e9, (cpuAtEnd - cpuAtStart) / 1e6 / times.length,
                Long.parseLong(lines.get(2)) / 1e6 / times.length);
    }

    /**
     * The JIT's code cache, each segment's use of its size in MiB: a full segment makes the JIT throw compiled code
     * away and compile it again, and never settle.
     */
    private static String codeCache() {
        // One pool "CodeCache" below 240 MiB (unsegmented), else "CodeHeap 'non-nmethods'" and its two siblings.
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getName().startsWith("Code"))
                .map(pool -> String.format("%s %.1f of %.1f MiB", pool.getName().replace("CodeHeap ", ""),
                        pool.getUsage().getUsed() / 1048576.0, pool.getUsage().getMax() / 1048576.0))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The page's raw SQL, its statements one after the other, {@code SINGLE} times after warming up: sorted nanoseconds. */
    private long[] raw(Page page, Account person) throws Exception {
        long[] times = new long[SINGLE];
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < WARM_UP + SINGLE; i++) {
                long t = System.nanoTime();
                for (String statement : page.rawSql()) {
                    try (PreparedStatement s = c.prepareStatement(database.sql(statement))) {
                        if (statement.contains("?")) {
                            s.setObject(1, page.rawParameter().apply(person));
                        }
                        try (ResultSet r = s.executeQuery()) {
                            int columns = r.getMetaData().getColumnCount();
                            while (r.next()) {
                                for (int k = 1; k <= columns; k++) {
                                    r.getObject(k);
                                }
                            }
                        }
                    }
                }
                if (i >= WARM_UP) {
                    times[i - WARM_UP] = System.nanoTime() - t;
                }
            }
        }
        Arrays.sort(times);
        return times;
    }

    private long count(String statement, Object parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(database.sql(statement))) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long residentMiB() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
            }
        }
        return -1;
    }

    private static String ms(long[] sorted, int percentile) {
        return String.format("%.1f", sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6);
    }
}
