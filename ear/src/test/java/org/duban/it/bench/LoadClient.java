package org.duban.it.bench;

import org.duban.it.support.WebClient;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bench only: the HTTP clients of {@link PagesBench}, in a JVM of their own, so that what the clients allocate and
 * compute is not counted against the server's heap and figures (the server still shares the machine's two cores).
 * <p>
 * Arguments: the server's base address, the password, requests to warm up (each client), requests measured (each
 * client). Standard input: one line per client, {@code username TAB address TAB what the page must show TAB the
 * person's full name}. The clients sign in first, then warm up, then all run at once. Standard output: a line
 * {@value #MEASURING} as the measured requests begin and {@value #MEASURED} as they end, then the number of
 * wrong answers (not 200, the sign-in page, another person's page, or without what it must show), the nanoseconds
 * the measured requests took all together, the processor time this client's JVM used over them in nanoseconds (the
 * two cores are shared: what the clients take, the server cannot have), then each one's time in nanoseconds, one
 * per line. At the end each client signs out.
 */
public final class LoadClient {

    /** Lines written as the measured requests begin and end (before the figures). */
    static final String MEASURING = "measuring", MEASURED = "measured";

    private record Client(WebClient web, String address, String mustShow, String fullName) {
    }

    public static void main(String[] arguments) throws Exception {
        String base = arguments[0];
        String password = arguments[1];
        int warmUp = Integer.parseInt(arguments[2]);
        int each = Integer.parseInt(arguments[3]);
        List<Client> clients = new ArrayList<>();
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = input.readLine(); line != null && !line.isBlank(); line = input.readLine()) {
            String[] field = line.split("\t");
            WebClient web = new WebClient(base);
            web.signIn(field[0], password);
            clients.add(new Client(web, field[1], field[2], field[3]));
        }
        AtomicInteger wrong = new AtomicInteger();
        for (Client client : clients) {
            for (int i = 0; i < warmUp; i++) {
                client.web().get(client.address());
            }
        }
        long[] times = new long[clients.size() * each];
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        System.out.println(MEASURING); // the server counts its processor time from here
        System.out.flush();
        long began = System.nanoTime();
        long cpuAtStart = processCpuNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients.size(); c++) {
                Client client = clients.get(c);
                int slot = c;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        long started = System.nanoTime();
                        try {
                            if (!right(client, client.web().get(client.address()))) {
                                wrong.incrementAndGet();
                            }
                        } catch (IllegalStateException lost) {
                            wrong.incrementAndGet(); // the connection broke: no answer is a wrong answer
                        }
                        times[slot * each + i] = System.nanoTime() - started;
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long took = System.nanoTime() - began;
        long cpu = processCpuNanos() - cpuAtStart;
        System.out.println(MEASURED);
        System.out.flush();
        for (Client client : clients) {
            client.web().signOut(); // as people do: the server keeps no session the clients have done with
        }
        StringBuilder out = new StringBuilder().append(wrong.get()).append('\n').append(took).append('\n')
                .append(cpu).append('\n');
        for (long time : times) {
            out.append(time).append('\n');
        }
        System.out.print(out);
        System.out.flush();
    }

    /** The processor time of this JVM, all its threads, in nanoseconds: the clients' here, the server's in PagesBench. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static boolean right(Client client, HttpResponse<String> response) {
        return response.statusCode() == 200 && !response.uri().getPath().endsWith("/login.xhtml")
                && response.body().contains(client.fullName()) && response.body().contains(client.mustShow());
    }
}
