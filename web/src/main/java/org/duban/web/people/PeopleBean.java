package org.duban.web.people;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.organization.Account;
import org.duban.organization.People;
import org.duban.web.i18n.Messages;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 姓名（单位） for a login, on the page: a page tells which logins it shows ({@link #know}) so that all are read in one
 * statement; a login asked for without that is read alone. A login without an account any more is shown as it is.
 */
@Named("people")
@RequestScoped
public class PeopleBean {

    @EJB
    private People people;

    @Inject
    private Messages messages;

    private final Map<String, String> names = new HashMap<>();

    /** Reads the persons of these logins at once. */
    public void know(Collection<String> usernames) {
        List<String> unknown = usernames.stream().filter(u -> u != null && !names.containsKey(u)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, People.Person> found = people.named(unknown);
        unknown.forEach(username -> names.put(username, found.containsKey(username)
                ? messages.text("person.named", found.get(username).fullName(), found.get(username).unitName())
                : username));
    }

    /** 姓名（单位） of an account read with its unit. */
    public String named(Account account) {
        return account == null ? "" : messages.text("person.named", account.getFullName(), account.getUnit().getName());
    }

    /** 姓名（单位）, or the login itself when no account has it; empty for none. */
    public String name(String username) {
        if (username == null) {
            return "";
        }
        if (!names.containsKey(username)) {
            know(List.of(username));
        }
        return names.get(username);
    }
}
