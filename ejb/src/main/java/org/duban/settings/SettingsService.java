package org.duban.settings;

import jakarta.ejb.EJB;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.organization.Role;
import org.duban.shared.ConcurrentChangeException;

/** Reads the settings (everyone) and changes them (the administrator). */
@Stateless
public class SettingsService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @PermitAll
    public Settings current() {
        Settings settings = em.find(Settings.class, Settings.ID);
        return settings != null ? settings : new Settings();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void change(int version, int warningDays, int ackReminderDays, int overdueRepeatDays, int escalationUrges,
                       int escalationDays, int scanHour, boolean mailEnabled, boolean leadersDecideExtensions) {
        Settings settings = em.find(Settings.class, Settings.ID);
        if (settings.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        settings.change(warningDays, ackReminderDays, overdueRepeatDays, escalationUrges, escalationDays, scanHour,
                mailEnabled, leadersDecideExtensions);
        audit.record(AuditKind.ADMINISTRATION, "settings", "deadline watch: warning " + warningDays + ", acknowledge "
                + ackReminderDays + ", repeat " + overdueRepeatDays + ", escalation " + escalationUrges + " urgings/"
                + escalationDays + " days, hour " + scanHour + ", mail " + mailEnabled + ", leaders decide extensions "
                + leadersDecideExtensions);
    }

    /** The session's idle timeout and the college directory (LDAP) for directory accounts. */
    @RolesAllowed(Role.Names.ADMIN)
    public void changeSignIn(int version, int idleTimeoutMinutes, String directoryUrl, String directoryUserDn) {
        Settings settings = em.find(Settings.class, Settings.ID);
        if (settings.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        settings.changeSignIn(idleTimeoutMinutes, directoryUrl, directoryUserDn);
        audit.record(AuditKind.ADMINISTRATION, "settings", "sign-in: idle " + idleTimeoutMinutes + " min, directory "
                + settings.getDirectoryUrl() + " " + settings.getDirectoryUserDn());
    }

    /** The portal's addresses that may show the to-do widget in a frame ({@link PortalOrigins#parse}). */
    @RolesAllowed(Role.Names.ADMIN)
    public void changePortal(int version, String typedOrigins) {
        Settings settings = em.find(Settings.class, Settings.ID);
        if (settings.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        settings.changePortal(typedOrigins);
        audit.record(AuditKind.ADMINISTRATION, "settings", "portal: " + String.join(" ", settings.getPortalOrigins()));
    }

    /**
     * Single sign-on with the college's identity service (OpenID Connect), or none ({@link Settings#changeSingleSignOn}).
     * The secret is not written to the audit trail.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void changeSingleSignOn(int version, String provider, String clientId, String clientSecret,
                                   String accountClaim) {
        Settings settings = em.find(Settings.class, Settings.ID);
        if (settings.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        settings.changeSingleSignOn(provider, clientId, clientSecret, accountClaim);
        audit.record(AuditKind.ADMINISTRATION, "settings", settings.hasSingleSignOn() ? "single sign-on: "
                + settings.getSsoProvider() + ", client " + settings.getSsoClientId() + ", claim "
                + settings.getSsoAccountClaim() : "single sign-on: none");
    }
}
