package org.duban.support;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A backup of the Derby database every night at 01:30 server time ({@link DatabaseBackups}); nothing on another
 * database, whose own tools back it up. {@code -Dduban.backupNightly=off} leaves backups to the administrator (the
 * test servers run so).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyBackup {

    private static final Logger LOG = Logger.getLogger(NightlyBackup.class.getName());
    /** The system property that, set to {@code off}, stops the nightly backup. */
    public static final String SWITCH = "duban.backupNightly";

    @Inject
    private Clock clock;

    @Schedule(hour = "1", minute = "30", persistent = false)
    void nightly() {
        if (!isOn()) {
            return;
        }
        try {
            if (!DatabaseBackups.onDerby()) {
                return;
            }
            DatabaseBackups.Backup backup = DatabaseBackups.take(clock);
            LOG.info(() -> "Nightly backup " + backup.folder() + ": " + backup.bytes() + " bytes in " + backup.millis() + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly backup failed", e);
        }
    }

    /** Whether backups are taken every night (not switched off). */
    public static boolean isOn() {
        return !"off".equals(System.getProperty(SWITCH));
    }
}
