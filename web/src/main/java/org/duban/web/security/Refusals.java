package org.duban.web.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.duban.audit.AuditLog;

/**
 * A service refused the caller's role: the audit trail records which address was asked for. (Object-level refusals
 * are recorded by the services themselves; the page's message is {@link org.duban.web.errors.RefusalsFactory}'s.)
 */
@RequestScoped
public class Refusals {

    @EJB
    private AuditLog audit;

    @Inject
    private HttpServletRequest request;

    public void record(EJBAccessException e) {
        String query = request.getQueryString();
        audit.refused(request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query),
                "role: " + e.getMessage());
    }
}
