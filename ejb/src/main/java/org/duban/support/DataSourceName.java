package org.duban.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The JNDI name of the application's database. The build writes it into {@code duban-datasource.properties} (and into
 * persistence.xml) from the Maven property {@code duban.datasource}: embedded Derby by default, the college's own
 * data source when the EAR is built with {@code -Dduban.datasource=jdbc/...}.
 */
public final class DataSourceName {

    public static final String EMBEDDED = "java:app/jdbc/duban";

    private DataSourceName() {
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
