package org.duban.web.errors;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIMessages;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import org.duban.web.i18n.Messages;
import org.duban.web.security.Refusals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where a page meets a refusal ({@link Refused}): thrown by an action (a normal or an ajax request) or
 * by a view action while the page opens, it is not an error. Its message, in the user's language, stands beside the
 * input it names in the form that was submitted (above the page when it names none, or that form does not show it);
 * a refused role is recorded in the audit trail (object refusals are recorded by the services); a change made by
 * someone else meanwhile is announced to the view's beans ({@link ConcurrentChange}); and the same view is rendered
 * again — no navigation, so what was typed stays. Anything else goes on to {@link IdentifiedErrorsFactory}.
 */
public class RefusalsFactory extends ExceptionHandlerFactory {

    public RefusalsFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                FacesContext faces = FacesContext.getCurrentInstance();
                // while rendering, part of the page may be written already: that stays an error
                if (faces != null && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                         events.hasNext(); ) {
                        Optional<Refused> refused = Refused.in(events.next().getContext().getException());
                        if (refused.isPresent()) {
                            events.remove();
                            show(faces, refused.get());
                        }
                    }
                }
                getWrapped().handle();
            }
        };
    }

    private static void show(FacesContext faces, Refused refused) {
        CDI<Object> cdi = CDI.current();
        refused.ofRole().ifPresent(role -> cdi.select(Refusals.class).get().record(role));
        if (refused.isConcurrentChange()) {
            cdi.getBeanManager().getEvent().select(ConcurrentChange.class).fire(new ConcurrentChange());
        }
        Optional<Beside> beside = refused.field().flatMap(field -> besideInput(faces, field));
        cdi.select(Messages.class).get().error(beside.map(b -> b.input().getClientId(faces)).orElse(null),
                refused.messageKey(), refused.arguments());
        PartialViewContext partial = faces.getPartialViewContext();
        if (partial.isAjaxRequest() && !partial.isRenderAll()) {
            Collection<String> render = partial.getRenderIds();
            for (UIComponent messages : all(faces.getViewRoot(), UIMessages.class)) {
                render.add(messages.getClientId(faces));
            }
            beside.ifPresent(b -> render.add(b.message().getClientId(faces)));
        }
        faces.renderResponse();
    }

    /** An input and the message component that stands beside it. */
    private record Beside(UIComponent input, UIMessage message) {
    }

    /** The input {@code field} of the submitted form and its message, when the page shows both. */
    private static Optional<Beside> besideInput(FacesContext faces, String field) {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        for (UIForm form : all(faces.getViewRoot(), UIForm.class)) {
            if (form.isSubmitted() || parameters.containsKey(form.getClientId(faces))) {
                UIComponent input = form.findComponent(field);
                if (input == null || !shown(input)) {
                    return Optional.empty();
                }
                return all(form, UIMessage.class).stream()
                        .filter(message -> field.equals(message.getFor()) && shown(message)
                                && message.findComponent(field) == input)
                        .findFirst().map(message -> new Beside(input, message));
            }
        }
        return Optional.empty();
    }

    private static boolean shown(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return true;
    }

    private static <T> List<T> all(UIComponent root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T> void collect(UIComponent component, Class<T> type, List<T> found) {
        if (type.isInstance(component)) {
            found.add(type.cast(component));
        }
        component.getFacetsAndChildren().forEachRemaining(child -> collect(child, type, found));
    }
}
