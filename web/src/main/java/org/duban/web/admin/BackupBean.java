package org.duban.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.duban.support.DatabaseBackups;
import org.duban.support.DatabaseBackups.Backup;
import org.duban.web.i18n.Messages;

import java.util.List;

/**
 * 数据库备份: the backups the server took of its Derby database, and one more now; on another database the page
 * says who backs it up instead of offering a button that could only be refused.
 */
@Named
@RequestScoped
public class BackupBean {

    @EJB
    private DatabaseBackups backups;
    @Inject
    private Messages messages;

    private Boolean possible;
    private List<Backup> recent;

    public boolean isPossible() {
        if (possible == null) {
            possible = backups.possible();
        }
        return possible;
    }

    public boolean isNightly() {
        return backups.nightly();
    }

    public String getFolder() {
        return backups.folder().toString();
    }

    public List<Backup> getRecent() {
        if (recent == null) {
            recent = isPossible() ? backups.recent() : List.of();
        }
        return recent;
    }

    public void backUpNow() {
        Backup backup = backups.backUpNow();
        recent = null;
        messages.info("page.backup.done", backup.folder().toString(), megabytes(backup.bytes()),
                String.format("%.1f", backup.millis() / 1000.0));
    }

    /** A size in MB with one decimal, as the list shows it. */
    public String megabytes(long bytes) {
        return String.format("%.1f", bytes / 1_048_576.0);
    }
}
