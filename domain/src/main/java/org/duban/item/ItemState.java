package org.duban.item;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The states of an item along the seven steps (第六条). Which action leads where is in {@link ItemAction}; the sets
 * of states that the rules speak of are named here once.
 */
public enum ItemState {
    DRAFT, IN_CONSULTATION, PENDING_APPROVAL, REGISTERED, ASSIGNED, IN_PROGRESS, SUBMITTED, COMPLETED, FED_BACK,
    SUSPENDED, TERMINATED, CANCELLED, ARCHIVED;

    /**
     * The unit's turn: assigned and not yet reported as done. Only then does the deadline run against the unit —
     * warning lights, reminders, escalation, "overdue now" in the statistics and the dashboard. Once the unit has
     * submitted its report, the office's review is not the unit's delay.
     */
    public static final Set<ItemState> UNITS_TURN = Collections.unmodifiableSet(EnumSet.of(ASSIGNED, IN_PROGRESS));

    /** Closed for good: nothing changes any more, and no list of open work shows them. */
    public static final Set<ItemState> CLOSED = Collections.unmodifiableSet(EnumSet.of(ARCHIVED, CANCELLED));

    /** Still being drafted: fields may be edited, no number yet. */
    public boolean isDraft() {
        return this == DRAFT || this == IN_CONSULTATION || this == PENDING_APPROVAL;
    }

    /** See {@link #UNITS_TURN}. */
    public boolean isUnitsTurn() {
        return UNITS_TURN.contains(this);
    }

    /** Nothing changes any more. */
    public boolean isFinal() {
        return CLOSED.contains(this);
    }

    /** The states as an SQL list of literals, {@code 'ASSIGNED', 'IN_PROGRESS'}, for plain JDBC reads. */
    public static String sqlList(Set<ItemState> states) {
        return states.stream().sorted().map(state -> "'" + state.name() + "'").collect(Collectors.joining(", "));
    }
}
