package org.duban.web.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.duban.audit.AuditLog;
import org.duban.web.i18n.Messages;

/**
 * A service refused the caller's role: the page says so in the user's language and the audit trail records which
 * address was asked for. (Object-level refusals are recorded by the services themselves.)
 */
@RequestScoped
public class Refusals {

    @EJB
    private AuditLog audit;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Messages messages;

    public void refused(EJBAccessException e) {
        record(e);
        messages.error(null, "error.access.action");
    }

    /** Records the refusal without a message, for pages that show their own. */
    public void record(EJBAccessException e) {
        String query = request.getQueryString();
        audit.refused(request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query),
                "role: " + e.getMessage());
    }
}
