package org.duban.history;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.duban.organization.Role;
import org.duban.shared.Require;

import java.util.Objects;

/** Who did something, and in which of their roles: the username is kept, so the record outlives the account. */
@Embeddable
public class Actor implements java.io.Serializable {

    @Column(name = "ACTOR", nullable = false, length = 50)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTOR_ROLE", length = 30)
    private Role role;

    protected Actor() {
    }

    public Actor(String username, Role role) {
        this.username = Require.text(username, "error.actor.required");
        this.role = role;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor other && username.equals(other.username) && role == other.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, role);
    }

    @Override
    public String toString() {
        return username + (role == null ? "" : " (" + role + ")");
    }
}
