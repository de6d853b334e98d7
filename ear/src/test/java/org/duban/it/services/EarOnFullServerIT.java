package org.duban.it.services;

import java.nio.file.Path;

/** The EAR, unchanged, on GlassFish 7.0.21 ({@link EarOnAsadminServer}); on PostgreSQL under -Ppostgresql. */
class EarOnFullServerIT extends EarOnAsadminServer {

    @Override
    Path home() {
        return Path.of(System.getProperty("it.glassfish", "target/fullserver/glassfish7"));
    }

    @Override
    String name() {
        return "glassfish";
    }
}
