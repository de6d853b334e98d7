package org.duban.it.services;

import org.duban.it.support.*;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EAR, unchanged, on a full Jakarta EE 10 server (GlassFish 7.0.21): a domain of its own on free ports bound to
 * 127.0.0.1, the EAR deployed with asadmin, the login page answers, and a demo account signs in and sees its items.
 */
class EarOnFullServerIT {

    private static final Path GLASSFISH = Path.of(System.getProperty("it.glassfish", "target/fullserver/glassfish7"));
    private static final Path DOMAINS = Path.of("target/fullserver-domains").toAbsolutePath();
    private static final String DOMAIN = "duban-it";
    private static int adminPort;
    private static int httpPort;

    @BeforeAll
    static void startServerAndDeploy() throws Exception {
        int portBase = freePortBase();
        adminPort = portBase + 48;
        httpPort = portBase + 80;
        deleteDomain();
        asadmin("create-domain", "--domaindir", DOMAINS.toString(), "--nopassword", "--portbase",
                String.valueOf(portBase), "--checkports=true", DOMAIN);
        Path domainXml = DOMAINS.resolve(DOMAIN).resolve("config/domain.xml");
        String xml = Files.readString(domainXml)
                .replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
                .replaceAll("<network-listener (?![^>]*address=)", "<network-listener address=\"127.0.0.1\" ")
                .replaceFirst("<jvm-options>", "<jvm-options>-Dderby.system.home="
                        + DOMAINS.resolve("derby") + "</jvm-options><jvm-options>-Dduban.demo=true</jvm-options><jvm-options>");
        Files.writeString(domainXml, xml);
        asadmin("start-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
        asadmin("--port", String.valueOf(adminPort), "deploy", "--contextroot", "duban",
                Path.of(System.getProperty("it.ear", "target/duban.ear")).toAbsolutePath().toString());
    }

    @AfterAll
    static void stopServer() throws Exception {
        asadmin("stop-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
    }

    @Test
    void loginPageAnswersAndADemoAccountSignsIn() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://127.0.0.1:" + httpPort + "/duban/";
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "home.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("login:username"), "an unauthenticated request gets the login page");
        assertTrue(login.body().contains("督查督办工作系统"), login.body());

        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
        assertTrue(viewState.find());
        Matcher continueTo = Pattern.compile("name=\"login:continue\"[^>]*value=\"([^\"]*)\"").matcher(login.body());
        assertTrue(continueTo.find(), "the login page remembers the page asked for");
        String form = "login=login&login%3Acontinue=" + URLEncoder.encode(continueTo.group(1), StandardCharsets.UTF_8)
                + "&login%3Ausername=office&login%3Apassword=duban2026&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(home.uri().toString().endsWith("home.xhtml"), "signed in and back at the page asked for: " + home.uri());
        assertTrue(home.body().contains("张督办"), "the office account's name is shown");
        assertTrue(home.body().contains("class=\"item-link\""), "and its items are listed");
    }

    private static int freePortBase() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base;
            try (ServerSocket socket = new ServerSocket(0)) {
                base = socket.getLocalPort() / 100 * 100;
            }
            if (base >= 10000 && base <= 60000 && allFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("no free block of 100 ports");
    }

    private static boolean allFree(int base) {
        for (int offset : new int[]{37, 38, 39, 48, 76, 80, 81, 86}) {
            try (ServerSocket ignored = new ServerSocket(base + offset)) {
                // free
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** A new domain and a new database every run: the test makes its own data. */
    private static void deleteDomain() throws IOException {
        for (Path folder : List.of(DOMAINS.resolve(DOMAIN), DOMAINS.resolve("derby"))) {
            if (Files.exists(folder)) {
                try (var paths = Files.walk(folder)) {
                    paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void asadmin(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", GLASSFISH.resolve("glassfish/lib/client/appserver-cli.jar").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(DOMAINS.getParent().resolve("asadmin.log").toFile().exists()
                        ? ProcessBuilder.Redirect.appendTo(DOMAINS.getParent().resolve("asadmin.log").toFile())
                        : ProcessBuilder.Redirect.to(DOMAINS.getParent().resolve("asadmin.log").toFile()))
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " timed out");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed; see target/asadmin.log");
        }
    }
}
