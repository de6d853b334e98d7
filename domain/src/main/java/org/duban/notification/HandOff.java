package org.duban.notification;

import org.duban.history.ItemEvent;
import org.duban.item.ItemAction;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A hand-off: an action after which it is somebody else's turn, and who is told (一事一通知). Each is noticed once,
 * keyed like the deadline watch's notices (item, kind, day, recipient), in the transaction of the action itself;
 * the person who acted is not told of their own action. The notice appears in 通知 and in the daily e-mail digest.
 */
public enum HandOff {
    CONSULTATION_ASKED(ItemAction.SEND_FOR_CONSULTATION, NotificationKind.CONSULTATION_ASKED, Audience.CONSULTED),
    CONSULTATION_ANSWERED(ItemAction.COMMENT, NotificationKind.CONSULTATION_ANSWERED, Audience.DRAFTER),
    APPROVAL_ASKED(ItemAction.SUBMIT_FOR_APPROVAL, NotificationKind.APPROVAL_ASKED, Audience.LEADER_IN_CHARGE),
    APPROVED(ItemAction.APPROVE, NotificationKind.APPROVED, Audience.DRAFTER),
    DRAFT_RETURNED(ItemAction.RETURN_DRAFT, NotificationKind.DRAFT_RETURNED, Audience.DRAFTER),
    CANCELLED(ItemAction.CANCEL, NotificationKind.CANCELLED, Audience.DRAFTER),
    ASSIGNED(ItemAction.ASSIGN, NotificationKind.ASSIGNED, Audience.LEAD_AND_CO_UNIT_HEADS),
    HANDED_OVER(ItemAction.HAND_OVER, NotificationKind.HANDED_OVER, Audience.HANDLER),
    EXTENSION_REQUESTED(ItemAction.REQUEST_EXTENSION, NotificationKind.EXTENSION_REQUESTED, Audience.EXTENSION_DECIDERS),
    EXTENSION_DECIDED(ItemAction.DECIDE_EXTENSION, NotificationKind.EXTENSION_GRANTED, NotificationKind.EXTENSION_REFUSED,
            Audience.LEAD_UNIT),
    COMPLETION_SUBMITTED(ItemAction.SUBMIT_COMPLETION, NotificationKind.COMPLETION_SUBMITTED, Audience.OFFICE),
    RETURNED_FOR_REWORK(ItemAction.RETURN_FOR_REWORK, NotificationKind.RETURNED_FOR_REWORK, Audience.LEAD_UNIT),
    ACCEPTED(ItemAction.ACCEPT, NotificationKind.ACCEPTED, Audience.LEAD_UNIT),
    FED_BACK(ItemAction.FEED_BACK, NotificationKind.FED_BACK, Audience.LEADER_IN_CHARGE),
    HALT_REQUESTED(ItemAction.REQUEST_HALT, NotificationKind.HALT_REQUESTED, Audience.LEADER_IN_CHARGE, Audience.LEAD_UNIT),
    HALT_DECIDED(ItemAction.DECIDE_HALT, NotificationKind.HALT_APPROVED, NotificationKind.HALT_REFUSED, Audience.OFFICE,
            Audience.LEAD_UNIT),
    RESUMED(ItemAction.RESUME, NotificationKind.RESUMED, Audience.OFFICE, Audience.LEAD_UNIT);

    /** Who is told, as the item names them. */
    public enum Audience {
        /** The heads of the lead unit and of each co-unit. */
        LEAD_AND_CO_UNIT_HEADS,
        /** The lead unit's heads and the person it was handed to. */
        LEAD_UNIT,
        /** The staff member the item was handed to. */
        HANDLER,
        /** The consulted units' heads and the consulted leaders. */
        CONSULTED,
        /** The leader in charge; every leader when none is named. */
        LEADER_IN_CHARGE,
        /** The office staff member who drafted the item. */
        DRAFTER,
        /** Every office staff member. */
        OFFICE,
        /** The office directors, and the leader in charge (or every leader) when the settings let leaders decide. */
        EXTENSION_DECIDERS
    }

    /** How the history records a refusal of a request (the event's detail). */
    private static final String REFUSED = "REFUSED";

    private final ItemAction after;
    private final NotificationKind kind;
    private final NotificationKind refusedKind;
    private final Set<Audience> audiences;

    HandOff(ItemAction after, NotificationKind kind, Audience first, Audience... more) {
        this(after, kind, kind, first, more);
    }

    /** A decision: one kind when granted, another when refused. */
    HandOff(ItemAction after, NotificationKind kind, NotificationKind refusedKind, Audience first, Audience... more) {
        this.after = after;
        this.kind = kind;
        this.refusedKind = refusedKind;
        this.audiences = EnumSet.of(first, more);
    }

    /** The hand-off the action makes, if any. */
    public static Optional<HandOff> after(ItemAction action) {
        return Arrays.stream(values()).filter(handOff -> handOff.after == action).findFirst();
    }

    /** The notice's kind for the event the action recorded: a decision's kind says whether it was granted. */
    public NotificationKind kind(ItemEvent event) {
        return REFUSED.equals(event.getDetail()) ? refusedKind : kind;
    }

    public Set<Audience> audiences() {
        return audiences;
    }
}
