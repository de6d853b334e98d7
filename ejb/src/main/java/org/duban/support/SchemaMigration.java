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
 * Brings the schema up to date at start-up with the versioned scripts: one history of versions, each script either
 * in {@code db/migration/common} (plain SQL every supported database runs) or written once per database in
 * {@code db/migration/derby} and {@code db/migration/postgresql} (types and functions that differ), the folder chosen
 * by the database the data source reaches. Data survives an upgrade, and a schema newer than the code stops the start
 * rather than being touched. On Derby every identity column then gets its first block of ids before anyone works
 * ({@link DerbyIdentityWarmUp}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    @PostConstruct
    void migrate() {
        DataSource dataSource = DataSourceName.lookup();
        String scripts = scriptsFor(dataSource);
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + scripts)
                .load()
                .migrate();
        if ("derby".equals(scripts)) {
            DerbyIdentityWarmUp.run(dataSource);
        }
    }

    /** The folder of the scripts written for this database; another database stops the start, saying which. */
    private static String scriptsFor(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
        return switch (product) {
            case "Apache Derby" -> "derby";
            case "PostgreSQL" -> "postgresql";
            default -> throw new IllegalStateException("Duban has no schema scripts for " + product
                    + "; it runs on Apache Derby and PostgreSQL (README, Deploying)");
        };
    }

}
