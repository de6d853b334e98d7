package org.duban.web.errors;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.ServletRequest;

/**
 * Gives every unexpected failure in a Faces request an error id before the wrapped handler (PrimeFaces') shows the
 * ajax dialog or lets the container show the error page; both read the id back from the request.
 */
public class IdentifiedErrorsFactory extends ExceptionHandlerFactory {

    public IdentifiedErrorsFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                FacesContext faces = FacesContext.getCurrentInstance();
                for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                    Throwable failure = event.getContext().getException();
                    if (!(failure instanceof ViewExpiredException) && faces != null) {
                        ErrorIds.of((ServletRequest) faces.getExternalContext().getRequest(), failure,
                                faces.getViewRoot() == null ? "?" : faces.getViewRoot().getViewId());
                    }
                }
                super.handle();
            }
        };
    }
}
