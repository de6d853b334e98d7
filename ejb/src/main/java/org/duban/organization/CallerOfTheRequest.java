package org.duban.organization;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * The caller as {@link Callers} first read them in this request: a page calls several services and each asks who is
 * calling. Keyed by the principal's name, so a sign-in or sign-out within the request reads again. The account in it
 * is detached after the first service's transaction: compare with it, query by it, never make it the target of a new
 * relationship (take {@code em.getReference} of its key).
 */
@RequestScoped
public class CallerOfTheRequest {

    private String username;
    private Caller caller;

    /** Whether a request context is active (a timer's or a start-up call may have none). */
    static boolean active(BeanManager beans) {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException none) {
            return false;
        }
    }

    Caller of(String username) {
        return username.equals(this.username) ? caller : null;
    }

    void remember(String username, Caller caller) {
        this.username = username;
        this.caller = caller;
    }
}
