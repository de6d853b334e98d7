package org.duban.support;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;


/**
 * Brings the schema up to date at start-up with the versioned scripts: one history of versions, each script in one of
 * the folders under {@code db/migration} that {@link Scripts} names for the database the data source reaches —
 * {@code common} (the same SQL on all three), {@code derby-postgresql} (the same on those two), or one database's own
 * ({@code derby}, {@code postgresql}, {@code mysql} for MariaDB: types and functions that differ). A script may move
 * between folders (Flyway knows it by version and checksum, not by folder). Data survives an upgrade, and a schema
 * newer than the code stops the start rather than being touched. On Derby every identity column then gets its first
 * block of ids before anyone works ({@link DerbyIdentityWarmUp}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    @PostConstruct
    void migrate() {
        DataSource dataSource = DataSourceName.lookup();
        Scripts scripts = Scripts.of(dataSource);
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(scripts.locations)
                .load()
                .migrate();
        if (scripts == Scripts.DERBY) {
            DerbyIdentityWarmUp.run(dataSource);
        }
    }

    /** The scripts written for each database Duban runs on, by the product name its JDBC driver reports. */
    enum Scripts {
        DERBY("Apache Derby", "common", "derby-postgresql", "derby"),
        POSTGRESQL("PostgreSQL", "common", "derby-postgresql", "postgresql"),
        /** MariaDB writes identities, times and long text its own way: twelve of its versions are its own. */
        MARIADB("MariaDB", "common", "mysql");

        /** What the JDBC driver reports ({@code DatabaseMetaData.getDatabaseProductName}). */
        private final String product;
        /** Flyway's locations, {@code classpath:db/migration/…}. */
        final String[] locations;

        Scripts(String product, String... folders) {
            this.product = product;
            this.locations = java.util.Arrays.stream(folders).map(folder -> "classpath:db/migration/" + folder)
                    .toArray(String[]::new);
        }

        /**
         * The scripts for the database the data source reaches; another database stops the start, saying which, and
         * so does MariaDB with transactions other than READ COMMITTED: under InnoDB's REPEATABLE READ an update that
         * finds no row locks the gap where it would be, and the first number of a year ({@link Counters}) would wait
         * for itself (README, Deploying: the pool's isolation level).
         */
        static Scripts of(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                String product = connection.getMetaData().getDatabaseProductName();
                for (Scripts scripts : values()) {
                    if (scripts.product.equals(product)) {
                        int isolation = connection.getTransactionIsolation();
                        if (scripts == MARIADB && isolation != Connection.TRANSACTION_READ_COMMITTED) {
                            throw new IllegalStateException("Duban runs on MariaDB with READ COMMITTED transactions;"
                                    + " this pool gives " + isolationName(isolation)
                                    + ": set the pool's isolation level to read-committed (README, Deploying)");
                        }
                        return scripts;
                    }
                }
                throw new IllegalStateException("Duban has no schema scripts for " + product
                        + "; it runs on Apache Derby, PostgreSQL and MariaDB (README, Deploying)");
            } catch (SQLException e) {
                throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
            }
        }

        private static String isolationName(int level) {
            return switch (level) {
                case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ UNCOMMITTED";
                case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
                case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
                default -> "isolation level " + level;
            };
        }
    }
}
