package org.duban.support;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The schema's folders: every database reads one whole history of versions (V1 to the newest, each once), so that a
 * version added for some databases cannot silently miss another; and the database that the data source reaches
 * picks its folders, MariaDB only with READ COMMITTED transactions.
 */
class SchemaMigrationTest {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void everyDatabaseReadsEveryVersionOnce() throws Exception {
        List<Integer> derby = versions(SchemaMigration.Scripts.DERBY);
        assertEquals(IntStream.rangeClosed(1, derby.size()).boxed().toList(), derby, "Derby: V1 to the newest, each once");
        for (SchemaMigration.Scripts scripts : SchemaMigration.Scripts.values()) {
            assertEquals(derby, versions(scripts), scripts + " reads the same versions as Derby");
        }
    }

    @Test
    void theDatabaseThatAnswersPicksItsFolders() {
        assertEquals(SchemaMigration.Scripts.DERBY,
                SchemaMigration.Scripts.of(database("Apache Derby", Connection.TRANSACTION_READ_COMMITTED)));
        assertEquals(SchemaMigration.Scripts.POSTGRESQL,
                SchemaMigration.Scripts.of(database("PostgreSQL", Connection.TRANSACTION_READ_COMMITTED)));
        assertEquals(SchemaMigration.Scripts.MARIADB,
                SchemaMigration.Scripts.of(database("MariaDB", Connection.TRANSACTION_READ_COMMITTED)));
    }

    @Test
    void mariaDbWithInnoDbsDefaultIsolationAndUnknownDatabasesAreRefusedSayingWhy() {
        IllegalStateException repeatable = assertThrows(IllegalStateException.class, () -> SchemaMigration.Scripts.of(
                database("MariaDB", Connection.TRANSACTION_REPEATABLE_READ)));
        assertTrue(repeatable.getMessage().contains("REPEATABLE READ")
                && repeatable.getMessage().contains("read-committed"), repeatable.getMessage());
        IllegalStateException oracle = assertThrows(IllegalStateException.class, () -> SchemaMigration.Scripts.of(
                database("Oracle", Connection.TRANSACTION_READ_COMMITTED)));
        assertTrue(oracle.getMessage().contains("Oracle"), oracle.getMessage());
    }

    /** The versions in the folders Flyway reads for {@code scripts}, in order (a version twice appears twice). */
    private static List<Integer> versions(SchemaMigration.Scripts scripts) throws IOException, URISyntaxException {
        List<Integer> versions = new ArrayList<>();
        for (String location : scripts.locations) {
            Path folder = Path.of(SchemaMigrationTest.class.getClassLoader()
                    .getResource(location.substring("classpath:".length())).toURI());
            try (Stream<Path> files = Files.list(folder)) {
                files.map(file -> VERSION.matcher(file.getFileName().toString())).filter(Matcher::matches)
                        .forEach(version -> versions.add(Integer.parseInt(version.group(1))));
            }
        }
        versions.sort(null);
        assertEquals(new TreeSet<>(versions).size(), versions.size(), scripts + ": a version in two folders " + versions);
        return versions;
    }

    /**
     * A stand-in for a pool's data source that answers what {@link SchemaMigration.Scripts#of} needs: the product
     * name and the isolation level of a connection (the suites on each database run the real ones); any other
     * question fails the test, so that a choice made on something else is seen.
     */
    private static DataSource database(String product, int isolation) {
        DatabaseMetaData metaData = proxy(DatabaseMetaData.class, (method, args) -> switch (method) {
            case "getDatabaseProductName" -> product;
            default -> throw new AssertionError("SchemaMigration.Scripts.of asked for more: " + method);
        });
        Connection connection = proxy(Connection.class, (method, args) -> switch (method) {
            case "getMetaData" -> metaData;
            case "getTransactionIsolation" -> isolation;
            case "close" -> null;
            default -> throw new AssertionError("SchemaMigration.Scripts.of asked for more: " + method);
        });
        return proxy(DataSource.class, (method, args) -> switch (method) {
            case "getConnection" -> connection;
            default -> throw new AssertionError("SchemaMigration.Scripts.of asked for more: " + method);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
