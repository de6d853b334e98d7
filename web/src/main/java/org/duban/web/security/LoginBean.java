package org.duban.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import org.duban.shared.TypedText;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.organization.Accounts;
import org.duban.organization.SignIns;
import org.duban.settings.SettingsService;
import org.duban.web.i18n.LanguageBean;
import org.duban.web.i18n.Messages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Signs in through {@link SecurityContext#authenticate}; a wrong name or password gets one neutral message. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private Messages messages;

    @Inject
    private LanguageBean language;

    @EJB
    private Accounts accounts;

    @EJB
    private SignIns signIns;

    @EJB
    private SettingsService settings;

    @EJB
    private AuditLog audit;

    @Inject
    private OpenIdContext openIdContext;

    private String username;
    private String password;
    private String continueTo;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            startSession((HttpServletRequest) external.getRequest());
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(mustChangePassword(external)
                    ? external.getRequestContextPath() + "/password.xhtml"
                    : safeContinuation(external.getRequestContextPath()));
            default -> messages.error(null, username != null && signIns.locked(username.strip())
                    ? "login.locked" : "login.failed", SignIns.WINDOW.toMinutes());
        }
    }

    /**
     * A new session id, so an id known before signing in (fixation) is worth nothing after; the idle timeout from
     * the settings; the account's language; and whether a new password must be chosen first.
     */
    private void startSession(HttpServletRequest request) {
        HttpSession session = SessionStart.of(request, settings.current());
        accounts.findByUsername(username.strip()).ifPresent(account -> {
            language.use(account.getLanguage());
            if (account.isMustChangePassword() && !account.isDirectoryLogin()) {
                session.setAttribute(PasswordChangeGate.MUST_CHANGE, Boolean.TRUE);
            }
        });
    }

    private static boolean mustChangePassword(ExternalContext external) {
        return Boolean.TRUE.equals(external.getSessionMap().get(PasswordChangeGate.MUST_CHANGE));
    }

    /** Where to go after signing in: the page first asked for, if it is one of ours; else the home page. */
    private String safeContinuation(String contextPath) {
        return continuation(contextPath, continueTo);
    }

    /**
     * The address to go to after signing in: {@code target} if it is a page of this application (not the login page,
     * nothing that leads elsewhere); else the home page.
     */
    static String continuation(String contextPath, String target) {
        boolean ours = target != null && target.startsWith(contextPath + "/") && !target.startsWith("//")
                && !target.contains("\\") && !target.contains("login.xhtml") && !target.contains("\r")
                && !target.contains("\n");
        return ours ? target : contextPath + "/home.xhtml";
    }

    /** The address the user asked for before being sent here (the login page is forwarded to). */
    public String getContinueTo() {
        if (continueTo == null) {
            ExternalContext external = faces.getExternalContext();
            Object uri = external.getRequestMap().get("jakarta.servlet.forward.request_uri");
            Object query = external.getRequestMap().get("jakarta.servlet.forward.query_string");
            if (uri != null) {
                continueTo = uri + (query == null ? "" : "?" + query);
            } else if (external.getSessionMap().get(KeptForm.SESSION_KEY) instanceof KeptForm kept) {
                continueTo = kept.page();
            }
        }
        return continueTo;
    }

    /** The session ended while a form was being filled in: the login page says so. */
    public boolean isFormKept() {
        return faces.getExternalContext().getSessionMap().get(KeptForm.SESSION_KEY) instanceof KeptForm;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    /**
     * Ends the Duban session. A person who came by single sign-on is then offered the identity service's own sign-out
     * on the login page (its end-session address with the token's hint, coming back to the login page), kept for that
     * page in a new, empty session.
     */
    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String providerSignOut = providerSignOut(request);
        audit.record(AuditKind.SIGN_OUT, null, null);
        try {
            request.logout();
        } finally {
            external.invalidateSession();
        }
        if (providerSignOut != null) {
            request.getSession(true).setAttribute(PROVIDER_SIGN_OUT, providerSignOut);
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    private static final String PROVIDER_SIGN_OUT = LoginBean.class.getName() + ".providerSignOut";

    /** The identity service's end-session address for this session's person, if they came by single sign-on. */
    private String providerSignOut(HttpServletRequest request) {
        if (openIdContext.getIdentityToken() == null || openIdContext.getProviderMetadata() == null) {
            return null;
        }
        String endSession = openIdContext.getProviderMetadata().getString("end_session_endpoint", null);
        if (endSession == null) {
            return null;
        }
        String back = RequestOrigin.application(request) + "/login.xhtml";
        return endSession + (endSession.contains("?") ? "&" : "?") + "id_token_hint="
                + URLEncoder.encode(openIdContext.getIdentityToken().getToken(), StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    /** Single sign-on's start, carrying the page first asked for. */
    public String getSingleSignOnAddress() {
        String start = faces.getExternalContext().getRequestContextPath() + SessionAuthenticationMechanism.SSO_SIGN_IN;
        String target = getContinueTo();
        return target == null || target.isEmpty() ? start
                : start + "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    /** After signing out of a single sign-on session: the identity service's sign-out, offered once. */
    public String getProviderSignOut() {
        if (providerSignOut == null) {
            Object address = faces.getExternalContext().getSessionMap().remove(PROVIDER_SIGN_OUT);
            providerSignOut = address == null ? "" : address.toString();
        }
        return providerSignOut;
    }

    private String providerSignOut;

    /** Why single sign-on brought the person back here ({@code sso}: unknown or failed), said on the page. */
    public void explainSingleSignOn() {
        java.util.Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String outcome = parameters.get("sso");
        if ("unknown".equals(outcome)) {
            Object name = faces.getExternalContext().getSessionMap().remove(SessionAuthenticationMechanism.SSO_REFUSED_NAME);
            if (name == null) {
                return; // not sent here by single sign-on (or the page asked again): nothing to say
            }
            messages.error(null, "login.sso.unknown", name.toString().isBlank() ? "—" : TypedText.shown(name.toString()));
        } else if ("failed".equals(outcome)) {
            messages.error(null, "login.sso.failed");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
