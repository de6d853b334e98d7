package org.duban.organization;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * The caller as first read in this request ({@link Callers#current}, or the sign-in mechanism's read through
 * {@link SignIns#current}): a page calls several services and each asks who is calling. Keyed by the principal's name:
 * a sign-out, or a sign-in as another person, within the request reads again; signing in again under the same name
 * keeps what was read (a sign-in answers with a redirect, so its page is another request). The account in it is
 * detached after the first service's transaction: compare with it, query by it, never make it the target of a new
 * relationship (take {@code em.getReference} of its key).
 */
@RequestScoped
public class CallerOfTheRequest {

    private String username;
    private Caller caller;

    /** Whether a request context is active (the container activates one for timers and asynchronous calls too). */
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
