package org.duban.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The choices forms offer: units, leaders, the people of the caller's own unit. */
@Stateless
@PermitAll
public class Directory {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    public List<Unit> units() {
        return em.createQuery("select u from Unit u order by u.code", Unit.class).getResultList();
    }

    /**
     * The units work can be assigned to: active, with an active head to acknowledge it (学院领导 and a unit without a
     * head are not among them).
     */
    public List<Unit> workingUnits() {
        return em.createQuery("select distinct u from Account a join a.unit u join a.roles r where r = :head"
                + " and a.active = true and u.active = true order by u.code", Unit.class)
                .setParameter("head", Role.UNIT_HEAD).getResultList();
    }

    public List<Account> leaders() {
        return em.createQuery("select distinct a from Account a join a.roles r where r = :leader and a.active = true"
                + " order by a.username", Account.class).setParameter("leader", Role.LEADER).getResultList();
    }

    /** The people of the caller's unit who can handle an item (承办人). */
    public List<Account> staffOfMyUnit() {
        return em.createQuery("select distinct a from Account a join a.roles r where a.unit = :unit and a.active = true"
                        + " and r = :staff order by a.username", Account.class)
                .setParameter("unit", callers.current().unit()).setParameter("staff", Role.UNIT_STAFF).getResultList();
    }

    /** Remembers the caller's language for their next sign-in. */
    public void chooseLanguage(String language) {
        Account account = em.find(Account.class, callers.current().account().getId());
        account.chooseLanguage(language);
    }
}
