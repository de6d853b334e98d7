package org.duban.web.errors;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.duban.shared.AccessDeniedException;
import org.duban.shared.ConcurrentChangeException;
import org.duban.shared.DomainException;

import java.lang.reflect.InvocationTargetException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A failure that is a refusal, not an error: a rule of a service ({@link DomainException}; {@link AccessDeniedException}
 * when the object is not the caller's, {@link ConcurrentChangeException} when someone else changed it meanwhile) or the
 * caller's role ({@link EJBAccessException} from {@code @RolesAllowed}), or the database giving the transaction up for
 * another one at the same moment ({@value #BUSY}: nothing saved, the form can be sent again). Found inside the
 * wrappers that Faces, EL and EJB put around it.
 */
public final class Refused {

    /** How deep a refusal may lie inside wrappers; a longer chain is not one of ours. */
    private static final int DEPTH = 16;
    /** The message when the database gave up the transaction for another's: nothing saved, send it again. */
    static final String BUSY = "error.busy";

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
     * Whether the database gave up a transaction because another one held what it needed (SQLSTATE class 40: a
     * deadlock, a serialization failure, Derby's 40XL1 lock timeout — which Derby also raises when two sessions want
     * an identity column's next block of ids at once). Nothing was saved; sending the same form again works.
     */
    private static boolean transientConflict(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < DEPTH; depth++, t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /** The caller's role may not do this (as opposed to a rule about the object or its state). */
    public Optional<EJBAccessException> ofRole() {
        return refusal instanceof EJBAccessException role ? Optional.of(role) : Optional.empty();
    }

    public boolean isConcurrentChange() {
        return refusal instanceof ConcurrentChangeException;
    }

    /** As an HTTP answer: 403 when the role or the object is refused, 404 otherwise (not there, or not now). */
    public int status() {
        return refusal instanceof EJBAccessException || refusal instanceof AccessDeniedException ? 403 : 404;
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
