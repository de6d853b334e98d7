package org.duban.organization;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.shared.AccessDeniedException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling: the container's principal joined to the active account it belongs to, with the container's roles —
 * or, when the sign-in mechanism read the account in this request, the account's roles, which are the groups it gave
 * the container.
 */
@Stateless
@PermitAll
@DeclareRoles({Role.Names.OFFICE_STAFF, Role.Names.OFFICE_DIRECTOR, Role.Names.LEADER, Role.Names.UNIT_HEAD,
        Role.Names.UNIT_STAFF, Role.Names.ARCHIVIST, Role.Names.ADMIN})
public class Callers {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerOfTheRequest ofTheRequest;

    @Inject
    private BeanManager beans;

    /**
     * The signed-in caller, read once per request ({@link CallerOfTheRequest}; where no request context is active,
     * each time).
     *
     * @throws AccessDeniedException {@code error.access.notSignedIn} when no active account is signed in
     */
    public Caller current() {
        String username = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        boolean inRequest = username != null && CallerOfTheRequest.active(beans);
        Caller known = inRequest ? ofTheRequest.of(username) : null;
        if (known != null) {
            return known;
        }
        Caller caller = read(username);
        if (inRequest) {
            ofTheRequest.remember(username, caller);
        }
        return caller;
    }

    private Caller read(String username) {
        Account account = username == null ? null : em.createNamedQuery(Account.ACTIVE_BY_USERNAME, Account.class)
                .setParameter("username", username).setParameter("active", Boolean.TRUE).getResultList().stream()
                .findFirst().orElse(null);
        if (account == null) {
            throw new AccessDeniedException("error.access.notSignedIn");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Caller(account, roles);
    }
}
