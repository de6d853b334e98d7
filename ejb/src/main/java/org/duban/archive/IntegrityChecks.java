package org.duban.archive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.history.ItemEvent;
import org.duban.job.JobKind;
import org.duban.job.Jobs;
import org.duban.organization.Callers;
import org.duban.organization.Role;
import org.duban.shared.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 四性检测 on demand: one dossier at once, or all of them as a background job whose progress is kept in the
 * database (the archivist may leave the page and come back). Every run keeps its report.
 */
@Stateless
@RolesAllowed(Role.Names.ARCHIVIST)
public class IntegrityChecks {

    private static final Logger LOG = Logger.getLogger(IntegrityChecks.class.getName());
    private static final int CHUNK = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Callers callers;

    @EJB
    private IntegrityChecks self;

    @EJB
    private Jobs jobs;

    public IntegrityReport checkOne(long dossierId) {
        Instant started = clock.instant();
        Dossier dossier = em.find(Dossier.class, dossierId);
        if (dossier == null) {
            throw new DomainException("error.dossier.notFound");
        }
        List<Finding> findings = new ArrayList<>(DossierChecks.of(dossier, events(dossier)));
        findings.addAll(DossierChecks.gaps(em, dossier));
        IntegrityReport report = new IntegrityReport(dossier.getArchivalNumber(), callers.current().account().getUsername(),
                started, clock.instant(), 1, findings);
        em.persist(report);
        return report;
    }

    /** Starts the check of every dossier in the background; the job's id tells how far it is. */
    public long startAll() {
        long total = em.createQuery("select count(d) from Dossier d", Long.class).getSingleResult();
        long jobId = jobs.start(JobKind.INTEGRITY_CHECK_ALL, (int) total);
        self.runAll(jobId, callers.current().account().getUsername());
        return jobId;
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runAll(long jobId, String username) {
        Instant started = clock.instant();
        try {
            List<Long> ids = em.createQuery("select d.id from Dossier d order by d.id", Long.class).getResultList();
            List<Finding> findings = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                findings.addAll(self.checkChunk(ids.subList(from, Math.min(from + CHUNK, ids.size()))));
                jobs.progress(jobId, Math.min(from + CHUNK, ids.size()));
            }
            findings.addAll(self.numberingGaps());
            long reportId = self.keep(new IntegrityReport(null, username, started, clock.instant(), ids.size(), findings));
            jobs.finish(jobId, reportId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The check of all dossiers failed", e);
            jobs.fail(jobId);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long keep(IntegrityReport report) {
        em.persist(report);
        em.flush();
        return report.getId();
    }

    /** One chunk in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Finding> checkChunk(List<Long> ids) {
        List<Finding> findings = new ArrayList<>();
        for (Long id : ids) {
            Dossier dossier = em.find(Dossier.class, id);
            findings.addAll(DossierChecks.of(dossier, events(dossier)));
        }
        em.clear();
        return findings;
    }

    /** The classes whose pieces do not run 1..n, found by one grouped query, each then listed with its gaps. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Finding> numberingGaps() {
        List<Long> broken = em.createQuery("select min(d.id) from Dossier d group by d.number.fonds,"
                + " d.number.categoryCode, d.number.year, d.number.retention, d.number.orgCode"
                + " having count(d) <> max(d.number.piece)", Long.class).getResultList();
        List<Finding> findings = new ArrayList<>();
        broken.forEach(id -> findings.addAll(DossierChecks.gaps(em, em.find(Dossier.class, id))));
        return findings;
    }

    public IntegrityReport report(long reportId) {
        IntegrityReport report = em.find(IntegrityReport.class, reportId);
        if (report == null) {
            throw new DomainException("error.report.notFound");
        }
        report.getFindings().size();
        return report;
    }

    /** The reports of one dossier, newest first. */
    public List<IntegrityReport> reportsOf(String archivalNumber) {
        List<IntegrityReport> reports = em.createQuery("select r from IntegrityReport r where r.archivalNumber = :number"
                + " order by r.startedAt desc", IntegrityReport.class).setParameter("number", archivalNumber)
                .setMaxResults(20).getResultList();
        reports.forEach(r -> r.getFindings().size());
        return reports;
    }

    private List<ItemEvent> events(Dossier dossier) {
        return em.createQuery("select e from ItemEvent e where e.item.id = :item order by e.sequence", ItemEvent.class)
                .setParameter("item", dossier.getItem().getId()).getResultList();
    }
}
