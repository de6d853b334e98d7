package org.duban.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * People by name: the records keep who acted by login (so the record outlives the account), and everything a person
 * reads names them as 姓名（单位）. One statement for all the logins a page or a document shows.
 */
@Stateless
@PermitAll
public class People {

    /** A login's person: full name and unit name. */
    public record Person(String username, String fullName, String unitName) implements Serializable {
    }

    /** Chunks of this many logins per statement (an IN list). */
    private static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    /** The persons of the given logins that have an account; logins without one (removed) are left out. */
    public Map<String, Person> named(Collection<String> usernames) {
        List<String> wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, Person> people = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            em.createQuery("select a.username, a.fullName, u.name from Account a join a.unit u"
                            + " where a.username in :usernames", Object[].class)
                    .setParameter("usernames", new ArrayList<>(wanted.subList(from, Math.min(wanted.size(), from + CHUNK))))
                    .getResultList().forEach(row -> people.put((String) row[0],
                            new Person((String) row[0], (String) row[1], (String) row[2])));
        }
        return people;
    }
}
