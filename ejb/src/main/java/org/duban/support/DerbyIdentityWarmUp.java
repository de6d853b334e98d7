package org.duban.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Makes Derby hand out the first block of ids of every identity column at start-up, alone, before anyone works, and
 * makes those blocks larger ({@link #BLOCK} ids).
 * <p>
 * Why: after a boot, Derby allocates each identity column's first block of values in a nested transaction that
 * does not wait for locks; when other sessions are compiling inserts into the same table at that moment it gives up
 * at once with 40XL1 ("A lock could not be obtained", {@code SequenceUpdater.tooMuchContentionException}), and the
 * person's save fails. Seen with four people drafting at once just after a start (BackupRestoreIT) and reproduced
 * with plain JDBC (a third of the boots). Later blocks can meet it too, much more rarely (during an online backup):
 * hence the larger blocks. An insert of only the id, in a transaction that
 * is rolled back, makes the allocation — the row is refused by the table's NOT NULL columns or rolled back, the
 * allocation stays (one id per table and start is skipped).
 */
final class DerbyIdentityWarmUp {

    private static final Logger LOG = Logger.getLogger(DerbyIdentityWarmUp.class.getName());
    /** Derby's property: how many ids of an identity column (or values of a sequence) one allocation takes. */
    private static final String PREALLOCATOR = "derby.language.sequence.preallocator";
    /** The block of ids allocated at once (Derby's default 100). */
    private static final String BLOCK = "1000";

    private DerbyIdentityWarmUp() {
    }

    static void run(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            preallocateLargerBlocks(connection);
            List<String[]> identities = identities(connection);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement insert = connection.createStatement()) {
                for (String[] identity : identities) {
                    try {
                        insert.executeUpdate("INSERT INTO \"" + identity[0] + "\" (\"" + identity[1] + "\") VALUES (DEFAULT)");
                    } catch (SQLException refused) {
                        // expected (23502): the row lacks its other columns; the block of ids is allocated all the same
                        if (!"23502".equals(refused.getSQLState())) {
                            LOG.warning(() -> "Preparing the ids of " + identity[0] + ": " + refused.getSQLState() + " "
                                    + refused.getMessage());
                        }
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
            LOG.fine(() -> "First blocks of ids allocated for " + identities.size() + " identity columns");
        } catch (SQLException e) {
            throw new IllegalStateException("The identity columns could not be prepared: " + e.getMessage(), e);
        }
    }

    /**
     * Sets the database's {@value #PREALLOCATOR} to {@value #BLOCK} (Derby's default is 100) where it is not set so,
     * committed at once. Why: Derby also gives up a later block's allocation with 40XL1 when the catalog row it writes
     * is busy — seen during an online backup ({@code SYSCS_BACKUP_DATABASE}) while four people drafted (BackupRestoreIT:
     * a file's row refused 2 s into the backup); ten times fewer allocations make that ten times rarer (Derby's issue
     * DERBY-6999, https://issues.apache.org/jira/browse/DERBY-6999: 1000 ended the contention of 84 threads). The
     * person who still meets it is asked to send the form again (error.busy). The property is kept in the database
     * and holds for the identity columns first used after it is set — this start's warm-up inserts come after it;
     * after a crash up to {@value #BLOCK} ids per table are skipped (gaps, no harm). A database that refuses the
     * setting (read-only; SQL authorization with another owner) starts all the same, with Derby's blocks, and says so.
     */
    private static void preallocateLargerBlocks(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            String current;
            try (ResultSet value = statement.executeQuery(
                    "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('" + PREALLOCATOR + "')")) {
                current = value.next() ? value.getString(1) : null;
            }
            if (!BLOCK.equals(current)) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('" + PREALLOCATOR + "', '" + BLOCK + "')");
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
        } catch (SQLException refused) {
            LOG.warning(() -> "Derby keeps its own blocks of ids (100 unless set otherwise): " + PREALLOCATOR
                    + " could not be set to " + BLOCK + " (" + refused.getSQLState() + " " + refused.getMessage() + ")");
        }
    }

    /** Each identity column of the application's schema: {table, column}. */
    private static List<String[]> identities(Connection connection) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT T.TABLENAME, C.COLUMNNAME FROM SYS.SYSCOLUMNS C"
                     + " JOIN SYS.SYSTABLES T ON C.REFERENCEID = T.TABLEID"
                     + " JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID"
                     + " WHERE C.AUTOINCREMENTINC IS NOT NULL AND T.TABLETYPE = 'T' AND S.SCHEMANAME = CURRENT SCHEMA")) {
            while (rows.next()) {
                identities.add(new String[]{rows.getString(1), rows.getString(2)});
            }
        }
        return identities;
    }
}
