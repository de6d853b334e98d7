package org.duban.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.duban.organization.Account;
import org.duban.organization.Accounts;
import org.duban.organization.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in user as the page header shows them: name, unit and roles. */
@Named("user")
@RequestScoped
public class UserBean {

    @Inject
    private SecurityContext securityContext;

    @EJB
    private Accounts accounts;

    @Inject
    private HttpServletRequest request;

    private Account account;

    private Set<Role> roles;

    public Account getAccount() {
        if (account == null && securityContext.getCallerPrincipal() != null) {
            account = SessionAuthenticationMechanism.accountOf(request).orElseGet(() -> accounts.findByUsername(
                    securityContext.getCallerPrincipal().getName()).orElse(null));
        }
        return account;
    }

    public List<Role> getRoles() {
        return getRoleSet().stream().sorted().toList();
    }

    /**
     * The roles the signed-in person holds: the account's roles as this request read them, which are the groups the
     * container was given for it (empty when nobody is signed in).
     */
    public Set<Role> getRoleSet() {
        if (roles == null) {
            roles = getAccount() == null || getAccount().getRoles().isEmpty() ? EnumSet.noneOf(Role.class)
                    : EnumSet.copyOf(getAccount().getRoles());
        }
        return roles;
    }

    /**
     * Whether the signed-in person holds the role (a {@link Role} name), from {@link #getRoleSet}; the pages ask this
     * rather than the container, whose check is a security-policy evaluation each time.
     */
    public boolean holds(String role) {
        return getRoleSet().contains(Role.valueOf(role));
    }
}
