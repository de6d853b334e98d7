package org.duban.item;

import org.duban.organization.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * 待办: a kind of work that waits for one person because it is their turn (事事有落实，项项有反馈). Each kind is one
 * action the {@link Rulebook} offers that person now, plus the condition that makes it their turn rather than merely
 * allowed (the drafter's draft, the leader in charge, a consultation not yet answered, a report due). The rulebook
 * says which kinds wait for a person on an item ({@link Rulebook#awaited}); the to-do lists ask the same as queries.
 */
public enum ToDo {
    /** The drafter's draft still lacks tasks, a lead unit or a deadline (拟办). */
    COMPLETE_DRAFT(ItemAction.EDIT_DRAFT, Role.OFFICE_STAFF, Role.OFFICE_DIRECTOR),
    /** The drafter's draft is ready to go to the leader (报批). */
    SUBMIT_DRAFT(ItemAction.SUBMIT_FOR_APPROVAL, Role.OFFICE_STAFF, Role.OFFICE_DIRECTOR),
    /** Replies to the drafter's consultation have arrived since it was sent (征求意见 returned). */
    CONSULTATION_ANSWERED(ItemAction.SUBMIT_FOR_APPROVAL, Role.OFFICE_STAFF, Role.OFFICE_DIRECTOR),
    /** A consulted leader or unit head has not yet given an opinion on this round. */
    ANSWER_CONSULTATION(ItemAction.COMMENT, Role.LEADER, Role.UNIT_HEAD),
    /** A draft awaits the approval of its leader in charge (or of any leader when none is named). */
    APPROVE(ItemAction.APPROVE, Role.LEADER),
    /** The drafter's approved item awaits its written assignment to the units (交办). */
    ASSIGN(ItemAction.ASSIGN, Role.OFFICE_STAFF, Role.OFFICE_DIRECTOR),
    /** An assigned item awaits this unit's receipt (签收). */
    ACKNOWLEDGE(ItemAction.ACKNOWLEDGE, Role.UNIT_HEAD),
    /** The lead unit's staff member the item was handed to has not drafted its completion report since it was handed
     * over or returned (承办). */
    HANDLE(ItemAction.DRAFT_COMPLETION, Role.UNIT_STAFF),
    /** The reporting cycle asks for a progress report (进展报送): the handler's, or the head's when nobody has it. */
    REPORT_PROGRESS(ItemAction.REPORT_PROGRESS, Role.UNIT_HEAD, Role.UNIT_STAFF),
    /** The completion report is drafted; the lead unit's head submits it (报送办结报告). */
    SUBMIT_REPORT(ItemAction.SUBMIT_COMPLETION, Role.UNIT_HEAD),
    /** The office returned the completion report; the lead unit's head submits it again (退回重办). */
    RESUBMIT_REPORT(ItemAction.SUBMIT_COMPLETION, Role.UNIT_HEAD),
    /** An extension request awaits its decision: the director's, or the leader in charge's when leaders decide. */
    DECIDE_EXTENSION(ItemAction.DECIDE_EXTENSION, Role.OFFICE_DIRECTOR, Role.LEADER),
    /** A completion report awaits the office's check (办结审核: accept or return). */
    REVIEW_REPORT(ItemAction.ACCEPT, Role.OFFICE_STAFF),
    /** An accepted item awaits the feedback report to the leaders (反馈). */
    FEED_BACK(ItemAction.FEED_BACK, Role.OFFICE_STAFF),
    /** The feedback awaits the leader in charge's reading (阅知). */
    READ_FEEDBACK(ItemAction.MARK_READ, Role.LEADER),
    /** A request to suspend or terminate awaits the leader in charge (or any leader when none is named). */
    DECIDE_HALT(ItemAction.DECIDE_HALT, Role.LEADER),
    /** An escalated item not yet criticised may be criticised in a 通报. */
    CRITICISE(ItemAction.ISSUE_NOTICE, Role.OFFICE_DIRECTOR),
    /** A finished item (read by its leader, or terminated) awaits filing (归档). */
    ARCHIVE(ItemAction.ARCHIVE, Role.OFFICE_STAFF);

    private final ItemAction action;
    private final Set<Role> roles;

    ToDo(ItemAction action, Role first, Role... more) {
        this.action = action;
        this.roles = EnumSet.of(first, more);
    }

    /** The action the to-do asks for: the item page opens at its form. */
    public ItemAction action() {
        return action;
    }

    /** Whose to-do it can be: a person holding none of these roles never has it. */
    public boolean mayWaitFor(Set<Role> heldRoles) {
        return heldRoles.stream().anyMatch(roles::contains);
    }
}
