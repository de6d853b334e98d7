package org.duban.it.support;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Test only: Debian's nginx in front of a test's own servers, on 127.0.0.1 and a free port, with the README's proxy
 * configuration ({@code ear/src/main/cluster/nginx-duban.conf}) for their ports, in a process of its own (pid, logs
 * and temporary files in {@code work/nginx}). Each answer says which server gave it ({@link #servedBy}). Without
 * nginx the test is skipped, but under CI=true, where a missing nginx is an installation fault.
 */
public final class ReverseProxy implements AutoCloseable {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final String SERVED_BY = "X-Duban-Upstream";

    private final Process process;
    private final int port;

    private ReverseProxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** nginx in front of the servers on {@code ports} (127.0.0.1), once it answers. */
    public static ReverseProxy start(Path work, List<Integer> ports) throws IOException, InterruptedException {
        if (!Files.isExecutable(NGINX)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + NGINX + " is missing");
            }
            assumeTrue(false, "nginx is not installed (apt-get install nginx-light)");
        }
        Path folder = Files.createDirectories(work.resolve("nginx"));
        int port = MicroServer.freePort();
        Files.writeString(folder.resolve("duban.conf"), forTheseServers(Files.readString(
                Path.of("src/main/cluster/nginx-duban.conf")), port, ports));
        Files.writeString(folder.resolve("nginx.conf"), String.join("\n",
                "daemon off;", "worker_processes 1;", "pid " + folder.resolve("nginx.pid") + ";",
                "error_log " + folder.resolve("error.log") + ";", "events { worker_connections 512; }", "http {",
                "    access_log " + folder.resolve("access.log") + ";",
                "    client_body_temp_path " + folder.resolve("body") + ";",
                "    proxy_temp_path " + folder.resolve("proxy") + ";",
                "    fastcgi_temp_path " + folder.resolve("fastcgi") + ";",
                "    uwsgi_temp_path " + folder.resolve("uwsgi") + ";",
                "    scgi_temp_path " + folder.resolve("scgi") + ";",
                "    include " + folder.resolve("duban.conf") + ";", "}", ""));
        Process process = new ProcessBuilder(NGINX.toString(), "-p", folder.toString(), "-e",
                folder.resolve("error.log").toString(), "-c", folder.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("nginx.out").toFile()).start();
        ReverseProxy proxy = new ReverseProxy(process, port);
        for (int i = 0; i < 50; i++) {
            if (!process.isAlive()) {
                fail("nginx did not start: " + Files.readString(folder.resolve("error.log")));
            }
            try (var probe = new java.net.Socket("127.0.0.1", port)) {
                return proxy;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        proxy.close();
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    /**
     * The README's configuration with the servers and the listening address of this test, and a header that names
     * the server that answered (test only).
     */
    private static String forTheseServers(String conf, int port, List<Integer> ports) {
        String servers = ports.stream().map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=10s;")
                .collect(Collectors.joining("\n"));
        String changed = conf.replaceAll("(?m)^ *server 127\\.0\\.0\\.1:808[12] .*\\n", "")
                .replace("    keepalive 16;", servers + "\n    keepalive 16;")
                .replace("listen 127.0.0.1:8080;", "listen 127.0.0.1:" + port + ";")
                .replace("proxy_pass http://duban;", "proxy_pass http://duban;\n        add_header " + SERVED_BY
                        + " $upstream_addr always;");
        assertTrue(changed.contains("server 127.0.0.1:" + ports.get(0)) && changed.contains(SERVED_BY),
                "the README's nginx configuration has the shape this test expects: " + changed);
        return changed;
    }

    /** The application's address through the proxy, ending in a slash. */
    public String base() {
        return "http://127.0.0.1:" + port + "/duban/";
    }

    /** The port of the server that gave {@code answer} (the last one nginx tried). */
    public static int servedBy(HttpResponse<?> answer) {
        String upstreams = answer.headers().firstValue(SERVED_BY).orElseThrow(
                () -> new AssertionError("not an answer through the proxy: " + answer.uri()));
        String last = upstreams.substring(upstreams.lastIndexOf(',') + 1).strip();
        return Integer.parseInt(last.substring(last.lastIndexOf(':') + 1));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
