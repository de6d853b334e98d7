package org.duban.web.api;

import jakarta.servlet.http.HttpServletRequest;
import org.duban.organization.Account;
import org.duban.web.i18n.LanguageBean;
import org.duban.web.security.SessionAuthenticationMechanism;

import java.util.Locale;

/** The language of an API answer: the caller's account's, else what the request's Accept-Language prefers. */
final class ApiLanguage {

    private ApiLanguage() {
    }

    static Locale of(HttpServletRequest request) {
        return SessionAuthenticationMechanism.accountOf(request).map(Account::getLanguage)
                .map(LanguageBean::of).orElseGet(() -> LanguageBean.asked(request));
    }
}
