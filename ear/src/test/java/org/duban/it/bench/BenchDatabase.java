package org.duban.it.bench;

import org.duban.support.DataSourceName;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Bench only: the database under a benchmark — the application's own data source (embedded Derby, or the server's
 * {@code jdbc/duban} when built with {@code -Ppostgresql}), its name for the reports, and the one spelling that differs:
 * the flags of schema version 12 ({@code SEES}, {@code OPEN_ITEM}, {@code UNITS_TURN}) are SMALLINT 0/1 on Derby and
 * MariaDB, BOOLEAN on PostgreSQL.
 *
 * @param dataSource   the application's data source
 * @param name         the product and its version, as the reports say it ("embedded Derby 10.16.1.1", "PostgreSQL 15.18")
 * @param booleanFlags whether the flags are BOOLEAN (PostgreSQL)
 */
record BenchDatabase(DataSource dataSource, String name, boolean booleanFlags) {

    /** The application's database. */
    static BenchDatabase lookup() throws SQLException {
        DataSource dataSource = DataSourceName.lookup();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String product = meta.getDatabaseProductName();
            String name = (DataSourceName.isEmbeddedDerby() ? "embedded " : "") + product.replace("Apache ", "") + " "
                    + meta.getDatabaseProductVersion().replaceAll(" .*", "");
            return new BenchDatabase(dataSource, name, product.equals("PostgreSQL"));
        }
    }

    /** {@code statement} with its flag literals {@code {yes}} and {@code {no}} spelled for this database. */
    String sql(String statement) {
        return statement.replace("{yes}", booleanFlags ? "TRUE" : "1").replace("{no}", booleanFlags ? "FALSE" : "0");
    }

    /** Sets the parameter {@code index} of {@code statement} to a flag of schema version 12. */
    void setFlag(PreparedStatement statement, int index, boolean value) throws SQLException {
        if (booleanFlags) {
            statement.setBoolean(index, value);
        } else {
            statement.setShort(index, (short) (value ? 1 : 0));
        }
    }
}
