package org.duban.item;

import org.duban.organization.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.duban.item.ItemAction.Takes.*;
import static org.duban.item.ItemState.*;
import static org.duban.organization.Role.*;

/**
 * Every action on an item, with the states it is allowed in, the state it leads to (none when the item keeps its
 * state), what its form takes and the roles that may take it. This is the whole transition table; the
 * {@link Rulebook} adds what else decides whether a person may take an action now, and the history records each
 * action under its name.
 */
public enum ItemAction {
    CREATE(Set.of(), DRAFT, Set.of(), OFFICE_STAFF, OFFICE_DIRECTOR),
    EDIT_DRAFT(EnumSet.of(DRAFT), null, Set.of(), OFFICE_STAFF, OFFICE_DIRECTOR),
    SEND_FOR_CONSULTATION(EnumSet.of(DRAFT), IN_CONSULTATION, EnumSet.of(TEXT), OFFICE_STAFF, OFFICE_DIRECTOR),
    COMMENT(EnumSet.of(IN_CONSULTATION), null, EnumSet.of(TEXT, FILES), LEADER, UNIT_HEAD),
    SUBMIT_FOR_APPROVAL(EnumSet.of(DRAFT, IN_CONSULTATION), PENDING_APPROVAL, EnumSet.of(TEXT), OFFICE_STAFF, OFFICE_DIRECTOR),
    APPROVE(EnumSet.of(PENDING_APPROVAL), REGISTERED, EnumSet.of(TEXT), LEADER),
    RETURN_DRAFT(EnumSet.of(PENDING_APPROVAL), DRAFT, EnumSet.of(TEXT), LEADER),
    CANCEL(EnumSet.of(PENDING_APPROVAL), CANCELLED, EnumSet.of(TEXT), LEADER),
    ASSIGN(EnumSet.of(REGISTERED), ASSIGNED, EnumSet.of(TEXT), OFFICE_STAFF, OFFICE_DIRECTOR),
    /** The lead unit's receipt starts the work; a co-unit's receipt is recorded without a change of state. */
    ACKNOWLEDGE(EnumSet.of(ASSIGNED, IN_PROGRESS), null, Set.of(), UNIT_HEAD),
    HAND_OVER(EnumSet.of(ASSIGNED, IN_PROGRESS), null, Set.of(), UNIT_HEAD),
    REPORT_PROGRESS(EnumSet.of(IN_PROGRESS), null, EnumSet.of(TEXT, FILES), UNIT_HEAD, UNIT_STAFF),
    COMPLETE_MILESTONE(EnumSet.of(IN_PROGRESS), null, Set.of(), UNIT_HEAD, UNIT_STAFF),
    URGE(EnumSet.of(ASSIGNED, IN_PROGRESS), null, EnumSet.of(FILES), OFFICE_STAFF, OFFICE_DIRECTOR),
    RECORD_HELP(EnumSet.of(ASSIGNED, IN_PROGRESS), null, EnumSet.of(TEXT, FILES), OFFICE_STAFF, OFFICE_DIRECTOR),
    REQUEST_EXTENSION(EnumSet.of(ASSIGNED, IN_PROGRESS), null, EnumSet.of(TEXT), UNIT_HEAD),
    /** Leaders decide too when the administrator's setting says so (the {@link Rulebook} asks the settings). */
    DECIDE_EXTENSION(EnumSet.of(ASSIGNED, IN_PROGRESS, SUBMITTED), null, EnumSet.of(TEXT, YES_OR_NO), OFFICE_DIRECTOR, LEADER),
    DRAFT_COMPLETION(EnumSet.of(IN_PROGRESS), null, EnumSet.of(TEXT), UNIT_HEAD, UNIT_STAFF),
    SUBMIT_COMPLETION(EnumSet.of(IN_PROGRESS), SUBMITTED, EnumSet.of(TEXT, FILES), UNIT_HEAD),
    ACCEPT(EnumSet.of(SUBMITTED), COMPLETED, EnumSet.of(TEXT), OFFICE_STAFF, OFFICE_DIRECTOR),
    RETURN_FOR_REWORK(EnumSet.of(SUBMITTED), IN_PROGRESS, EnumSet.of(TEXT), OFFICE_STAFF, OFFICE_DIRECTOR),
    FEED_BACK(EnumSet.of(COMPLETED), FED_BACK, EnumSet.of(TEXT), OFFICE_STAFF, OFFICE_DIRECTOR),
    MARK_READ(EnumSet.of(FED_BACK), null, Set.of(), LEADER),
    INSTRUCT(EnumSet.of(REGISTERED, ASSIGNED, IN_PROGRESS, SUBMITTED, COMPLETED, FED_BACK), null, EnumSet.of(TEXT), LEADER),
    REQUEST_HALT(EnumSet.of(REGISTERED, ASSIGNED, IN_PROGRESS, SUBMITTED), null, EnumSet.of(TEXT), OFFICE_STAFF, OFFICE_DIRECTOR),
    /** Approval leads to SUSPENDED or TERMINATED, as requested; refusal keeps the state. */
    DECIDE_HALT(EnumSet.of(REGISTERED, ASSIGNED, IN_PROGRESS, SUBMITTED), null, EnumSet.of(TEXT, YES_OR_NO), LEADER),
    RESUME(EnumSet.of(SUSPENDED), null, EnumSet.of(TEXT), LEADER),
    ARCHIVE(EnumSet.of(FED_BACK, SUSPENDED, TERMINATED), ARCHIVED, Set.of(), OFFICE_STAFF, OFFICE_DIRECTOR),
    /** The director's notice of criticism (通报) on an escalated item. */
    ISSUE_NOTICE(EnumSet.of(ASSIGNED, IN_PROGRESS, SUBMITTED), null, EnumSet.of(TEXT), OFFICE_DIRECTOR),
    /** Taken by the deadline watch, not by a person: the item is overdue beyond the thresholds. */
    ESCALATE(EnumSet.of(ASSIGNED, IN_PROGRESS, SUBMITTED), null, Set.of(), OFFICE_DIRECTOR);

    private final Set<ItemState> allowedIn;
    private final ItemState leadsTo;
    private final Set<Role> roles;
    private final Set<Takes> takes;

    ItemAction(Set<ItemState> allowedIn, ItemState leadsTo, Set<Takes> takes, Role first, Role... more) {
        this.allowedIn = allowedIn.isEmpty() ? EnumSet.noneOf(ItemState.class) : EnumSet.copyOf(allowedIn);
        this.leadsTo = leadsTo;
        this.takes = takes.isEmpty() ? EnumSet.noneOf(Takes.class) : EnumSet.copyOf(takes);
        this.roles = EnumSet.of(first, more);
    }

    /** What an action's form asks for besides its own fields: an opinion or report, files, or a yes/no decision. */
    public enum Takes {
        TEXT, FILES, YES_OR_NO
    }

    public boolean takes(Takes what) {
        return takes.contains(what);
    }

    /** Taken by people on the item page (not the creation of an item, not the deadline watch's escalation). */
    public boolean isTakenOnItem() {
        return this != CREATE && this != ESCALATE;
    }

    /**
     * The history records when this action happened as a day, not a moment: an urging is entered afterwards for the
     * day it took place (第七条), so its time of day would be invented.
     */
    public boolean isDatedByDay() {
        return this == URGE;
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
