package org.duban.it.bench;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark (profile {@code bench}): the time from starting the quick start's server (Payara Micro with the WAR and
 * the options the README gives) to the sign-in page answering, and its resident memory then: the first start on an
 * empty data folder (the migrations and the demo data are made), then two restarts on the same folder, as a college
 * restarts its server. The server is stopped by its own PID each time.
 * Results go to target/bench/startup.md.
 */
class StartupBench {

    private static final int STARTS = 3;

    @Test
    void fromStartToTheSignInPage() throws Exception {
        Path target = Path.of(System.getProperty("it.tmpdir", "target/it-tmp")).getParent();
        List<Double> seconds = new ArrayList<>();
        List<Long> resident = new ArrayList<>();
        Path data = Files.createTempDirectory(target, "startup-data");
        for (int i = 0; i < STARTS; i++) {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Instant begin = Instant.now();
            List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
                    "-Xmx" + System.getProperty("bench.heap", "384m"), "-Dderby.system.home=" + data,
                    "-XX:+UseSerialGC", "-Dduban.demo=true", "-Djava.io.tmpdir=" + data, "-jar",
                    System.getProperty("payara.microJar"),
                    "--deploy", System.getProperty("it.microWar"), "--contextroot", "duban", "--port",
                    String.valueOf(port), "--nohazelcast", "--prebootcommandfile", System.getProperty("it.preboot")));
            // the build's other options: on PostgreSQL its data source and driver
            command.addAll(List.of(System.getProperty("it.microOptions", "--disablephonehome").trim().split("\\s+")));
            Process server = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(data.resolve("server-" + i + ".log").toFile()).start();
            try {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
                URI login = URI.create("http://127.0.0.1:" + port + "/duban/login.xhtml");
                boolean up = false;
                while (!up && Duration.between(begin, Instant.now()).toSeconds() < 240) {
                    try {
                        up = http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString())
                                .statusCode() == 200;
                    } catch (java.io.IOException notYet) {
                        Thread.sleep(100);
                    }
                }
                assertTrue(up, "the sign-in page answered");
                seconds.add(Duration.between(begin, Instant.now()).toMillis() / 1000.0);
                resident.add(residentMiB(server.pid()));
            } finally {
                server.destroy();
                if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        }
        String report = "# Start-up benchmark\n\nRun " + Instant.now() + ": Payara Micro 6 with the WAR and `"
                + System.getProperty("it.microOptions", "") + "` (on PostgreSQL: its pool and driver), -Xmx"
                + System.getProperty("bench.heap", "384m") + " -XX:+UseSerialGC (Payara Micro unpacks its runtime at every start).\n\n"
                + "| start | seconds to the sign-in page | resident MiB then |\n|---|---|---|\n";
        for (int i = 0; i < STARTS; i++) {
            report += "| " + (i == 0 ? "first, on an empty database (schema and demo data made)"
                    : "restart " + i) + " | " + String.format("%.1f", seconds.get(i)) + " | " + resident.get(i) + " |\n";
        }
        Reports.write("startup.md", report);
        System.out.println(report);
    }

    private static long residentMiB(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
            }
        }
        return -1;
    }
}
