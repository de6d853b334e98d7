package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.duban.shared.Require;

import java.time.Instant;
import java.util.Objects;

/**
 * How hard an item has been followed up (查办, 第七条): how often it was urged, and when it was escalated to its
 * leader in charge (once). Kept in the item's own row so the deadline watch reads them with it. Immutable.
 */
@Embeddable
public class FollowUp implements java.io.Serializable {

    @Column(name = "URGINGS", nullable = false)
    private int urgings;

    /** When the item was escalated to its leader; none while it was not. */
    @Column(name = "ESCALATED_AT")
    private Instant escalatedAt;

    protected FollowUp() {
    }

    private FollowUp(int urgings, Instant escalatedAt) {
        this.urgings = urgings;
        this.escalatedAt = escalatedAt;
    }

    public static FollowUp none() {
        return new FollowUp();
    }

    FollowUp urged() {
        return new FollowUp(urgings + 1, escalatedAt);
    }

    /** @throws org.duban.shared.DomainException {@code error.escalation.already}: an item is escalated once */
    FollowUp escalated(Instant at) {
        Require.that(escalatedAt == null, "error.escalation.already");
        return new FollowUp(urgings, java.util.Objects.requireNonNull(at, "the time of the escalation"));
    }

    public int getUrgings() {
        return urgings;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public boolean isEscalated() {
        return escalatedAt != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FollowUp other && urgings == other.urgings && Objects.equals(escalatedAt, other.escalatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(urgings, escalatedAt);
    }
}
