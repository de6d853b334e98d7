package org.duban.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts messages from the bundle on the page, in the user's language: beside an input (given by its client id) or above
 * the page.
 */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "org.duban.web.i18n.messages";

    @Inject
    private FacesContext faces;

    @Inject
    private LanguageBean language;

    public String text(String key, Object... arguments) {
        return text(language.getLocale(), key, arguments);
    }

    /** The bundle's text of {@code key} in {@code locale}, its placeholders filled; an unknown key, error.unexpected's. */
    public static String text(java.util.Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.unexpected");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public void error(String clientId, String key, Object... arguments) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    public void warn(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text(key, arguments), null));
    }

    public void info(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }
}
