package org.duban.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The JNDI name of the application's database. The build writes it into {@code duban-datasource.properties} (and into
 * persistence.xml) from the Maven property {@code duban.datasource}: embedded Derby by default, the college's own
 * data source when the EAR is built with {@code -Dduban.datasource=jdbc/...}.
 */
public final class DataSourceName {

    public static final String EMBEDDED = "java:app/jdbc/duban";

    private DataSourceName() {
    }

    /** The application's data source, for the few reads that need plain JDBC (migrations, the deadline scan). */
    public static DataSource lookup() {
        try {
            return (DataSource) new InitialContext().lookup(jndi());
        } catch (NamingException e) {
            throw new IllegalStateException("No data source at " + jndi(), e);
        }
    }

    /** Whether the data source is Derby embedded in this server (not a Derby network server, not another database). */
    public static boolean isEmbeddedDerby() {
        try (Connection connection = lookup().getConnection()) {
            String url = connection.getMetaData().getURL();
            return url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
        } catch (SQLException | IllegalStateException e) {
            return false;
        }
    }

    public static String jndi() {
        try (InputStream in = DataSourceName.class.getResourceAsStream("/duban-datasource.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("jndi", EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
