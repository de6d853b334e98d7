package org.duban.it.support;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Test only: a Payara Micro server in a process of its own, for the tests that run several servers, stop one or kill
 * it (Arquillian's server cannot be killed by its own test). It listens on 127.0.0.1 on a free port, its log
 * ({@code work/name.log}, then {@code name-2.log} … for the next start of that name) and temporary files in
 * {@code work}; the application is at {@link #base()}.
 */
public final class MicroServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private MicroServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code war} at /duban with the build's preboot file and waits until its sign-in page answers.
     *
     * @param jvmOptions   e.g. {@code -Dduban.demo=true}
     * @param microOptions more Payara Micro options, e.g. {@code --postbootcommandfile FILE}; {@code --port P} to
     *                     listen on P (a server started again where a proxy expects it), else a free port
     */
    public static MicroServer start(Path war, Path work, String name, List<String> jvmOptions,
                                    List<String> microOptions) throws IOException, InterruptedException {
        int asked = microOptions.indexOf("--port");
        int port = asked >= 0 ? Integer.parseInt(microOptions.get(asked + 1)) : freePort();
        Path log = work.resolve(name + ".log");
        for (int start = 2; Files.exists(log); start++) {
            log = work.resolve(name + "-" + start + ".log"); // the same server started again: each start its own log
        }
        String label = log.getFileName().toString().replaceFirst("\\.log$", "");
        Path tmp = Files.createDirectories(work.resolve(label + "-tmp")); // each start its own, servers side by side too
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-Djava.io.tmpdir=" + tmp, "-Duser.timezone=Asia/Shanghai"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar",
                new File(System.getProperty("payara.microJar", "target/payara-micro.jar")).getAbsolutePath(),
                "--deploy", war.toString(), "--contextroot", "duban", "--disablephonehome", "--prebootcommandfile",
                preboot(microOptions.contains("--clustername"), work, label).toString()));
        command.addAll(microOptions);
        if (asked < 0) {
            command.addAll(List.of("--port", String.valueOf(port)));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        MicroServer server = new MicroServer(process, port, log);
        try {
            server.awaitSignInPage();
        } catch (Throwable notStarted) {
            try {
                server.kill(); // a server that did not come up (its application refused to start) is not left running
            } catch (Throwable alsoFailed) {
                notStarted.addSuppressed(alsoFailed);
            }
            throw notStarted;
        }
        return server;
    }

    /**
     * The build's preboot file; for an instance of a cluster, as the README says to make its {@code cluster.asadmin}:
     * without the line that keeps sessions in memory only (the instances copy them to each other).
     */
    private static Path preboot(boolean clusterInstance, Path work, String label) throws IOException {
        Path preboot = Path.of(System.getProperty("it.preboot", "src/main/payara/preboot.asadmin")).toAbsolutePath();
        if (!clusterInstance) {
            return preboot;
        }
        List<String> lines = Files.readAllLines(preboot).stream()
                .filter(line -> !line.contains("web-container-availability.availability-enabled=false")).toList();
        return Files.write(work.resolve(label + "-cluster.asadmin"), lines);
    }

    /** The application's address, ending in a slash. */
    public String base() {
        return "http://127.0.0.1:" + port + "/duban/";
    }

    public int port() {
        return port;
    }

    /** What the server wrote (its log of this start). */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Ends the process as {@code kill -9} would: no shutdown hook, no transaction finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitSignInPage() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 180 && process.isAlive(); i++) {
            try {
                HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base() + "login.xhtml"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200 && page.body().contains("login:username")) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        fail("Payara Micro on port " + port + " did not start; see " + log);
    }

    /** A port nobody listens on at 127.0.0.1 now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
