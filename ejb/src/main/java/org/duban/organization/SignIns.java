package org.duban.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.settings.Settings;
import org.duban.settings.SettingsService;
import org.duban.shared.TypedText;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Checks a name and password for the identity store: a local account against its PBKDF2 hash, a directory account
 * against the college directory. After {@value #ALLOWED_FAILURES} failures of one name within
 * {@link #WINDOW} every attempt is refused, the right password too, until the window has passed. Every attempt is
 * recorded in the audit trail.
 */
@Stateless
@PermitAll
public class SignIns {

    public static final int ALLOWED_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(5);

    private static final Lock[] STRIPES = new Lock[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new ReentrantLock();
        }
    }

    public enum Outcome { SIGNED_IN, REFUSED, LOCKED }

    public record Attempt(Outcome outcome, Account account) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private CollegeDirectory directory;

    @EJB
    private AuditLog audit;

    @EJB
    private SettingsService settings;

    @Inject
    private Clock clock;

    @Inject
    private CallerOfTheRequest ofTheRequest;

    @Inject
    private BeanManager beans;

    public Attempt attempt(String username, String password) {
        String name = signInName(username);
        // One attempt per name at a time (on this server): guesses sent in parallel cannot all pass the count.
        Lock lock = STRIPES[Math.floorMod(name.hashCode(), STRIPES.length)];
        lock.lock();
        try {
            return attemptAlone(name, password);
        } finally {
            lock.unlock();
        }
    }

    private Attempt attemptAlone(String name, String password) {
        if (locked(name)) {
            audit.recordFor(name, AuditKind.SIGN_IN_LOCKED, name, null);
            return new Attempt(Outcome.LOCKED, null);
        }
        Optional<Account> account = em.createQuery(
                        "select a from Account a left join fetch a.roles where a.username = :username and a.active = true",
                        Account.class)
                .setParameter("username", name).getResultStream().findFirst();
        if (account.isPresent() && passwordFits(account.get(), password)) {
            audit.recordFor(name, AuditKind.SIGN_IN, name, account.get().isDirectoryLogin() ? "directory" : "local");
            return new Attempt(Outcome.SIGNED_IN, account.get());
        }
        if (account.isEmpty()) {
            passwords.spendTheTimeOfACheck(password);
        }
        audit.recordFor(name, AuditKind.SIGN_IN_FAILED, name, account.isEmpty() ? "unknown or inactive" : "password");
        return new Attempt(Outcome.REFUSED, null);
    }

    /**
     * A signed-in person's account as it is now, with its unit and roles, read on every request (one indexed
     * statement): empty when the account is gone or deactivated, so that a session ends with its account and follows
     * a change of roles. The account's roles are the groups the sign-in mechanism gives the container, so the
     * read also serves as the request's {@link Callers#current}.
     */
    public Optional<Account> current(String username) {
        Optional<Account> account = em.createNamedQuery(Account.ACTIVE_BY_USERNAME, Account.class)
                .setParameter("username", username).setParameter("active", Boolean.TRUE).getResultList().stream()
                .findFirst();
        if (account.isPresent() && CallerOfTheRequest.active(beans)) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(account.get().getRoles());
            ofTheRequest.remember(username, new Caller(account.get(), roles));
        }
        return account;
    }

    /**
     * A person the college's identity service (OpenID Connect) vouched for: the active account whose login is the
     * name its token gave, recorded as a sign-in; a name with no active account is refused and recorded so (another
     * person's identity at the provider never becomes a Duban account by itself).
     *
     * @param name the value of the claim the settings name (e.g. preferred_username), as the provider sent it
     */
    public Optional<Account> singleSignOn(String name) {
        String login = signInName(name);
        Optional<Account> account = login.isEmpty() ? Optional.empty() : current(login);
        audit.recordFor(login, account.isPresent() ? AuditKind.SIGN_IN : AuditKind.SIGN_IN_FAILED, login,
                account.isPresent() ? "single sign-on" : "single sign-on: unknown or inactive");
        return account;
    }

    /** Whether this name is locked out now (too many recent failures). */
    public boolean locked(String username) {
        return audit.failedSignInsSince(signInName(username), clock.instant().minus(WINDOW)) >= ALLOWED_FAILURES;
    }

    /**
     * The name a sign-in is looked up and recorded by: as typed, without spaces at its ends; a control character
     * (U+0000 …), never in a login and refused by PostgreSQL, named as shown ("x[U+0000 NULL]").
     */
    private static String signInName(String username) {
        String typed = username == null ? "" : username.strip();
        return TypedText.hasControl(typed) ? TypedText.shown(typed) : typed;
    }

    private boolean passwordFits(Account account, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        if (account.isDirectoryLogin()) {
            Settings current = settings.current();
            return current.hasDirectory() && directory.accepts(current.getDirectoryUrl(),
                    current.getDirectoryUserDn(), account.getUsername(), password);
        }
        return passwords.matches(password, account.getPasswordHash());
    }
}
