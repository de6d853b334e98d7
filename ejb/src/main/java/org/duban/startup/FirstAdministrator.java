package org.duban.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.organization.Account;
import org.duban.organization.PasswordHashing;
import org.duban.organization.Role;
import org.duban.organization.TemporaryPasswords;
import org.duban.organization.Unit;

import java.util.Set;
import java.util.logging.Logger;

/**
 * A production deployment starts with no accounts and no default password: on the first start with an empty
 * database, one administrator {@code admin} is made with a random password written once to the server log, which
 * must be replaced at the first sign-in. With demo data (or any account) nothing is made.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @PostConstruct
    void createIfNone() {
        if (em.createQuery("select count(a) from Account a", Long.class).getSingleResult() > 0) {
            return;
        }
        Unit it = em.createQuery("select u from Unit u where u.code = 'IT'", Unit.class).getResultStream().findFirst()
                .orElseGet(() -> {
                    Unit unit = new Unit("IT", "信息技术部门");
                    em.persist(unit);
                    return unit;
                });
        String password = TemporaryPasswords.next(16);
        Account admin = new Account("admin", "系统管理员", it, Set.of(Role.ADMIN), passwords.hash(password));
        admin.resetPassword(admin.getPasswordHash());
        em.persist(admin);
        LOG.warning("First start: administrator account 'admin' created with the one-time password " + password
                + " — sign in and choose a new password; this line is written only once.");
    }
}
