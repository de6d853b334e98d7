package org.duban.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The exchange with the college's identity service, carried out by Jakarta Security's own OpenID Connect mechanism
 * (the one {@link SecurityConfiguration}'s definition makes: code flow, state and nonce, the ID token's signature,
 * issuer, audience and times checked). {@link SessionAuthenticationMechanism} is the application's chosen mechanism
 * and hands it the two requests of single sign-on; what the service vouched for is read here, by the claim the
 * settings name ({@link SingleSignOn}), and kept by the session mechanism like any sign-in.
 */
@ApplicationScoped
public class OpenIdConnect {

    private static final Logger LOG = Logger.getLogger("org.duban.security");

    /**
     * Where an exchange stands.
     *
     * @param status     what to answer while on the way to the identity service (its sign-in page)
     * @param vouchedFor the value of the account claim the service vouched for ("" when its token had none); {@code null}
     *                   while on the way, or on failure
     * @param failed     the service was out of reach or misconfigured, or its answer forged, stale or refused
     */
    public record Exchange(AuthenticationStatus status, String vouchedFor, boolean failed) {
    }

    @Inject
    private BeanManager beans;

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private SingleSignOn settings;

    /** The OpenID Connect mechanism, found once among the application's mechanisms (not the chosen one). */
    private volatile HttpAuthenticationMechanism openId;

    /**
     * One step: {@code start} sends the browser to the identity service; otherwise its answer (the return address)
     * is checked and the person it vouched for read.
     */
    public Exchange exchange(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
                             boolean start) {
        AuthenticationStatus status;
        try {
            status = openId().validateRequest(request, response, new OpenIdStep(context, start));
        } catch (RuntimeException | AuthenticationException failure) {
            LOG.log(Level.WARNING, "Single sign-on failed", failure);
            return new Exchange(null, null, true);
        }
        if (start || status == AuthenticationStatus.SEND_CONTINUE) {
            return new Exchange(status, null, false);
        }
        if (status != AuthenticationStatus.SUCCESS) {
            return new Exchange(null, null, true);
        }
        String claim = settings.getAccountClaim(); // read now: the mechanism keeps the one it first read
        return new Exchange(status, openIdContext.getIdentityToken().getJwtClaims().getStringClaim(claim)
                .or(() -> openIdContext.getClaims().getStringClaim(claim)).orElse(""), false);
    }

    private HttpAuthenticationMechanism openId() {
        if (openId == null) {
            Bean<?> bean = beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
                    .filter(found -> !found.getBeanClass().equals(SessionAuthenticationMechanism.class)
                            && !found.isAlternative())
                    .findFirst().orElseThrow(() -> new IllegalStateException("no OpenID Connect mechanism"));
            openId = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class,
                    beans.createCreationalContext(bean));
        }
        return openId;
    }

    /**
     * The request as the OpenID Connect mechanism is to see it: the start address counts as protected (so that it
     * sends the browser to the identity service), and nothing is registered with the container's own session — the
     * application keeps who is signed in itself.
     */
    private static final class OpenIdStep extends HttpMessageContextWrapper {
        private final boolean start;

        OpenIdStep(HttpMessageContext context, boolean start) {
            super(context);
            this.start = start;
        }

        @Override
        public boolean isProtected() {
            return start || getWrapped().isProtected();
        }

        @Override
        public boolean isRegisterSession() {
            return false;
        }

        @Override
        public void setRegisterSession(String callerName, Set<String> groups) {
            // the application keeps the caller in its own session attribute
        }
    }
}
