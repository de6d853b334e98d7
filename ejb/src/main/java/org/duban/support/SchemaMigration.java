package org.duban.support;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;


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
                .dataSource(DataSourceName.lookup())
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

}
