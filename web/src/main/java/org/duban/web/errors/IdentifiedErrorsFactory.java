package org.duban.web.errors;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.servlet.ServletRequest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Gives every unexpected failure in a Faces request an error id and logs it with its details. An ajax request then
 * goes to PrimeFaces' handler with a stand-in that carries only the id (PrimeFaces would send the failure's class
 * and message to the browser); a normal request bypasses PrimeFaces, which would redirect to the error page's
 * location under WEB-INF (a 404), so the container forwards to web.xml's error page, which reads the id back.
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
                boolean ajax = faces != null && faces.getPartialViewContext().isAjaxRequest();
                List<String> ids = new ArrayList<>();
                for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                     events.hasNext(); ) {
                    Throwable failure = events.next().getContext().getException();
                    if (faces == null || failure instanceof ViewExpiredException) {
                        continue;
                    }
                    ids.add(ErrorIds.of((ServletRequest) faces.getExternalContext().getRequest(), failure,
                            faces.getViewRoot() == null ? "?" : faces.getViewRoot().getViewId()));
                    if (ajax) {
                        events.remove();
                    }
                }
                if (ajax) {
                    ids.forEach(id -> faces.getApplication().publishEvent(faces, ExceptionQueuedEvent.class,
                            new ExceptionQueuedEventContext(faces, new UnexpectedError(id))));
                }
                ExceptionHandler next = getWrapped();
                if (!ajax && next instanceof ExceptionHandlerWrapper prime) {
                    next = prime.getWrapped();
                }
                next.handle();
            }
        };
    }
}
