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
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval(settings.current().getIdleTimeoutMinutes() * 60);
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
        String target = continueTo;
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

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        audit.record(AuditKind.SIGN_OUT, null, null);
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } finally {
            external.invalidateSession();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
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
