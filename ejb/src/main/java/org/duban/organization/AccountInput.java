package org.duban.organization;

import java.util.Set;

/** What the administrator types for an account (the login cannot change once created). */
public record AccountInput(String username, String fullName, Long unitId, Set<Role> roles, String email,
                           String language, boolean directoryLogin) {
}
