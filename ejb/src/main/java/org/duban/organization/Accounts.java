package org.duban.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accounts and units: sign-in look-ups and creation. (Administration screens come with the admin issue.) */
@Stateless
public class Accounts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    /** The active account with this name and password, for the identity store; empty for any mismatch. */
    @PermitAll
    public Optional<Account> authenticate(String username, String password) {
        Optional<Account> account = em.createQuery(
                        "select a from Account a where a.username = :username and a.active = true", Account.class)
                .setParameter("username", username).getResultStream().findFirst();
        return account.filter(a -> passwords.matches(password, a.getPasswordHash()));
    }

    @PermitAll
    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Unit createUnit(String code, String name) {
        Unit unit = new Unit(code, name);
        em.persist(unit);
        return unit;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Account createAccount(String username, String fullName, Unit unit, Set<Role> roles, String password) {
        return createAccountWithHash(username, fullName, unit, roles, passwords.hash(password));
    }

    private Account createAccountWithHash(String username, String fullName, Unit unit, Set<Role> roles, String hash) {
        Account account = new Account(username, fullName, em.merge(unit), roles, hash);
        em.persist(account);
        return account;
    }

    @PermitAll
    public List<Unit> units() {
        return em.createQuery("select u from Unit u order by u.code", Unit.class).getResultList();
    }

    @PermitAll
    public Optional<Unit> unitByCode(String code) {
        return em.createQuery("select u from Unit u where u.code = :code", Unit.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
