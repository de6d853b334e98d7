package org.duban.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.shared.ConcurrentChangeException;
import org.duban.shared.DomainException;
import org.duban.shared.Require;
import org.duban.shared.TypedText;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The administrator's work on units and accounts. Every change is checked whole, then made, then recorded in the
 * audit trail; a unit that anything refers to is only deactivated, never deleted.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Administration {

    /**
     * Every table that names a unit: a unit named anywhere is part of the record and stays. Each column is named U in
     * its own select: Derby names a union's column only where all its selects agree, and MariaDB takes no column list
     * after a derived table's name.
     */
    private static final String UNIT_REFERENCES = "(select UNIT_ID as U from ACCOUNT union all select LEAD_UNIT_ID as U"
            + " from SUPERVISION_ITEM union all select UNIT_ID as U from ITEM_CO_UNIT union all select UNIT_ID as U"
            + " from ITEM_CONSULTED_UNIT union all select UNIT_ID as U from ITEM_ACKNOWLEDGED_UNIT"
            + " union all select UNIT_ID as U from DOSSIER union all select UNIT_ID as U from UNIT_ASSESSMENT"
            + " union all select UNIT_ID as U from NOTICE_UNIT) R";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @EJB
    private AuditLog audit;

    @EJB
    private Callers callers;

    public List<Unit> units() {
        return em.createQuery("select u from Unit u left join fetch u.head order by u.code", Unit.class).getResultList();
    }

    /** One unit with its head (fetched: the head is lazy, and the page reads it after the transaction). */
    public Unit unit(long id) {
        return em.createQuery("select u from Unit u left join fetch u.head where u.id = :id", Unit.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("error.unit.notFound"));
    }

    /** The units something refers to (they can only be deactivated). */
    public Set<Long> unitsInUse() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select distinct U from " + UNIT_REFERENCES + " where U is not null")
                .getResultList();
        Set<Long> inUse = new HashSet<>();
        ids.forEach(id -> inUse.add(id.longValue()));
        return inUse;
    }

    public Unit createUnit(String code, String name) {
        Unit unit = new Unit(code, name);
        refuseTakenCode(unit.getCode(), null);
        em.persist(unit);
        audit.record(AuditKind.ADMINISTRATION, "unit " + unit.getCode(), "created: " + unit.getName());
        return unit;
    }

    public void changeUnit(long id, int version, String code, String name, Long headId) {
        Unit unit = unit(id);
        current(unit, version, unit.getVersion());
        String before = describe(unit);
        refuseTakenCode(TypedText.canonical(code), id);
        unit.describe(code == null ? null : code.strip(), name == null ? null : name.strip(),
                headId == null ? null : account(headId));
        audit.record(AuditKind.ADMINISTRATION, "unit " + unit.getCode(), "changed: " + before + " -> " + describe(unit));
    }

    public void deactivateUnit(long id) {
        Unit unit = unit(id);
        unit.deactivate();
        audit.record(AuditKind.ADMINISTRATION, "unit " + unit.getCode(), "deactivated");
    }

    public void activateUnit(long id) {
        Unit unit = unit(id);
        unit.activate();
        audit.record(AuditKind.ADMINISTRATION, "unit " + unit.getCode(), "activated");
    }

    /** Only a unit nothing refers to (made by mistake) can go; any other is deactivated instead. */
    public void deleteUnit(long id) {
        Unit unit = unit(id);
        Number references = (Number) em.createNativeQuery("select count(*) from " + UNIT_REFERENCES + " where U = ?")
                .setParameter(1, id).getSingleResult();
        Require.that(references.longValue() == 0, "error.unit.inUse");
        em.remove(unit);
        audit.record(AuditKind.ADMINISTRATION, "unit " + unit.getCode(), "deleted: " + unit.getName());
    }

    public List<Account> accounts(String text, Long unitId) {
        // a login as typed in full width finds the same as in plain letters; a name as it is written
        String pattern = TypedText.trimmed(text).isEmpty() ? null : "%" + TypedText.trimmed(text).toLowerCase() + "%";
        String login = pattern == null ? null : "%" + TypedText.folded(text) + "%";
        var query = em.createQuery("select a from Account a left join fetch a.roles where a.id is not null"
                + (unitId == null ? "" : " and a.unit.id = :unit")
                + (pattern == null ? "" : " and (lower(a.username) like :login or lower(a.fullName) like :pattern)")
                + " order by a.unit.code, a.username", Account.class);
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        if (pattern != null) {
            query.setParameter("pattern", pattern).setParameter("login", login);
        }
        // one row per role from the fetch join: the same account, kept once, in order
        return new java.util.ArrayList<>(new java.util.LinkedHashSet<>(query.getResultList()));
    }

    public Account account(long id) {
        Account account = Optional.ofNullable(em.find(Account.class, id))
                .orElseThrow(() -> new DomainException("error.account.notFound"));
        account.getRoles().size();
        return account;
    }

    /** Creates the account; a local one gets a temporary password, returned once, to be changed at first sign-in. */
    public Optional<String> createAccount(AccountInput input) {
        String username = input.username() == null ? null : TypedText.canonical(input.username());
        Require.that(username == null || !loginTaken(username), "error.account.usernameTaken");
        String temporary = input.directoryLogin() ? null : TemporaryPasswords.next();
        Unit unit = input.unitId() == null ? null : activeUnit(input.unitId());
        Account account = new Account(username, input.fullName(), unit, input.roles(),
                passwords.hash(temporary != null ? temporary : TemporaryPasswords.next()));
        account.describe(input.fullName().strip(), unit, input.roles(), input.email(), input.language(),
                input.directoryLogin());
        if (temporary != null) {
            account.resetPassword(account.getPasswordHash());
        }
        em.persist(account);
        audit.record(AuditKind.ADMINISTRATION, "account " + username, "created: " + describe(account));
        return Optional.ofNullable(temporary);
    }

    public void changeAccount(long id, int version, AccountInput input) {
        Account account = account(id);
        current(account, version, account.getVersion());
        String before = describe(account);
        Unit unit = input.unitId() == null ? null : input.unitId().equals(account.getUnit().getId())
                ? account.getUnit() : activeUnit(input.unitId());
        account.describe(input.fullName() == null ? null : input.fullName().strip(), unit, input.roles(),
                input.email(), input.language(), input.directoryLogin());
        refuseLockingOutTheCaller(account, account.holds(Role.ADMIN) && !account.isDirectoryLogin());
        releaseHeadships(account);
        audit.record(AuditKind.ADMINISTRATION, "account " + account.getUsername(),
                "changed: " + before + " -> " + describe(account));
    }

    public void deactivateAccount(long id) {
        Account account = account(id);
        refuseLockingOutTheCaller(account, false);
        account.deactivate();
        releaseHeadships(account);
        audit.record(AuditKind.ADMINISTRATION, "account " + account.getUsername(), "deactivated"
                + revokedTokens(account));
    }

    public void activateAccount(long id) {
        Account account = account(id);
        account.activate();
        audit.record(AuditKind.ADMINISTRATION, "account " + account.getUsername(), "activated");
    }

    /** A new temporary password, returned once; the person must choose their own at the next sign-in. */
    public String resetPassword(long id) {
        Account account = account(id);
        Require.that(!account.isDirectoryLogin(), "error.account.directoryPassword");
        String temporary = TemporaryPasswords.next();
        account.resetPassword(passwords.hash(temporary));
        audit.record(AuditKind.ADMINISTRATION, "account " + account.getUsername(), "password reset"
                + revokedTokens(account));
        return temporary;
    }

    /**
     * A reset password or a deactivated account may mean the account was in other hands: its personal access tokens
     * end too (reactivating it does not bring them back). Says how many, for the audit trail.
     */
    private String revokedTokens(Account account) {
        int revoked = em.createQuery("delete from AccessToken t where t.accountId = :account")
                .setParameter("account", account.getId()).executeUpdate();
        return revoked == 0 ? "" : ", " + revoked + " access tokens revoked";
    }

    private Unit activeUnit(long id) {
        Unit unit = unit(id);
        Require.that(unit.isActive(), "error.unit.inactive", unit.getName());
        return unit;
    }

    /** A person who left a unit, or was deactivated, no longer heads it. */
    private void releaseHeadships(Account account) {
        em.createQuery("select u from Unit u where u.head = :account", Unit.class).setParameter("account", account)
                .getResultList().stream()
                .filter(unit -> !account.isActive() || !unit.sameAs(account.getUnit()))
                .forEach(unit -> {
                    unit.releaseHead(account);
                    audit.record(AuditKind.ADMINISTRATION, "unit " + unit.getCode(),
                            "head " + account.getUsername() + " released");
                });
    }

    /**
     * An administrator cannot take away their own way in (the last door would close behind them): not deactivate
     * themselves, drop their role, or move to the directory, which may not even be set up.
     */
    private void refuseLockingOutTheCaller(Account account, boolean stillAdmin) {
        boolean self = account.getId().equals(callers.current().account().getId());
        Require.that(!self || stillAdmin, "error.account.self");
    }

    private void refuseTakenCode(String code, Long exceptId) {
        Require.that(unitByCode(code).map(unit -> unit.getId().equals(exceptId)).orElse(true), "error.unit.codeTaken");
    }

    /** Logins and unit codes are unique whatever their case. */
    public boolean loginTaken(String username) {
        return !em.createQuery("select a.id from Account a where lower(a.username) = :name", Long.class)
                .setParameter("name", TypedText.folded(username)).getResultList().isEmpty();
    }

    public Optional<Unit> unitByCode(String code) {
        return em.createQuery("select u from Unit u where lower(u.code) = :code", Unit.class)
                .setParameter("code", TypedText.folded(code))
                .getResultStream().findFirst();
    }

    private static <T> T current(T entity, int expected, int actual) {
        if (expected != actual) {
            throw new ConcurrentChangeException();
        }
        return entity;
    }

    private static String describe(Unit unit) {
        return unit.getCode() + " " + unit.getName() + " head=" + (unit.getHead() == null ? "-" : unit.getHead().getUsername());
    }

    private static String describe(Account account) {
        return account.getFullName() + " unit=" + account.getUnit().getCode() + " roles="
                + new TreeSet<>(account.getRoles()) + " email=" + account.getEmail() + " language="
                + account.getLanguage() + " directory=" + account.isDirectoryLogin();
    }
}
