package org.duban.web.errors;

/** Stands in for a failure on its way to the browser: it carries only the error id, never the failure's text. */
public class UnexpectedError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnexpectedError(String errorId) {
        super("Error " + errorId);
    }
}
