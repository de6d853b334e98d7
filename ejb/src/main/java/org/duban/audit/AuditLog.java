package org.duban.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.duban.organization.Role;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes the audit trail and lets the administrator read it. There is no method that changes or removes an entry.
 * Sign-ins and refusals are written in their own transaction (a refused action rolls back, its record must not);
 * changes are written in theirs. Each entry is also written to the server log.
 */
@Stateless
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("org.duban.audit");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Origin origin;

    @Resource
    private SessionContext context;

    /**
     * Records a change by the signed-in person in the change's own transaction: the entry exists exactly when the
     * change does.
     */
    @PermitAll
    public void record(AuditKind kind, String subject, String detail) {
        write(caller(), kind, subject, detail);
    }

    /** Records an action on behalf of a named person: a sign-in, where nobody is signed in yet. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFor(String actor, AuditKind kind, String subject, String detail) {
        write(actor, kind, subject, detail);
    }

    /** A refusal, recorded once per request however many layers see it. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String subject, String detail) {
        if (!originKnown() || !origin.refusalRecorded()) {
            write(caller(), AuditKind.REFUSED, subject, detail);
            if (originKnown()) {
                origin.markRefusalRecorded();
            }
        }
    }

    /** How many failed sign-ins a name had since the given moment. */
    @PermitAll
    public long failedSignInsSince(String username, Instant since) {
        return em.createQuery("select count(e) from AuditEvent e where e.actor = :actor"
                        + " and e.kind = :kind and e.occurredAt >= :since", Long.class)
                .setParameter("actor", username).setParameter("kind", AuditKind.SIGN_IN_FAILED)
                .setParameter("since", since).getSingleResult();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<AuditEvent> page(AuditFilter filter, int first, int size) {
        return where(filter, "select e from AuditEvent e", " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public long count(AuditFilter filter) {
        return where(filter, "select count(e) from AuditEvent e", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> where(AuditFilter filter, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where e.id is not null"); // no constant comparison: it stops EclipseLink binding parameters
        if (filter.kind() != null) {
            jpql.append(" and e.kind = :kind");
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            jpql.append(" and e.actor = :actor");
        }
        if (filter.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and e.occurredAt < :to");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            query.setParameter("actor", filter.actor().strip());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        return query;
    }

    private void write(String actor, AuditKind kind, String subject, String detail) {
        AuditEvent event = new AuditEvent(clock.instant(), kind, actor, subject, detail, address());
        em.persist(event);
        LOG.info(() -> "audit " + event.getKind() + " actor=" + event.getActor() + " subject=" + event.getSubject()
                + " detail=" + event.getDetail() + " from=" + event.getAddress());
    }

    private String caller() {
        Principal principal = context.getCallerPrincipal();
        return principal == null || "ANONYMOUS".equals(principal.getName()) ? null : principal.getName();
    }

    private String address() {
        return originKnown() ? origin.address() : null;
    }

    /** Timers and background jobs may run without an active request scope. */
    private boolean originKnown() {
        try {
            origin.refusalRecorded();
            return true;
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return false;
        }
    }
}
