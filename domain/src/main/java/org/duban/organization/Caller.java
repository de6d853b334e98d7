package org.duban.organization;

import org.duban.history.Act;
import org.duban.history.Actor;
import org.duban.item.ItemAction;
import org.duban.shared.AccessDeniedException;

import java.time.Clock;
import java.util.Set;

/** The signed-in person a service acts for: their account (and so their unit) and the roles the container gave them. */
public record Caller(Account account, Set<Role> roles) {

    public Unit unit() {
        return account.getUnit();
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public boolean isOffice() {
        return roles.stream().anyMatch(Role::isOffice);
    }

    /** The role the caller takes this action in: the first of theirs the action allows. */
    public Role roleFor(ItemAction action) {
        return roles.stream().filter(action.roles()::contains).sorted().findFirst()
                .orElseThrow(() -> new AccessDeniedException("error.access.role"));
    }

    public Act act(ItemAction action, Clock clock) {
        return new Act(new Actor(account.getUsername(), roleFor(action)), clock.instant(), clock.getZone());
    }
}
