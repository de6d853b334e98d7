package org.duban.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.organization.Account;
import org.duban.organization.PasswordHashing;
import org.duban.organization.Role;
import org.duban.organization.Unit;

import java.util.EnumSet;
import java.util.UUID;

/** Test only: each test makes its own units and accounts, with names no other test uses. */
@Stateless
@PermitAll
public class Fixtures {

    public static final String PASSWORD = "test-pass-2026";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    /**
     * A one-page PDF that opens (the uploads are inspected), told apart by the note in its header comment: what a test
     * attaches where the content does not matter.
     */
    public static byte[] pdf(String note) {
        return ("%PDF-1.4\n%" + note + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public Unit unit(String name) {
        Unit unit = new Unit("T" + unique().toUpperCase(java.util.Locale.ROOT), name);
        em.persist(unit);
        return unit;
    }

    /** One hash for all test accounts: at 210,000 iterations, hashing each would slow every test. */
    private static volatile String passwordHash;

    public Account account(String username, Unit unit, Role first, Role... more) {
        if (passwordHash == null) {
            passwordHash = passwords.hash(PASSWORD);
        }
        Account account = new Account(username, username, em.merge(unit), EnumSet.of(first, more), passwordHash);
        account.changeEmail(username + "@test.duban.local");
        em.persist(account);
        return account;
    }

    /** The account can no longer sign in (a leader who left, say); what it did stays. */
    public void deactivate(Account account) {
        em.find(Account.class, account.getId()).deactivate();
    }

    /** An account made before (by an earlier run on the same database), with its unit. */
    public Account existing(String username) {
        return em.createQuery("select a from Account a join fetch a.unit where a.username = :username", Account.class)
                .setParameter("username", username).getSingleResult();
    }
}
