package org.duban.job;

import org.duban.audit.RecordsRefusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.organization.Callers;
import org.duban.organization.Role;
import org.duban.shared.AccessDeniedException;
import org.duban.shared.DomainException;

import java.time.Clock;
import java.util.List;

/**
 * The record of long jobs, each change committed at once so that a page polling it sees the progress, and a user
 * who left finds the job and its result later. Jobs are the archivist's; a job's file is for whoever started it.
 */
@Stateless
@RecordsRefusals
@RolesAllowed(Role.Names.ARCHIVIST)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Jobs {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Callers callers;

    public long start(JobKind kind, int total) {
        Job job = new Job(kind, callers.current().account().getUsername(), total, clock.instant());
        em.persist(job);
        em.flush();
        return job.getId();
    }

    public void progress(long jobId, int done) {
        em.find(Job.class, jobId).advance(done);
    }

    public void finish(long jobId, Long resultId) {
        em.find(Job.class, jobId).finish(resultId, clock.instant());
    }

    /** Keeps the file the job made, and finishes the job with it as its result. */
    public void finish(long jobId, String fileName, String mediaType, byte[] bytes) {
        JobFile file = new JobFile(jobId, fileName, mediaType, bytes);
        em.persist(file);
        em.flush();
        em.find(Job.class, jobId).finish(file.getId(), clock.instant());
    }

    public void fail(long jobId) {
        em.find(Job.class, jobId).fail(clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Job job(long jobId) {
        Job job = em.find(Job.class, jobId);
        if (job == null) {
            throw new DomainException("error.job.notFound");
        }
        return job;
    }

    /** The latest jobs of a kind, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Job> recent(JobKind kind) {
        return em.createQuery("select j from Job j where j.kind = :kind order by j.startedAt desc, j.id desc", Job.class)
                .setParameter("kind", kind).setMaxResults(10).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public JobFile file(long jobId) {
        Job job = job(jobId);
        if (!job.getStartedBy().equals(callers.current().account().getUsername())) {
            throw new AccessDeniedException("error.access.job");
        }
        JobFile file = em.createQuery("select f from JobFile f where f.jobId = :job", JobFile.class)
                .setParameter("job", jobId).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("error.job.notFound"));
        file.getBytes();
        return file;
    }
}
