package org.duban.item;

import org.duban.organization.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.duban.item.ItemState.*;
import static org.duban.organization.Role.*;

/**
 * Every action on an item, with the states it is allowed in, the state it leads to (none when the item keeps its
 * state) and the roles that may take it. This is the whole transition table; the aggregate and the service layer
 * both read it, and the history records each action under its name.
 */
public enum ItemAction {
    CREATE(Set.of(), DRAFT, OFFICE_STAFF, OFFICE_DIRECTOR),
    EDIT_DRAFT(EnumSet.of(DRAFT), null, OFFICE_STAFF, OFFICE_DIRECTOR),
    SEND_FOR_CONSULTATION(EnumSet.of(DRAFT), IN_CONSULTATION, OFFICE_STAFF, OFFICE_DIRECTOR),
    COMMENT(EnumSet.of(IN_CONSULTATION), null, LEADER, UNIT_HEAD),
    SUBMIT_FOR_APPROVAL(EnumSet.of(DRAFT, IN_CONSULTATION), PENDING_APPROVAL, OFFICE_STAFF, OFFICE_DIRECTOR),
    APPROVE(EnumSet.of(PENDING_APPROVAL), REGISTERED, LEADER),
    RETURN_DRAFT(EnumSet.of(PENDING_APPROVAL), DRAFT, LEADER),
    CANCEL(EnumSet.of(PENDING_APPROVAL), CANCELLED, LEADER),
    ASSIGN(EnumSet.of(REGISTERED), ASSIGNED, OFFICE_STAFF, OFFICE_DIRECTOR),
    /** The lead unit's receipt starts the work; a co-unit's receipt is recorded without a change of state. */
    ACKNOWLEDGE(EnumSet.of(ASSIGNED, IN_PROGRESS), null, UNIT_HEAD),
    HAND_OVER(EnumSet.of(ASSIGNED, IN_PROGRESS), null, UNIT_HEAD),
    REPORT_PROGRESS(EnumSet.of(IN_PROGRESS), null, UNIT_HEAD, UNIT_STAFF),
    COMPLETE_MILESTONE(EnumSet.of(IN_PROGRESS), null, UNIT_HEAD, UNIT_STAFF),
    URGE(EnumSet.of(ASSIGNED, IN_PROGRESS), null, OFFICE_STAFF, OFFICE_DIRECTOR),
    RECORD_HELP(EnumSet.of(ASSIGNED, IN_PROGRESS), null, OFFICE_STAFF, OFFICE_DIRECTOR),
    REQUEST_EXTENSION(EnumSet.of(ASSIGNED, IN_PROGRESS), null, UNIT_HEAD),
    /** Leaders decide too when the administrator's setting says so (checked by the service). */
    DECIDE_EXTENSION(EnumSet.of(ASSIGNED, IN_PROGRESS, SUBMITTED), null, OFFICE_DIRECTOR, LEADER),
    DRAFT_COMPLETION(EnumSet.of(IN_PROGRESS), null, UNIT_HEAD, UNIT_STAFF),
    SUBMIT_COMPLETION(EnumSet.of(IN_PROGRESS), SUBMITTED, UNIT_HEAD),
    ACCEPT(EnumSet.of(SUBMITTED), COMPLETED, OFFICE_STAFF, OFFICE_DIRECTOR),
    RETURN_FOR_REWORK(EnumSet.of(SUBMITTED), IN_PROGRESS, OFFICE_STAFF, OFFICE_DIRECTOR),
    FEED_BACK(EnumSet.of(COMPLETED), FED_BACK, OFFICE_STAFF, OFFICE_DIRECTOR),
    MARK_READ(EnumSet.of(FED_BACK), null, LEADER),
    INSTRUCT(EnumSet.of(REGISTERED, ASSIGNED, IN_PROGRESS, SUBMITTED, COMPLETED, FED_BACK), null, LEADER),
    REQUEST_HALT(EnumSet.of(REGISTERED, ASSIGNED, IN_PROGRESS, SUBMITTED), null, OFFICE_STAFF, OFFICE_DIRECTOR),
    /** Approval leads to SUSPENDED or TERMINATED, as requested; refusal keeps the state. */
    DECIDE_HALT(EnumSet.of(REGISTERED, ASSIGNED, IN_PROGRESS, SUBMITTED), null, LEADER),
    RESUME(EnumSet.of(SUSPENDED), null, LEADER),
    ARCHIVE(EnumSet.of(FED_BACK, SUSPENDED, TERMINATED), ARCHIVED, OFFICE_STAFF, OFFICE_DIRECTOR),
    /** The director's notice of criticism (通报) on an escalated item. */
    ISSUE_NOTICE(EnumSet.of(ASSIGNED, IN_PROGRESS, SUBMITTED), null, OFFICE_DIRECTOR),
    /** Taken by the deadline watch, not by a person: the item is overdue beyond the thresholds. */
    ESCALATE(EnumSet.of(ASSIGNED, IN_PROGRESS, SUBMITTED), null, OFFICE_DIRECTOR);

    private final Set<ItemState> allowedIn;
    private final ItemState leadsTo;
    private final Set<Role> roles;

    ItemAction(Set<ItemState> allowedIn, ItemState leadsTo, Role first, Role... more) {
        this.allowedIn = allowedIn.isEmpty() ? EnumSet.noneOf(ItemState.class) : EnumSet.copyOf(allowedIn);
        this.leadsTo = leadsTo;
        this.roles = EnumSet.of(first, more);
    }

    public boolean isAllowedIn(ItemState state) {
        return allowedIn.contains(state);
    }

    /** The state the item is in after this action, when the action itself decides it. */
    public Optional<ItemState> leadsTo() {
        return Optional.ofNullable(leadsTo);
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean mayBeTakenBy(Set<Role> heldRoles) {
        return heldRoles.stream().anyMatch(roles::contains);
    }
}
