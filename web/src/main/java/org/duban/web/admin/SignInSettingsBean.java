package org.duban.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.settings.Settings;
import org.duban.settings.SettingsService;
import org.duban.web.i18n.Messages;

import java.io.Serializable;

/**
 * Sign-in settings: how long an idle session lasts, the college directory for directory accounts, single sign-on
 * with the college's identity service, and the portal's addresses that may show the to-do widget.
 */
@Named
@ViewScoped
public class SignInSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SettingsService service;
    @Inject
    private Messages messages;

    private int version;
    private int idleTimeoutMinutes;
    private String directoryUrl;
    private String directoryUserDn;
    private String portalOrigins;
    private String ssoProvider;
    private String ssoClientId;
    private String ssoClientSecret;
    private String ssoAccountClaim;
    private boolean ssoSecretSaved;

    public void load() {
        Settings settings = service.current();
        version = settings.getVersion();
        idleTimeoutMinutes = settings.getIdleTimeoutMinutes();
        directoryUrl = settings.getDirectoryUrl();
        directoryUserDn = settings.getDirectoryUserDn();
        portalOrigins = String.join("\n", settings.getPortalOrigins());
        ssoProvider = settings.getSsoProvider();
        ssoClientId = settings.getSsoClientId();
        ssoClientSecret = null; // never shown: left empty, the saved one stays
        ssoSecretSaved = settings.getSsoClientSecret() != null;
        ssoAccountClaim = settings.getSsoAccountClaim();
    }

    public void saveSingleSignOn() {
        service.changeSingleSignOn(version, ssoProvider, ssoClientId, ssoClientSecret, ssoAccountClaim);
        messages.info("page.signInSettings.ssoSaved");
        load();
    }

    /** The address to register at the identity service as Duban's redirect URI. */
    public String getSsoCallback() {
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest)
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return org.duban.web.security.RequestOrigin.application(request)
                + org.duban.web.security.SessionAuthenticationMechanism.SSO_CALLBACK;
    }

    public void save() {
        service.changeSignIn(version, idleTimeoutMinutes, directoryUrl, directoryUserDn);
        messages.info("page.signInSettings.saved");
        load();
    }

    public void savePortal() {
        service.changePortal(version, portalOrigins);
        messages.info("page.signInSettings.saved");
        load();
    }

    public int getIdleTimeoutMinutes() { return idleTimeoutMinutes; }
    public void setIdleTimeoutMinutes(int minutes) { this.idleTimeoutMinutes = minutes; }
    public String getDirectoryUrl() { return directoryUrl; }
    public void setDirectoryUrl(String directoryUrl) { this.directoryUrl = directoryUrl; }
    public String getDirectoryUserDn() { return directoryUserDn; }
    public void setDirectoryUserDn(String directoryUserDn) { this.directoryUserDn = directoryUserDn; }
    public String getPortalOrigins() { return portalOrigins; }
    public String getSsoProvider() { return ssoProvider; }
    public void setSsoProvider(String ssoProvider) { this.ssoProvider = ssoProvider; }
    public String getSsoClientId() { return ssoClientId; }
    public void setSsoClientId(String ssoClientId) { this.ssoClientId = ssoClientId; }
    public String getSsoClientSecret() { return ssoClientSecret; }
    public void setSsoClientSecret(String ssoClientSecret) { this.ssoClientSecret = ssoClientSecret; }
    public String getSsoAccountClaim() { return ssoAccountClaim; }
    public void setSsoAccountClaim(String ssoAccountClaim) { this.ssoAccountClaim = ssoAccountClaim; }
    public boolean isSsoSecretSaved() { return ssoSecretSaved; }
    public void setPortalOrigins(String portalOrigins) { this.portalOrigins = portalOrigins; }
}
