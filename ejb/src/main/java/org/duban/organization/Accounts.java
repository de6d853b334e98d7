package org.duban.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.shared.Require;

import java.util.Optional;

/** A person's own account: looking it up at sign-in and changing one's own password. */
@Stateless
@PermitAll
public class Accounts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog audit;

    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a join fetch a.unit left join fetch a.roles where a.username = :username",
                Account.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    /**
     * The signed-in person replaces their password: the current one must be right, the new one follow
     * {@link PasswordRule} and differ from the current one. A directory account changes it in the directory.
     */
    public void changeOwnPassword(String currentPassword, String newPassword, String repeated) {
        Account account = em.find(Account.class, callers.current().account().getId());
        Require.that(!account.isDirectoryLogin(), "error.account.directoryPassword");
        Require.that(currentPassword != null && passwords.matches(currentPassword, account.getPasswordHash()),
                "error.password.current");
        PasswordRule.check(newPassword, account.getUsername());
        Require.that(newPassword.equals(repeated), "error.password.repeat");
        Require.that(!newPassword.equals(currentPassword), "error.password.same");
        account.changePassword(passwords.hash(newPassword));
        audit.record(AuditKind.PASSWORD_CHANGED, "account " + account.getUsername(), null);
    }
}
