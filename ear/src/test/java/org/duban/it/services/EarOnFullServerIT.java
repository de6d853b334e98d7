package org.duban.it.services;

import org.duban.it.support.FullServers;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        FullServers.delete(DOMAINS.resolve(DOMAIN));
        FullServers.delete(DOMAINS.resolve("derby"));
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
        asadmin("--port", String.valueOf(adminPort), "deploy", "--contextroot", "duban", FullServers.ear().toString());
    }

    @AfterAll
    static void stopServer() throws Exception {
        asadmin("stop-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
    }

    @Test
    void loginPageAnswersAndADemoAccountSignsIn() {
        FullServers.assertADemoAccountSignsIn("http://127.0.0.1:" + httpPort + "/duban/");
    }

    private static int freePortBase() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base;
            try (ServerSocket socket = new ServerSocket(0)) {
                base = socket.getLocalPort() / 100 * 100;
            }
            if (base >= 10000 && base <= 60000 && FullServers.allFree(base + 37, base + 38, base + 39, base + 48,
                    base + 76, base + 80, base + 81, base + 86)) {
                return base;
            }
        }
        throw new IllegalStateException("no free block of 100 ports");
    }

    private static void asadmin(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", GLASSFISH.resolve("glassfish/lib/client/appserver-cli.jar").toString()));
        command.addAll(List.of(arguments));
        FullServers.run(DOMAINS.getParent().resolve("asadmin.log"), command);
    }
}
