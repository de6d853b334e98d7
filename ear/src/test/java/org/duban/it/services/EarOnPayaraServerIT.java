package org.duban.it.services;

import java.nio.file.Path;

/**
 * The EAR, unchanged, on Payara Server 6 ({@link EarOnAsadminServer}); on PostgreSQL under -Ppostgresql. The
 * domain's data grid (Hazelcast, on by default in Payara Server and listening on every interface) is switched off:
 * one server needs none, and nothing of a test listens beyond 127.0.0.1.
 */
class EarOnPayaraServerIT extends EarOnAsadminServer {

    @Override
    Path home() {
        return Path.of(System.getProperty("it.payara", "target/fullserver/payara6"));
    }

    @Override
    String name() {
        return "payara";
    }

    @Override
    String configured(String domainXml) {
        return domainXml.replace("<hazelcast-config-specific-configuration>",
                "<hazelcast-config-specific-configuration enabled=\"false\">");
    }
}
