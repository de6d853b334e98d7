package org.duban.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test only: what the tests of the unchanged EAR on a full server share (EarOnFullServerIT, EarOnWildFlyIT): the
 * EAR, free ports, a fresh folder, the server's command-line tools run to their end, and the check itself: the login
 * page answers and a demo account signs in through the login form and sees its items.
 */
public final class FullServers {

    private FullServers() {
    }

    /** The EAR this module built. */
    public static Path ear() {
        return Path.of(System.getProperty("it.ear", "target/duban.ear")).toAbsolutePath();
    }

    /** Ports nobody listens on now, all different. */
    public static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    public static boolean allFree(int... ports) {
        for (int port : ports) {
            try (ServerSocket ignored = new ServerSocket(port)) {
                // free
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** A folder and everything in it, if it exists: every run starts from a new server folder and a new database. */
    public static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Runs a server's command-line tool to its end (five minutes at most), its output added to the log. */
    public static void run(Path log, List<String> command) throws Exception {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly); // a server the command started, too
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " timed out; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    /**
     * An unauthenticated request for the home page gets the login page; the office account signs in through the
     * form, lands on the page it asked for, and sees its name and its items.
     */
    public static void assertADemoAccountSignsIn(String base) {
        WebClient browser = new WebClient(base);
        HttpResponse<String> login = browser.get("home.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("login:username"), "an unauthenticated request gets the login page");
        assertTrue(login.body().contains("督查督办工作系统"), login.body());

        Map<String, String> form = browser.form("login");
        assertNotNull(form.get("login:continue"), "the login page remembers the page asked for");
        form.put("login:username", "office");
        form.put("login:password", "duban2026");
        form.put("login:submit", "");
        HttpResponse<String> home = browser.post("login.xhtml", form);
        assertTrue(home.uri().toString().endsWith("home.xhtml"), "signed in and back at the page asked for: " + home.uri());
        assertTrue(home.body().contains("张督办"), "the office account's name is shown");
        assertTrue(home.body().contains("class=\"item-link\""), "and its items are listed");
    }
}
