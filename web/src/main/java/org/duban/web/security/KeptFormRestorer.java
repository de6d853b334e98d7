package org.duban.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.component.UIViewRoot;
import jakarta.servlet.http.HttpServletRequest;
import org.duban.web.i18n.Messages;

import jakarta.enterprise.inject.spi.CDI;

/**
 * Puts back what a person typed before their session ended ({@link KeptForm}), once they are signed in again and
 * the page it was on is drawn: each field shows the text sent (as a value not yet accepted, so nothing is saved
 * until they send it again), with a message saying so. Registered for every page's PreRenderViewEvent.
 */
public class KeptFormRestorer implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (faces.isPostback() || external.getUserPrincipal() == null
                || !(external.getSessionMap().get(KeptForm.SESSION_KEY) instanceof KeptForm kept)) {
            return;
        }
        // kept for the first page after signing in only: that page, or it is gone
        external.getSessionMap().remove(KeptForm.SESSION_KEY);
        if (!kept.isFor((HttpServletRequest) external.getRequest())) {
            return;
        }
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            restore(component, kept, external);
            return VisitResult.ACCEPT;
        });
        CDI.current().select(Messages.class).get().warn("page.sessionEnded.restored");
    }

    private static void restore(UIComponent component, KeptForm kept, ExternalContext external) {
        String id = component.getClientId();
        String[] values = kept.fields().get(id);
        if (values == null && component instanceof EditableValueHolder) {
            values = kept.fields().get(id + "_input"); // a PrimeFaces field (a date) sends its text as id_input
        }
        if (values == null) {
            return;
        }
        if (component instanceof jakarta.faces.component.UISelectMany many) {
            many.setSubmittedValue(values); // always an array, even of one choice
        } else if (component instanceof EditableValueHolder input) {
            input.setSubmittedValue(values[0]);
        } else if (component instanceof jakarta.faces.component.UIForm) {
            external.getRequestMap().put(KeptForm.RESTORED_FORM, id);
        }
    }
}
