package org.duban.support;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Brings the schema up to date at start-up with the versioned scripts in {@code db/migration}: data survives an
 * upgrade, and a schema newer than the code stops the start rather than being touched.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    @PostConstruct
    void migrate() {
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(lookup())
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private static DataSource lookup() {
        try {
            return (DataSource) new InitialContext().lookup(DataSourceName.jndi());
        } catch (NamingException e) {
            throw new IllegalStateException("No data source at " + DataSourceName.jndi(), e);
        }
    }
}
