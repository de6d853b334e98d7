package org.duban.web.security;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.duban.shared.DomainException;
import org.duban.web.i18n.Messages;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a change a page asks a service for: saved, or refused with the reason in the user's language (a refused role
 * is also recorded in the audit trail). A refused change has changed nothing.
 */
@RequestScoped
public class Attempts {

    @Inject
    private Messages messages;

    @Inject
    private Refusals refusals;

    public <T> Optional<T> attempt(Supplier<T> change) {
        try {
            T result = change.get();
            messages.info("page.draft.saved");
            return Optional.ofNullable(result);
        } catch (DomainException e) {
            messages.refused(e);
        } catch (EJBAccessException e) {
            refusals.refused(e);
        }
        return Optional.empty();
    }

    public boolean attempt(Runnable change) {
        return attempt(() -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }
}
