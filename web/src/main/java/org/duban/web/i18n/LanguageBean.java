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
            locale = of(language);
        }
    }

    /** The locale of a language as an account remembers it: English for "en", Simplified Chinese otherwise. */
    public static Locale of(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /**
     * The language of a request that has no account to ask (the REST API before signing in): English when the
     * {@code Accept-Language} header prefers English to Chinese, Simplified Chinese otherwise.
     */
    public static Locale asked(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.SIMPLIFIED_CHINESE; // not the server's own locale, which getLocales() would give
        }
        for (java.util.Enumeration<Locale> asked = request.getLocales(); asked.hasMoreElements(); ) {
            String language = asked.nextElement().getLanguage();
            if ("en".equals(language) || "zh".equals(language)) {
                return of(language);
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
