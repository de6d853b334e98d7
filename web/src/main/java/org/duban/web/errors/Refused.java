package org.duban.web.errors;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.duban.shared.AccessDeniedException;
import org.duban.shared.ConcurrentChangeException;
import org.duban.shared.DomainException;
import org.duban.shared.SituationRefusedException;

import java.lang.reflect.InvocationTargetException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A failure that is a refusal, not an error: a rule of a service ({@link DomainException}; {@link AccessDeniedException}
 * when the object is not the caller's, {@link ConcurrentChangeException} when someone else changed it meanwhile) or the
 * caller's role ({@link EJBAccessException} from {@code @RolesAllowed}, or {@code AccessLocalException} as Payara's
 * no-interface view reports it), or the database giving the transaction up for
 * another one at the same moment ({@value #BUSY}: nothing saved, the form can be sent again). Found inside the
 * wrappers that Faces, EL and EJB put around it.
 */
public final class Refused {

    /** How deep a refusal may lie inside wrappers; a longer chain is not one of ours. */
    private static final int DEPTH = 16;
    /** The message when the database gave up the transaction for another's: nothing saved, send it again. */
    static final String BUSY = "error.busy";
    private static final String ITEM_NOT_FOUND = "error.item.notFound";
    private static final java.util.Set<String> CONFLICTS = java.util.Set.of("40001", "40P01", "40XL1", "40XL2");
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("org.duban.errors");

    private final RuntimeException refusal;

    private Refused(RuntimeException refusal) {
        this.refusal = refusal;
    }

    /** The refusal inside {@code failure}, looking through FacesException, ELException and EJBException. */
    public static Optional<Refused> in(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < DEPTH; depth++) {
            if (t instanceof DomainException || t instanceof EJBAccessException) {
                return Optional.of(new Refused((RuntimeException) t));
            }
            if (t instanceof jakarta.ejb.AccessLocalException local) {
                // the same refusal of a role, as Payara's no-interface view of a bean reports it
                return Optional.of(new Refused(new EJBAccessException(local.getMessage())));
            }
            if (t instanceof EJBException ejb) {
                t = ejb.getCause() != null ? ejb.getCause() : ejb.getCausedByException();
            } else if (t instanceof FacesException || t instanceof ELException || t instanceof InvocationTargetException) {
                t = t.getCause();
            } else {
                return transientConflict(t) ? Optional.of(new Refused(new DomainException(BUSY))) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the database gave up a transaction because another one held what it needed: a deadlock (40001 in Derby
     * and the SQL standard's serialization failure, 40P01 in PostgreSQL) or a lock that could not be had (Derby's
     * 40XL1 and 40XL2 — which Derby also raises when two sessions want an identity column's next block of ids at
     * once). Nothing was saved; sending the same form again works. Other states of class 40 are not this: 40003
     * (completion unknown) may have saved, Derby's 40XD*, 40XT* are faults. Logged, so the conflicts stay visible.
     */
    private static boolean transientConflict(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < DEPTH; depth++, t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && CONFLICTS.contains(sql.getSQLState())) {
                LOG.warning("The database gave a transaction up for another (SQLSTATE " + sql.getSQLState()
                        + "); the person is asked to send it again: " + sql.getMessage());
                return true;
            }
        }
        return false;
    }

    public boolean isBusy() {
        return refusal instanceof DomainException domain && BUSY.equals(domain.getMessageKey());
    }

    /** The caller's role may not do this (as opposed to a rule about the object or its state). */
    public Optional<EJBAccessException> ofRole() {
        return refusal instanceof EJBAccessException role ? Optional.of(role) : Optional.empty();
    }

    public boolean isConcurrentChange() {
        return refusal instanceof ConcurrentChangeException;
    }

    /**
     * As an HTTP answer: 403 when the role or the object is refused, 503 when the database was busy with another
     * transaction, 404 otherwise (not there, or not now).
     */
    public int status() {
        if (isBusy()) {
            return 503;
        }
        return refusal instanceof EJBAccessException || refusal instanceof AccessDeniedException ? 403 : 404;
    }

    /**
     * As the REST API answers it: 403 when the role or the object is refused, 409 when the item's situation refuses
     * the action or someone else changed the item meanwhile, 404 for an item that is not there, 503 when the database
     * was busy with another transaction, 400 for any other refused input.
     */
    public int apiStatus() {
        if (isBusy()) {
            return 503;
        }
        if (refusal instanceof EJBAccessException || refusal instanceof AccessDeniedException) {
            return 403;
        }
        if (refusal instanceof SituationRefusedException || refusal instanceof ConcurrentChangeException) {
            return 409;
        }
        return ITEM_NOT_FOUND.equals(messageKey()) ? 404 : 400;
    }

    /** The input on the form the refusal concerns (its id), if it names one. */
    public Optional<String> field() {
        return refusal instanceof DomainException domain ? domain.field() : Optional.empty();
    }

    public String messageKey() {
        return refusal instanceof DomainException domain ? domain.getMessageKey() : "error.access.role";
    }

    public Object[] arguments() {
        return refusal instanceof DomainException domain ? domain.getArguments().toArray() : new Object[0];
    }
}
