package org.duban.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.organization.Role;
import org.duban.shared.DomainException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Copies of the Derby database taken while people work: Derby's online backup ({@code
 * SYSCS_UTIL.SYSCS_BACKUP_DATABASE}, Derby Reference Manual), a transaction-consistent copy of the whole database —
 * items, histories, files, dossiers, audit trail — that opens as it is. Each goes into a folder of its own named by
 * its time ({@code 20261201-013000}) under {@link #folder()}; the newest {@value #KEEP} are kept. Taken by the
 * administrator at will (数据库备份) and every night ({@link NightlyBackup}); restored by copying the backup's
 * {@code duban} folder into a new server's {@code derby.system.home} (README, Backup and restore).
 * On PostgreSQL, or Derby as a network server, the database's own tools do this (README: {@code pg_dump}) and
 * {@link #possible()} is false.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseBackups {

    /** The system property naming the folder the backups go into; default {@code backups} in derby.system.home. */
    public static final String FOLDER = "duban.backupDir";
    static final int KEEP = 14;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");
    private static final String NAME_PATTERN = "\\d{8}-\\d{6}(-\\d+)?";
    /** One backup at a time in this server, by the administrator or by night. */
    private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /**
     * One backup.
     *
     * @param name   its folder's name, the local time it was started
     * @param folder where it is: a Derby database folder {@code duban} inside
     * @param bytes  its size on disk
     * @param millis how long it took (0 when listed later)
     */
    public record Backup(String name, Path folder, long bytes, long millis) {
    }

    /** Whether this application can back its database up itself: true on embedded Derby. */
    public boolean possible() {
        return onDerby();
    }

    /** Whether the server takes one every night at 01:30 ({@link NightlyBackup}). */
    public boolean nightly() {
        return NightlyBackup.isOn();
    }

    /** The folder backups go into. */
    public Path folder() {
        return backupFolder();
    }

    /**
     * Backs the database up now, while people go on working, and records it in the audit trail.
     *
     * @throws DomainException {@code error.backup.notDerby} on another database, {@code error.backup.running} while
     *                         another backup is being taken
     * @throws IllegalStateException when Derby could not write the copy
     */
    public Backup backUpNow() {
        Backup backup = take(clock);
        audit.record(AuditKind.ADMINISTRATION, "backup", backup.name());
        return backup;
    }

    /** The backups in {@link #folder()}, newest first. */
    public List<Backup> recent() {
        return listed(backupFolder());
    }

    static boolean onDerby() {
        return DataSourceName.isEmbeddedDerby();
    }

    /**
     * Takes a backup into a new folder named by the time and keeps the newest {@value #KEEP}. One at a time: Derby's
     * copy is written under {@code name.partial} and renamed when whole, so a failed or unfinished one is never
     * listed, kept or restored.
     *
     * @throws DomainException {@code error.backup.notDerby} unless the database is embedded Derby;
     *                         {@code error.backup.running} while another backup is being taken
     * @throws IllegalStateException when Derby could not write the copy (the partial folder is removed)
     */
    static Backup take(Clock clock) {
        if (!onDerby()) {
            throw new DomainException("error.backup.notDerby");
        }
        if (!ONE_AT_A_TIME.tryLock()) {
            throw new DomainException("error.backup.running");
        }
        try {
            Path root = Files.createDirectories(backupFolder());
            String name = LocalDateTime.now(clock).format(NAME);
            for (int n = 2; Files.exists(root.resolve(name)); n++) {
                name = LocalDateTime.now(clock).format(NAME) + "-" + n;
            }
            Path partial = Files.createDirectory(root.resolve(name + ".partial"));
            long started = System.nanoTime();
            try (Connection connection = DataSourceName.lookup().getConnection();
                 CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, partial.toString());
                backup.execute();
            } catch (SQLException e) {
                delete(partial);
                throw new IllegalStateException("The backup into " + partial + " failed", e);
            }
            Path target = Files.move(partial, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            Backup taken = new Backup(name, target, size(target), (System.nanoTime() - started) / 1_000_000);
            listed(root).stream().skip(KEEP).forEach(old -> delete(old.folder()));
            return taken;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    private static Path backupFolder() {
        String configured = System.getProperty(FOLDER);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("derby.system.home", System.getProperty("user.dir")), "backups")
                .toAbsolutePath();
    }

    private static List<Backup> listed(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(f -> f.getFileName().toString().matches(NAME_PATTERN) && Files.isDirectory(f))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .map(f -> new Backup(f.getFileName().toString(), f, size(f), 0)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
