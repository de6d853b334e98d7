package org.duban.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.item.Rulebook;
import org.duban.item.Rulebooks;
import org.duban.item.SupervisionItem;
import org.duban.organization.Caller;
import org.duban.organization.Callers;

import java.util.Set;
import java.util.stream.Collectors;

/** Test only: the rulebook's to-dos for the signed-in person, item by item over every item in the database. */
@Stateless
@PermitAll
public class AwaitedByTheRulebook {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private Rulebooks rulebooks;

    /** Each to-do as "KIND #itemId". */
    public Set<String> awaited() {
        Caller caller = callers.current();
        Rulebook rulebook = rulebooks.today();
        return em.createQuery("select i from SupervisionItem i", SupervisionItem.class).getResultStream()
                .flatMap(item -> rulebook.awaited(caller, item).stream().map(todo -> todo + " #" + item.getId()))
                .collect(Collectors.toSet());
    }
}
