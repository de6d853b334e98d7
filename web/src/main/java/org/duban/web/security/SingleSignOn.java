package org.duban.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.duban.settings.Settings;
import org.duban.settings.SettingsService;

/**
 * The administrator's single sign-on settings (登录设置) as {@link SecurityConfiguration}'s OpenID Connect definition
 * reads them ({@code ${singleSignOn.provider}} …) and the login page asks ({@code #{singleSignOn.enabled}}). Read from
 * the database each time; none is ever {@code null}, as Jakarta Security's implementation expects strings.
 * <p>
 * Jakarta Security 3.0's implementation (Soteria) reads the provider, client and secret the first time someone signs
 * in with it and keeps them while the application runs: a change to those takes effect when the application is
 * started again (the settings page says so). The claim naming the account is read at every sign-in.
 */
@Named
@ApplicationScoped
public class SingleSignOn {

    @EJB
    private SettingsService settings;

    private Settings current() {
        return settings.current();
    }

    public boolean isEnabled() {
        return current().hasSingleSignOn();
    }

    public String getProvider() {
        return orEmpty(current().getSsoProvider());
    }

    public String getClientId() {
        return orEmpty(current().getSsoClientId());
    }

    public String getClientSecret() {
        return orEmpty(current().getSsoClientSecret());
    }

    public String getAccountClaim() {
        return current().getSsoAccountClaim();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
