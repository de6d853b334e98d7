package org.duban.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.duban.shared.Require;
import org.duban.shared.TypedText;

import java.util.List;

/**
 * The thresholds of the deadline watch and the other choices an administrator makes, one row for the whole
 * installation. Every count is in working days. A value out of range is refused and nothing changes.
 */
@Entity
@Table(name = "SETTINGS")
public class Settings implements java.io.Serializable {

    public static final int ID = 1;

    @Id
    @Column(name = "ID")
    private int id = ID;

    @Version
    @Column(name = "VERSION")
    private int version;

    /** YELLOW when due within this many working days. */
    @Column(name = "WARNING_DAYS", nullable = false)
    private int warningDays = 3;

    /** Remind the lead unit when receipt is not acknowledged this many working days after assignment. */
    @Column(name = "ACK_REMINDER_DAYS", nullable = false)
    private int ackReminderDays = 2;

    /** Overdue reminders are repeated no more often than every this many working days. */
    @Column(name = "OVERDUE_REPEAT_DAYS", nullable = false)
    private int overdueRepeatDays = 2;

    /** Escalate an overdue item after this many urgings… */
    @Column(name = "ESCALATION_URGES", nullable = false)
    private int escalationUrges = 2;

    /** …or after this many working days overdue. */
    @Column(name = "ESCALATION_DAYS", nullable = false)
    private int escalationDays = 5;

    /** The hour of the daily reminders and digest (server time). */
    @Column(name = "SCAN_HOUR", nullable = false)
    private int scanHour = 8;

    @Column(name = "MAIL_ENABLED", nullable = false)
    private boolean mailEnabled = true;

    /** Whether leaders, besides the office director, decide extension requests. */
    @Column(name = "LEADERS_DECIDE_EXTENSIONS", nullable = false)
    private boolean leadersDecideExtensions;

    /** Minutes without a request after which a session ends. */
    @Column(name = "IDLE_TIMEOUT_MINUTES", nullable = false)
    private int idleTimeoutMinutes = 30;

    /** The college directory (LDAP) for accounts that sign in with it; empty: no directory. */
    @Column(name = "DIRECTORY_URL", length = 300)
    private String directoryUrl;

    /** The distinguished name of a person, {0} standing for the login, e.g. uid={0},ou=people,dc=college,dc=edu. */
    @Column(name = "DIRECTORY_USER_DN", length = 300)
    private String directoryUserDn;

    /** The portal's origins that may frame the to-do widget, separated by spaces ({@link PortalOrigins}). */
    @Column(name = "PORTAL_ORIGINS", length = PortalOrigins.MOST_CHARACTERS)
    private String portalOrigins;

    /** The OpenID provider's address (its issuer, https://…); empty: no single sign-on. */
    @Column(name = "SSO_PROVIDER", length = 500)
    private String ssoProvider;

    /** Duban's client id at the provider. */
    @Column(name = "SSO_CLIENT_ID", length = 200)
    private String ssoClientId;

    /** Duban's client secret at the provider; never shown again once saved. */
    @Column(name = "SSO_CLIENT_SECRET", length = 500)
    private String ssoClientSecret;

    /** The claim of the provider's token whose value is the Duban login (preferred_username, uid, sub …). */
    @Column(name = "SSO_ACCOUNT_CLAIM", length = 100)
    private String ssoAccountClaim;

    public Settings() {
    }

    /** Changes every value at once, after checking each; on a refusal nothing has changed. */
    public void change(int warningDays, int ackReminderDays, int overdueRepeatDays, int escalationUrges,
                       int escalationDays, int scanHour, boolean mailEnabled, boolean leadersDecideExtensions) {
        inRange(warningDays, 1, 30, "error.settings.warningDays");
        inRange(ackReminderDays, 1, 30, "error.settings.ackReminderDays");
        inRange(overdueRepeatDays, 1, 30, "error.settings.overdueRepeatDays");
        inRange(escalationUrges, 1, 20, "error.settings.escalationUrges");
        inRange(escalationDays, 1, 60, "error.settings.escalationDays");
        inRange(scanHour, 0, 23, "error.settings.scanHour");
        this.warningDays = warningDays;
        this.ackReminderDays = ackReminderDays;
        this.overdueRepeatDays = overdueRepeatDays;
        this.escalationUrges = escalationUrges;
        this.escalationDays = escalationDays;
        this.scanHour = scanHour;
        this.mailEnabled = mailEnabled;
        this.leadersDecideExtensions = leadersDecideExtensions;
    }

    /** Session length and the college directory; a directory needs both its address and the pattern of a name. */
    public void changeSignIn(int idleTimeoutMinutes, String directoryUrl, String directoryUserDn) {
        inRange(idleTimeoutMinutes, 5, 480, "error.settings.idleTimeout");
        String url = Require.optionalText(directoryUrl);
        String userDn = Require.optionalText(directoryUserDn);
        Require.that(url == null || url.matches("ldaps?://[^\\s/]+(:\\d+)?/?"), "error.settings.directoryUrl");
        Require.that((url == null) == (userDn == null), "error.settings.directoryIncomplete");
        Require.that(userDn == null || userDn.contains("{0}") && userDn.contains("="), "error.settings.directoryUserDn");
        this.idleTimeoutMinutes = idleTimeoutMinutes;
        this.directoryUrl = url;
        this.directoryUserDn = userDn;
    }

    /** The portal's addresses that may show the to-do widget in a frame, as typed ({@link PortalOrigins#parse}). */
    public void changePortal(String typedOrigins) {
        List<String> origins = PortalOrigins.parse(typedOrigins);
        this.portalOrigins = origins.isEmpty() ? null : String.join(" ", origins);
    }

    /** The claim that names the account when none is given: OpenID Connect's standard one for a login. */
    public static final String DEFAULT_ACCOUNT_CLAIM = "preferred_username";

    /**
     * Single sign-on with an OpenID provider, or none when {@code provider} is empty (then all four are cleared).
     * A secret left empty keeps the one saved before; the claim defaults to {@value #DEFAULT_ACCOUNT_CLAIM}.
     *
     * @param provider the provider's issuer address, https:// with no spaces (http:// only on this machine itself:
     *                 localhost, 127.0.0.1, [::1]); its /.well-known/openid-configuration is read from it
     * @throws org.duban.shared.DomainException a provider that is no web address, a missing client id or secret, a
     *                                          claim that is no claim's name — each showing what was typed
     */
    public void changeSingleSignOn(String provider, String clientId, String clientSecret, String accountClaim) {
        String address = TypedText.canonical(provider);
        if (address.isEmpty()) {
            ssoProvider = ssoClientId = ssoClientSecret = ssoAccountClaim = null;
            return;
        }
        // the secret and the tokens cross to the provider: https, but for a provider on this machine itself
        Require.thatIn("ssoProvider", (address.matches("https://[^\\s/?#]+(/[^\\s?#]*)?")
                        || address.matches("http://(localhost|127\\.0\\.0\\.1|\\[::1])(:\\d+)?(/[^\\s?#]*)?"))
                        && address.length() <= 500, "error.settings.ssoProvider", TypedText.shown(provider));
        String id = TypedText.canonical(clientId);
        Require.thatIn("ssoClientId", !id.isEmpty() && id.length() <= 200, "error.settings.ssoClientId");
        String secret = clientSecret == null || clientSecret.isEmpty() ? ssoClientSecret : clientSecret;
        Require.thatIn("ssoClientSecret", secret != null && !secret.isBlank() && secret.length() <= 500,
                "error.settings.ssoClientSecret");
        String claim = TypedText.canonical(accountClaim);
        claim = claim.isEmpty() ? DEFAULT_ACCOUNT_CLAIM : claim;
        Require.thatIn("ssoAccountClaim", claim.matches("[A-Za-z0-9_.:-]{1,100}"), "error.settings.ssoAccountClaim",
                TypedText.shown(accountClaim));
        ssoProvider = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
        ssoClientId = id;
        ssoClientSecret = secret;
        ssoAccountClaim = claim;
    }

    public boolean hasSingleSignOn() {
        return ssoProvider != null;
    }

    public String getSsoProvider() {
        return ssoProvider;
    }

    public String getSsoClientId() {
        return ssoClientId;
    }

    /** For the sign-in mechanism alone; no page shows it. */
    public String getSsoClientSecret() {
        return ssoClientSecret;
    }

    public String getSsoAccountClaim() {
        return ssoAccountClaim == null ? DEFAULT_ACCOUNT_CLAIM : ssoAccountClaim;
    }

    /** The portal's origins that may frame the to-do widget; empty when none is set. */
    public List<String> getPortalOrigins() {
        return portalOrigins == null ? List.of() : List.of(portalOrigins.split(" "));
    }

    public int getIdleTimeoutMinutes() {
        return idleTimeoutMinutes;
    }

    public String getDirectoryUrl() {
        return directoryUrl;
    }

    public String getDirectoryUserDn() {
        return directoryUserDn;
    }

    public boolean hasDirectory() {
        return directoryUrl != null;
    }

    private static void inRange(int value, int min, int max, String messageKey) {
        Require.that(value >= min && value <= max, messageKey, min, max);
    }

    public int getVersion() {
        return version;
    }

    public int getWarningDays() {
        return warningDays;
    }

    public int getAckReminderDays() {
        return ackReminderDays;
    }

    public int getOverdueRepeatDays() {
        return overdueRepeatDays;
    }

    public int getEscalationUrges() {
        return escalationUrges;
    }

    public int getEscalationDays() {
        return escalationDays;
    }

    public int getScanHour() {
        return scanHour;
    }

    public boolean isMailEnabled() {
        return mailEnabled;
    }

    public boolean isLeadersDecideExtensions() {
        return leadersDecideExtensions;
    }
}
