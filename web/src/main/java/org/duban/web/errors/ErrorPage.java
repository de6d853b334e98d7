package org.duban.web.errors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.duban.audit.AuditLog;

/** The error pages' bean: the error id of this request, and the record of a refused address. */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    private HttpServletRequest request;

    @EJB
    private AuditLog audit;

    public String getId() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return ErrorIds.of(request, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION),
                uri == null ? request.getRequestURI() : uri.toString());
    }

    /** A 403: the page asked for is not the caller's to see. Recorded once even if a service refused first. */
    public void recordRefusal() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        audit.refused(String.valueOf(uri), "403");
    }
}
