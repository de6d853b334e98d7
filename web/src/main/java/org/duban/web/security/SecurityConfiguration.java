package org.duban.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.duban.organization.Role;

/**
 * Jakarta Security: a Faces login page ({@code login.xhtml}, which calls {@code SecurityContext.authenticate}) in
 * front of every page ({@link SessionAuthenticationMechanism}, which keeps the caller and groups itself), and the
 * accounts of the database as identity store ({@link AccountIdentityStore}). The login page is forwarded to, so it
 * knows the address the user asked for and returns there after signing in. The groups an account holds are mapped
 * to the roles of the same name in glassfish-web.xml / glassfish-application.xml.
 */
@DeclareRoles({Role.Names.OFFICE_STAFF, Role.Names.OFFICE_DIRECTOR, Role.Names.LEADER, Role.Names.UNIT_HEAD,
        Role.Names.UNIT_STAFF, Role.Names.ARCHIVIST, Role.Names.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
