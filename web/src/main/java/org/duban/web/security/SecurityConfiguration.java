package org.duban.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import org.duban.organization.Role;

/**
 * Jakarta Security: a Faces login page ({@code login.xhtml}, which calls {@code SecurityContext.authenticate}) in
 * front of every page ({@link SessionAuthenticationMechanism}, which keeps the caller and groups itself), and the
 * accounts of the database as identity store ({@link AccountIdentityStore}). The login page is forwarded to, so it
 * knows the address the user asked for and returns there after signing in. The groups an account holds are mapped
 * to the roles of the same name in glassfish-web.xml / glassfish-application.xml.
 * <p>
 * Single sign-on with the college's identity service: Jakarta Security's OpenID Connect mechanism, configured from
 * the administrator's settings ({@link SingleSignOn}); {@link SessionAuthenticationMechanism} hands it the requests of
 * {@code /sso/signin} and {@code /sso/callback} and keeps the person it vouches for like any other.
 */
@OpenIdAuthenticationMechanismDefinition(providerURI = "${singleSignOn.provider}",
        clientId = "${singleSignOn.clientId}", clientSecret = "${singleSignOn.clientSecret}",
        redirectURI = "${baseURL}" + SessionAuthenticationMechanism.SSO_CALLBACK,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "${singleSignOn.accountClaim}"))
@DeclareRoles({Role.Names.OFFICE_STAFF, Role.Names.OFFICE_DIRECTOR, Role.Names.LEADER, Role.Names.UNIT_HEAD,
        Role.Names.UNIT_STAFF, Role.Names.ARCHIVIST, Role.Names.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
