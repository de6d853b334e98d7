package org.duban.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bench only: where the reports go — the folder the build passes as {@code bench.reports} (target/bench/ on Derby,
 * target/bench/postgresql/ with {@code -Ppostgresql}), so that the figures of the databases stand side by side.
 */
final class Reports {

    private Reports() {
    }

    static Path folder() throws IOException {
        Path folder = Path.of(System.getProperty("bench.reports", "target/bench"));
        Files.createDirectories(folder);
        return folder;
    }

    /** Writes the report {@code file} (a Markdown file name) into the folder. */
    static void write(String file, String report) throws IOException {
        Files.writeString(folder().resolve(file), report);
    }
}
