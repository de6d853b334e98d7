package org.duban.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.settings.Settings;
import org.duban.settings.SettingsService;
import org.duban.web.i18n.Messages;

import java.io.Serializable;

/**
 * Sign-in settings: how long an idle session lasts, the college directory for directory accounts, and the portal's
 * addresses that may show the to-do widget.
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

    public void load() {
        Settings settings = service.current();
        version = settings.getVersion();
        idleTimeoutMinutes = settings.getIdleTimeoutMinutes();
        directoryUrl = settings.getDirectoryUrl();
        directoryUserDn = settings.getDirectoryUserDn();
        portalOrigins = String.join("\n", settings.getPortalOrigins());
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
    public void setPortalOrigins(String portalOrigins) { this.portalOrigins = portalOrigins; }
}
