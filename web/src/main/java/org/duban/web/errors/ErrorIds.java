package org.duban.web.errors;

import jakarta.servlet.ServletRequest;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One id per failed request: shown to the user, written with the details in the server log. */
public final class ErrorIds {

    static final String ATTRIBUTE = "duban.errorId";
    private static final Logger LOG = Logger.getLogger("org.duban.errors");

    private ErrorIds() {
    }

    /** The request's error id, logging the failure with it the first time. */
    public static String of(ServletRequest request, Throwable failure, String where) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known != null) {
            return known.toString();
        }
        String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        request.setAttribute(ATTRIBUTE, id);
        LOG.log(Level.SEVERE, "Error " + id + " at " + where, failure);
        return id;
    }
}
