package org.duban.web.security;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.duban.calendarfeed.CalendarFeeds;
import org.duban.organization.AccessToken;
import org.duban.organization.AccessTokens;
import org.duban.organization.Account;
import org.duban.organization.Role;
import org.duban.organization.SignIns;
import org.duban.settings.SettingsService;
import org.duban.web.calendar.CalendarFeedServlet;
import org.duban.web.errors.DatabaseOutage;
import org.duban.web.errors.Problem;
import org.duban.web.i18n.LanguageBean;
import org.duban.web.errors.UnavailablePage;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is signed in, kept by the application in the HTTP session and given to the container on every request,
 * with the caller's groups. Jakarta Security's own {@code @AutoApplySession} leaves that to the server, and under
 * load Payara lost the groups for some requests (Payara issue 6145: a signed-in person answered as if they held no
 * role); this works the same on every server.
 * <ul>
 *   <li>A credential ({@code SecurityContext.authenticate} from the login page): checked by the identity stores;
 *       if valid, the caller is kept in the session.</li>
 *   <li>A session that holds a caller: the account's groups as they are now ({@link SignIns#current}, one
 *       indexed read) are given to the container with the caller; a deactivated account is signed out at once,
 *       and a change of roles counts from the next request. The account read is the request's
 *       ({@link #accountOf}), for the page header.</li>
 *   <li>Single sign-on ({@link #singleSignOn}): handed to Jakarta Security's OpenID Connect mechanism.</li>
 *   <li>The REST API ({@link #api}): a personal access token, or a signed-in browser's session for reading.</li>
 *   <li>A calendar feed's address ({@link CalendarFeedServlet}): its token signs its holder in for that request
 *       alone, with no session; any other token is answered 404, whoever else is signed in.</li>
 *   <li>Otherwise a protected page forwards to the login page (which then knows the address asked for);
 *       a form sent to it is kept ({@link KeptForm}) and the browser sent to the login page, which says that the
 *       session ended; an open page is served as is.</li>
 * </ul>
 * Signing out ({@code HttpServletRequest.logout}) forgets the caller; the session's idle timeout ends it too.
 * While the database cannot be reached ({@link DatabaseOutage}) every request gets {@link UnavailablePage} and the
 * session keeps its caller, who goes on working when the database is back.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION) // chosen over the OpenID Connect mechanism, to which it hands SSO requests
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Where a person starts signing in with the college's identity service. */
    public static final String SSO_SIGN_IN = "/sso/signin";
    /** Where the identity service sends the person back (the redirect URI registered there). */
    public static final String SSO_CALLBACK = "/sso/callback";
    /** The page asked for before single sign-on began (checked to be ours), kept for its end. */
    private static final String SSO_CONTINUE = SessionAuthenticationMechanism.class.getName() + ".ssoContinue";
    /** The session attribute with the name single sign-on gave and no account has, for the login page to show. */
    public static final String SSO_REFUSED_NAME = SessionAuthenticationMechanism.class.getName() + ".ssoRefusedName";

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String SIGNED_IN = SessionAuthenticationMechanism.class.getName() + ".signedIn";
    private static final String ACCOUNT = SessionAuthenticationMechanism.class.getName() + ".account";
    private static final String SCOPE = SessionAuthenticationMechanism.class.getName() + ".scope";
    /** Where the REST API is (its Jakarta REST application path, mapped as {@code /api/*}). */
    public static final String API = "/api/";
    private static final String API_SERVLET_PATH = "/api";
    private static final String BEARER = "Bearer ";

    /** The caller's name as the identity store gave it at sign-in; serializable, for a replicated session. */
    record SignedIn(String caller) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @EJB
    private SignIns signIns;

    @EJB
    private CalendarFeeds calendarFeeds;

    @EJB
    private AccessTokens accessTokens;

    @Inject
    private SingleSignOn singleSignOn;

    @Inject
    private org.duban.audit.Origin origin;

    @Inject
    private OpenIdConnect openIdConnect;

    @Inject
    private LanguageBean language;

    @EJB
    private SettingsService settings;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            if (!DatabaseOutage.ongoing()) {
                return validate(request, response, context);
            }
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.explains(failure)) {
                throw failure;
            }
        }
        // the account cannot be read: the page says so; an ajax request reloads its page, which then says so
        if (isApi(request)) {
            SecurityHeaders.applyTo(response);
            response.setHeader("Retry-After", "60");
            Problem.send(response, 503, LanguageBean.asked(request), "error.api.unavailable");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if (isAjax(request)) {
            return ajaxRedirect(response, UnavailablePage.address(request));
        }
        UnavailablePage.send(request, response);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        if (origin.address() == null) {
            origin.from(request.getRemoteAddr()); // sign-ins recorded here run before RequestOrigin's filter
        }
        if (CalendarFeedServlet.isFeed(request)) {
            return feed(request, context);
        }
        if (isApi(request)) {
            return api(request, response, context);
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (SSO_SIGN_IN.equals(path) || SSO_CALLBACK.equals(path)) {
            return singleSignOn(request, response, context, SSO_SIGN_IN.equals(path));
        }
        Credential credential = context.getAuthParameters() == null ? null
                : context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        Optional<Account> account = fromSession(request);
        if (account.isPresent()) {
            return signedIn(request, context, account.get());
        }
        if (context.isProtected()) {
            if ("POST".equals(request.getMethod())) {
                // a form sent without a signed-in session goes to the sign-in form by a new request (a post forwarded
                // there would be taken for the sign-in form's own); sent after the person's session ended, from one
                // of our pages, what was typed is kept for the page after signing in again
                KeptForm form = KeptForm.of(request);
                if (form != null) {
                    request.getSession(true).setAttribute(KeptForm.SESSION_KEY, form);
                }
                String login = request.getContextPath() + LOGIN_PAGE + (form != null ? "?expired=true" : "");
                if (isAjax(request)) {
                    return ajaxRedirect(response, login); // the page's script follows it, not the request
                }
                return context.redirect(login);
            }
            return context.forward(LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * Single sign-on (统一身份认证): {@link #SSO_SIGN_IN} sends the browser to the identity service, which sends it back
     * to {@link #SSO_CALLBACK} — both handled by Jakarta Security's OpenID Connect mechanism (code flow: state, nonce,
     * the token's signature, issuer, audience and times checked). The person it vouches for is the active account
     * whose login is the value of the claim the settings name; that person is kept in a new session like one who
     * typed a password. An unknown name, or any failure of the exchange, goes back to the login page with a message;
     * nothing is kept. Without single sign-on configured, both addresses go to the login page.
     */
    private AuthenticationStatus singleSignOn(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context, boolean start) {
        String login = request.getContextPath() + LOGIN_PAGE;
        if (!singleSignOn.isEnabled()) {
            return context.redirect(login);
        }
        if (start) {
            // a new session: nothing of whoever used this browser before (their forms, views, tokens) carries over
            HttpSession before = request.getSession(false);
            if (before != null) {
                before.invalidate();
            }
            request.getSession(true).setAttribute(SSO_CONTINUE,
                    LoginBean.continuation(request.getContextPath(), request.getParameter("continue")));
        }
        OpenIdConnect.Exchange exchange = openIdConnect.exchange(request, response, context, start);
        if (exchange.failed()) {
            return context.redirect(login + "?sso=failed");
        }
        if (exchange.vouchedFor() == null) {
            return exchange.status(); // on the way to the identity service
        }
        String name = exchange.vouchedFor();
        Optional<Account> account = signIns.singleSignOn(name);
        if (account.isEmpty()) {
            request.getSession().invalidate(); // nothing of the refused person's tokens stays
            request.getSession(true).setAttribute(SSO_REFUSED_NAME, name); // for the login page's message alone
            return context.redirect(login + "?sso=unknown");
        }
        HttpSession session = SessionStart.of(request, settings.current());
        session.setAttribute(SIGNED_IN, new SignedIn(account.get().getUsername()));
        language.use(account.get().getLanguage());
        Object continuation = session.getAttribute(SSO_CONTINUE);
        session.removeAttribute(SSO_CONTINUE);
        return context.redirect(continuation instanceof String page ? page : request.getContextPath() + "/home.xhtml");
    }

    /** The person of the session's caller, as the account is now; none (and forgotten) once it is deactivated. */
    private Optional<Account> fromSession(HttpServletRequest request) {
        SignedIn signedIn = signedIn(request);
        if (signedIn == null) {
            return Optional.empty();
        }
        Optional<Account> account = signIns.current(signedIn.caller());
        if (account.isEmpty()) {
            request.getSession().removeAttribute(SIGNED_IN); // the account was deactivated or removed
        }
        return account;
    }

    /** The container's caller for this request: the account's login with its groups as they are now. */
    private static AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context, Account account) {
        request.setAttribute(ACCOUNT, account);
        return context.notifyContainerAboutLogin(account.getUsername(), groupsOf(account));
    }

    /**
     * The REST API ({@value #API}): a personal access token ({@code Authorization: Bearer}) signs its holder in for
     * this request alone, with the token's scope; without one, a signed-in browser's session reads (the portal's
     * widget), so that no other site can make a browser act through it. A wrong, expired or revoked token, or no
     * caller at all, is answered 401 with a problem; nothing is forwarded to the sign-in page. The OpenAPI document
     * is open.
     */
    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            Optional<AccessTokens.Holder> holder = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? accessTokens.holderOf(authorization.substring(BEARER.length()).trim()) : Optional.empty();
            Optional<Account> account = holder.flatMap(found -> signIns.current(found.username()));
            if (account.isEmpty()) {
                return unauthorized(request, response, "error.api.token", " error=\"invalid_token\"");
            }
            request.setAttribute(SCOPE, holder.get().scope());
            return signedIn(request, context, account.get());
        }
        Optional<Account> account = fromSession(request);
        if (account.isPresent()) {
            request.setAttribute(SCOPE, AccessToken.Scope.READ);
            return signedIn(request, context, account.get());
        }
        return context.isProtected() ? unauthorized(request, response, "error.api.signIn", "") : context.doNothing();
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String key, String error) {
        SecurityHeaders.applyTo(response);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"duban\"" + (error.isEmpty() ? "" : "," + error));
        Problem.send(response, 401, LanguageBean.asked(request), key);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Is this a request of the REST API? By the container's own mapping, so that no {@code /api/../} is taken for it. */
    private static boolean isApi(HttpServletRequest request) {
        return API_SERVLET_PATH.equals(request.getServletPath());
    }

    /**
     * What this request of the REST API may do: a token's scope, or reading alone for a browser's session; empty
     * outside the API or before anyone is signed in.
     */
    public static Optional<AccessToken.Scope> scopeOf(HttpServletRequest request) {
        return Optional.ofNullable((AccessToken.Scope) request.getAttribute(SCOPE));
    }

    /** The holder of the feed's token, for this request only; an unknown token, or a deactivated holder: 404. */
    private AuthenticationStatus feed(HttpServletRequest request, HttpMessageContext context) {
        Optional<Account> holder = calendarFeeds.holderOf(CalendarFeedServlet.tokenOf(request)).flatMap(signIns::current);
        if (holder.isEmpty()) {
            return context.responseNotFound();
        }
        return signedIn(request, context, holder.get());
    }

    /** The container's groups of a signed-in person: the account's roles as they are now. */
    private static Set<String> groupsOf(Account account) {
        return account.getRoles().stream().map(Role::name).collect(Collectors.toSet());
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        CredentialValidationResult result) {
        request.removeAttribute(ACCOUNT); // whoever this request was for before, the header must not show them
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedIn signedIn = new SignedIn(result.getCallerPrincipal().getName());
        request.getSession(true).setAttribute(SIGNED_IN, signedIn);
        return context.notifyContainerAboutLogin(signedIn.caller(), result.getCallerGroups());
    }

    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** Faces' own answer to an ajax request that must go elsewhere: the page's script then opens that address. */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String address) {
        try {
            SecurityHeaders.applyTo(response);
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + address.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The signed-in person's account as this request read it (with unit and roles); empty at sign-in itself. */
    public static Optional<Account> accountOf(HttpServletRequest request) {
        return Optional.ofNullable((Account) request.getAttribute(ACCOUNT));
    }

    private static SignedIn signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        request.removeAttribute(ACCOUNT);
        request.removeAttribute(SCOPE);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
