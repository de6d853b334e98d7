package org.duban.organization;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.shared.AccessDeniedException;

import java.util.EnumSet;
import java.util.Set;

/** Who is calling: the container's principal and roles, joined to the account they belong to. */
@Stateless
@PermitAll
@DeclareRoles({Role.Names.OFFICE_STAFF, Role.Names.OFFICE_DIRECTOR, Role.Names.LEADER, Role.Names.UNIT_HEAD,
        Role.Names.UNIT_STAFF, Role.Names.ARCHIVIST, Role.Names.ADMIN})
public class Callers {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    public Caller current() {
        String username = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        Account account = username == null ? null : em.createQuery(
                        "select a from Account a join fetch a.unit where a.username = :username and a.active = :active",
                        Account.class)
                .setParameter("username", username).setParameter("active", Boolean.TRUE).getResultStream().findFirst()
                .orElse(null);
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
