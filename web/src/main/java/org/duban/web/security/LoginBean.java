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
import org.duban.organization.Accounts;
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
            accounts.findByUsername(username.strip()).ifPresent(account -> language.use(account.getLanguage()));
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(safeContinuation(external.getRequestContextPath()));
            default -> messages.error(null, "login.failed");
        }
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
            }
        }
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
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
