package org.duban.support;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The default data source: embedded Derby, its files in the folder {@code derby.system.home} names (the server's
 * working directory when unset). A college points the application at its own database by building with
 * {@code -Dduban.datasource=<JNDI name>} (see the README); this definition then stays unused and opens nothing.
 * On undeploy the Derby engine is shut down, or a redeploy in the same JVM could not boot the database again.
 */
@DataSourceDefinition(
        name = DataSourceName.EMBEDDED,
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "duban",
        properties = {"createDatabase=create"},
        minPoolSize = 0,
        initialPoolSize = 0,
        maxPoolSize = 20)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private static final String DERBY_SHUTDOWN_OK = "XJ015";


    @PreDestroy
    void shutDownEmbeddedDerby() {
        if (!DataSourceName.isEmbeddedDerby()) {
            return;
        }
        try (Connection ignored = DriverManager.getConnection("jdbc:derby:;shutdown=true")) {
            LOG.warning("Derby did not report its shutdown");
        } catch (SQLException e) {
            if (!DERBY_SHUTDOWN_OK.equals(e.getSQLState())) {
                LOG.log(Level.WARNING, "Derby shutdown failed", e);
            }
        }
    }
}
