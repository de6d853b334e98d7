package org.duban.web.i18n;

import jakarta.inject.Inject;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.duban.organization.Directory;

import java.io.Serializable;
import java.util.Locale;

/** The language of the pages: Simplified Chinese unless the user chose English (remembered per account). */
@Named
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    @Inject
    private Directory directory;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches the pages' language; a signed-in user's choice is remembered for their next sign-in. */
    public void switchTo(String language) {
        use(language);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        if (FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
            directory.chooseLanguage(locale.getLanguage());
        }
    }

    /** Takes the language remembered for an account, if any. */
    public void use(String language) {
        if (language != null) {
            locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
    }
}
