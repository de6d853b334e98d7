package org.duban.archive;

import org.duban.audit.RecordsRefusals;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.item.ItemAccess;
import org.duban.item.SupervisionItem;
import org.duban.organization.Caller;
import org.duban.organization.Callers;
import org.duban.organization.Role;
import org.duban.shared.AccessDeniedException;
import org.duban.shared.DomainException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A dossier for those who may see it — archivists, or a borrower while the loan runs — with every view and download
 * logged; corrections as new records; the access log for archivists.
 */
@Stateless
@RecordsRefusals
@PermitAll
public class Dossiers {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Callers callers;

    /** The dossier with its files (not their bytes); the view is logged. */
    public Dossier view(long dossierId) {
        Dossier dossier = accessible(dossierId, AccessKind.VIEW, null);
        dossier.getFiles().size();
        return dossier;
    }

    public DossierFile file(long dossierId, long fileId) {
        DossierFile file = em.find(DossierFile.class, fileId);
        if (file == null || !file.getDossier().getId().equals(dossierId)) {
            throw new DomainException("error.dossier.fileNotFound");
        }
        accessible(dossierId, AccessKind.DOWNLOAD_FILE, file.getName());
        file.getBytes();
        return file;
    }

    /** Writes the whole dossier as a ZIP: every file, numbered, and manifest.csv (name, size, format, SHA-256). */
    public void writeZip(long dossierId, OutputStream out) {
        Dossier dossier = accessible(dossierId, AccessKind.DOWNLOAD_ZIP, null);
        StringBuilder manifest = new StringBuilder("\uFEFFseq,name,size,format,sha256\n");
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (DossierFile file : dossier.getFiles()) {
                zip.putNextEntry(new ZipEntry(entryName(file)));
                byte[] bytes = file.getBytes();
                zip.write(bytes == null ? new byte[0] : bytes);
                zip.closeEntry();
                manifest.append(file.getSequence()).append(',').append(csv(entryName(file))).append(',')
                        .append(file.getSize()).append(',').append(file.getFormat()).append(',')
                        .append(file.getSha256()).append('\n');
            }
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's name inside the ZIP: its sequence first (names may repeat), nothing that climbs out of a folder. */
    public static String entryName(DossierFile file) {
        String safe = file.getName().replaceAll("[\\\\/:*?\"<>|]", "_").replace("..", "_");
        return String.format("%02d_%s", file.getSequence(), safe);
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** The dossier of an item, if it was filed and the caller may see the item (for the item page). */
    public Optional<Dossier> ofItem(long itemId) {
        SupervisionItem item = em.find(SupervisionItem.class, itemId);
        if (item == null || !ItemAccess.maySee(callers.current(), item)) {
            return Optional.empty();
        }
        return em.createQuery("select d from Dossier d where d.item.id = :item", Dossier.class)
                .setParameter("item", itemId).getResultStream().findFirst();
    }

    /** Whether the caller may open the dossier now (an archivist, or a borrower while the loan runs). */
    public boolean mayOpen(long dossierId) {
        Caller caller = callers.current();
        return caller.holds(Role.ARCHIVIST) || activeLoan(caller, dossierId);
    }

    @RolesAllowed(Role.Names.ARCHIVIST)
    public void correct(long dossierId, String note) {
        Dossier dossier = find(dossierId);
        em.persist(new DossierCorrection(dossier, note, callers.current().account().getUsername(), clock.instant()));
    }

    public List<DossierCorrection> corrections(long dossierId) {
        accessible(dossierId, null, null);
        return em.createQuery("select c from DossierCorrection c where c.dossier.id = :d order by c.recordedAt",
                DossierCorrection.class).setParameter("d", dossierId).getResultList();
    }

    @RolesAllowed(Role.Names.ARCHIVIST)
    public List<DossierAccess> accessLog(long dossierId) {
        return em.createQuery("select a from DossierAccess a where a.dossier.id = :d order by a.accessedAt desc",
                DossierAccess.class).setParameter("d", dossierId).setMaxResults(200).getResultList();
    }

    private Dossier accessible(long dossierId, AccessKind logAs, String detail) {
        Caller caller = callers.current();
        Dossier dossier = find(dossierId);
        if (!caller.holds(Role.ARCHIVIST) && !activeLoan(caller, dossierId)) {
            throw new AccessDeniedException("error.access.dossier");
        }
        if (logAs != null) {
            em.persist(new DossierAccess(dossier, caller.account().getUsername(), logAs, detail, clock.instant()));
        }
        return dossier;
    }

    private boolean activeLoan(Caller caller, long dossierId) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select l from Loan l where l.dossier.id = :d and l.borrower.id = :b and l.state = :approved",
                        Loan.class).setParameter("d", dossierId).setParameter("b", caller.account().getId())
                .setParameter("approved", LoanState.APPROVED).getResultStream().anyMatch(l -> l.grantsAccess(today));
    }

    private Dossier find(long dossierId) {
        Dossier dossier = em.find(Dossier.class, dossierId);
        if (dossier == null) {
            throw new DomainException("error.dossier.notFound");
        }
        return dossier;
    }
}
