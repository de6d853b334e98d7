package org.duban.item;

import org.duban.calendar.WorkingCalendar;
import org.duban.history.ItemEvent;
import org.duban.item.Refusal.Kind;
import org.duban.organization.Caller;
import org.duban.organization.Role;
import org.duban.settings.Settings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The regulation in one place: whether a person may take an action on an item now, and if not, why. It joins the
 * transition table ({@link ItemAction}: state and roles) with the person's relation to the item (lead unit, co-unit,
 * consulted, leader), what is pending (an extension or halt request), what has already happened (this unit's
 * receipt, the leader's 阅知), what exists (open milestones), escalation, the deadline read on the working-day
 * calendar, and the administrator's settings (who decides extensions).
 * <p>
 * The item page offers exactly {@link #offered}; the services enforce exactly {@link #require} before acting, so a
 * form that is shown is accepted and a refused action is never shown. A rulebook holds one day's circumstances; make
 * a new one per request.
 * <p>
 * Sources: 第六条 (the seven steps), 第七条 (urging), the extension and halt rules of DESIGN.md; "overdue" as
 * {@link WorkingCalendar#isOverdue}.
 */
public final class Rulebook {

    /** What only the lead unit may do; a unit's other actions are open to co-units too. */
    private static final Set<ItemAction> LEAD_UNIT_ONLY = EnumSet.of(ItemAction.HAND_OVER,
            ItemAction.REQUEST_EXTENSION, ItemAction.DRAFT_COMPLETION, ItemAction.SUBMIT_COMPLETION,
            ItemAction.COMPLETE_MILESTONE);

    /** Withheld actions worth a word on the page ("not yet, because …"); the others are simply not offered. */
    private static final Set<ItemAction> EXPLAINED = EnumSet.of(ItemAction.SUBMIT_FOR_APPROVAL, ItemAction.APPROVE,
            ItemAction.REQUEST_EXTENSION, ItemAction.ACCEPT, ItemAction.ARCHIVE);

    private final LocalDate today;
    private final ZoneId zone;
    private final WorkingCalendar calendar;
    private final boolean leadersDecideExtensions;

    /**
     * @param today    the day in the server's zone, from the injected clock
     * @param zone     the server's zone, in which a recorded time falls on a day (a progress report's)
     * @param calendar the working-day calendar the administrator keeps
     * @param settings the administrator's settings (who decides extensions)
     */
    public Rulebook(LocalDate today, ZoneId zone, WorkingCalendar calendar, Settings settings) {
        this.today = today;
        this.zone = zone;
        this.calendar = calendar;
        this.leadersDecideExtensions = settings.isLeadersDecideExtensions();
    }

    /** Why the caller may not take the action on the item now; empty when they may. */
    public Optional<Refusal> refusal(Caller caller, SupervisionItem item, ItemAction action) {
        Optional<Refusal> ofTheRole = roleRefusal(caller, action);
        if (ofTheRole.isPresent()) {
            return ofTheRole;
        }
        if (!ItemAccess.maySee(caller, item)) {
            return Optional.of(Refusal.of(Kind.RELATION, "error.access.item"));
        }
        if (!isRelatedFor(caller, item, action)) {
            return Optional.of(Refusal.of(Kind.RELATION, "error.access.action"));
        }
        return situation(caller, item, action);
    }

    /**
     * Why none of the caller's roles may take the action on any item: DESIGN.md's table, and the setting that says
     * whether leaders decide extensions. Answered before the item is even read.
     */
    public Optional<Refusal> roleRefusal(Caller caller, ItemAction action) {
        if (!action.isTakenOnItem() || !action.mayBeTakenBy(caller.roles())) {
            return Optional.of(Refusal.of(Kind.ROLE, "error.access.role"));
        }
        if (action == ItemAction.DECIDE_EXTENSION && !decidesExtensions(caller)) {
            return Optional.of(Refusal.of(Kind.ROLE, "error.access.action"));
        }
        return Optional.empty();
    }

    /** Every action the caller may take on the item now, in the table's order. */
    public List<ItemAction> offered(Caller caller, SupervisionItem item) {
        return EnumSet.allOf(ItemAction.class).stream()
                .filter(action -> refusal(caller, item, action).isEmpty()).toList();
    }

    /**
     * The actions the caller could take in this state but not yet, with the reason — only those worth saying
     * (a draft not ready for approval, a report with open milestones, archiving before the leader's 阅知, an
     * extension after the deadline or while one is pending).
     */
    public Map<ItemAction, Refusal> withheld(Caller caller, SupervisionItem item) {
        Map<ItemAction, Refusal> withheld = new LinkedHashMap<>();
        for (ItemAction action : EXPLAINED) {
            if (action.isAllowedIn(item.getState())) {
                refusal(caller, item, action).filter(r -> r.kind() == Kind.SITUATION)
                        .ifPresent(r -> withheld.put(action, r));
            }
        }
        return withheld;
    }

    /**
     * @throws org.duban.shared.AccessDeniedException when the caller's role or relation to the item refuses it
     * @throws org.duban.shared.DomainException       when the item's situation refuses it now
     */
    public void require(Caller caller, SupervisionItem item, ItemAction action) {
        Optional<Refusal> refusal = refusal(caller, item, action);
        if (refusal.isPresent()) {
            throw refusal.get().toException();
        }
    }

    /**
     * 待办: what waits for the caller on the item — each kind an action {@link #offered} now, and the caller's turn
     * ({@link ToDo}): the drafter's own drafts and approved items, the leader in charge (any leader when none is named), a consultation
     * round the caller has not answered, the lead unit's handler (its head when nobody has it), a report whose cycle
     * has come round. The to-do lists are this answer as queries; a test holds them to it.
     */
    public List<ToDo> awaited(Caller caller, SupervisionItem item) {
        return EnumSet.allOf(ToDo.class).stream()
                .filter(todo -> todo.mayWaitFor(caller.roles()) && awaits(todo, caller, item)).toList();
    }

    private boolean awaits(ToDo todo, Caller caller, SupervisionItem item) {
        ItemState state = item.getState();
        boolean drafter = caller.account().getUsername().equals(item.getCreatedBy());
        boolean inCharge = isInCharge(caller.account(), item);
        return switch (todo) {
            case COMPLETE_DRAFT -> drafter && state == ItemState.DRAFT && may(caller, item, ItemAction.EDIT_DRAFT)
                    && !may(caller, item, ItemAction.SUBMIT_FOR_APPROVAL);
            case SUBMIT_DRAFT -> drafter && state == ItemState.DRAFT && may(caller, item, ItemAction.SUBMIT_FOR_APPROVAL);
            case CONSULTATION_ANSWERED -> drafter && state == ItemState.IN_CONSULTATION
                    && may(caller, item, ItemAction.SUBMIT_FOR_APPROVAL) && answeredThisRound(item, null);
            case ANSWER_CONSULTATION -> may(caller, item, ItemAction.COMMENT) && !answeredThisRound(item, caller);
            // the leader may also return or cancel a draft that is not ready: it waits for them all the same
            case APPROVE -> inCharge && may(caller, item, ItemAction.RETURN_DRAFT);
            case ASSIGN -> drafter && may(caller, item, ItemAction.ASSIGN);
            case ACKNOWLEDGE -> may(caller, item, ItemAction.ACKNOWLEDGE);
            case HANDLE -> caller.account().equals(item.getHandler()) && may(caller, item, ItemAction.DRAFT_COMPLETION)
                    && !draftedSinceReturn(item);
            case REPORT_PROGRESS -> isReporter(caller, item) && may(caller, item, ItemAction.REPORT_PROGRESS)
                    && progressReportDue(item).isPresent();
            case SUBMIT_REPORT -> item.getReports().getCompletionDraft() != null && !returned(item)
                    && may(caller, item, ItemAction.SUBMIT_COMPLETION);
            case RESUBMIT_REPORT -> returned(item) && may(caller, item, ItemAction.SUBMIT_COMPLETION);
            case DECIDE_EXTENSION -> (caller.holds(Role.OFFICE_DIRECTOR) || inCharge)
                    && may(caller, item, ItemAction.DECIDE_EXTENSION);
            // the office may return a report that cannot be accepted yet: it waits for them all the same
            case REVIEW_REPORT -> may(caller, item, ItemAction.RETURN_FOR_REWORK);
            case FEED_BACK -> may(caller, item, ItemAction.FEED_BACK);
            case READ_FEEDBACK -> may(caller, item, ItemAction.MARK_READ);
            case DECIDE_HALT -> inCharge && may(caller, item, ItemAction.DECIDE_HALT);
            case CRITICISE -> item.isEscalated() && may(caller, item, ItemAction.ISSUE_NOTICE)
                    && item.getEvents().stream().noneMatch(event -> event.getAction() == ItemAction.ISSUE_NOTICE);
            // a suspended item may be resumed: it is filed when someone decides to, not awaited
            case ARCHIVE -> state != ItemState.SUSPENDED && may(caller, item, ItemAction.ARCHIVE);
        };
    }

    /**
     * The day the item's next progress report is due, when today has reached it: the reporting cycle counted from the
     * last report or the receipt (as the deadline watch reminds), on the day it was recorded.
     */
    public Optional<LocalDate> progressReportDue(SupervisionItem item) {
        return item.getEvents().stream()
                .filter(event -> event.getAction() == ItemAction.ACKNOWLEDGE || event.getAction() == ItemAction.REPORT_PROGRESS)
                .map(event -> LocalDate.ofInstant(event.getRecordedAt(), zone)).max(LocalDate::compareTo)
                .flatMap(item.getReportingCycle()::nextReport).filter(next -> !today.isBefore(next));
    }

    /**
     * Is this leader the one in charge of the item: its leader in charge (分管院领导), or any leader when it names
     * none or its leader's account was deactivated (work for a leader never waits for nobody).
     */
    public static boolean isInCharge(org.duban.organization.Account leader, SupervisionItem item) {
        org.duban.organization.Account inCharge = item.getLeaderInCharge();
        return inCharge == null || !inCharge.isActive() || inCharge.equals(leader);
    }

    /** The completion report was drafted, and not returned since (a return gives the work back to its handler). */
    private static boolean draftedSinceReturn(SupervisionItem item) {
        int returned = item.getEvents().stream().filter(event -> event.getAction() == ItemAction.RETURN_FOR_REWORK)
                .mapToInt(ItemEvent::getSequence).max().orElse(0);
        return item.getEvents().stream().anyMatch(event -> event.getAction() == ItemAction.DRAFT_COMPLETION
                && event.getSequence() > returned);
    }

    /** The office has returned the unit's report (the item is back with the unit until it is submitted again). */
    private static boolean returned(SupervisionItem item) {
        return item.isReturnedForRework();
    }

    /** The lead unit reports progress: the person it was handed to, or its head while nobody has it. */
    private static boolean isReporter(Caller caller, SupervisionItem item) {
        return caller.unit().sameAs(item.getLeadUnit()) && (item.getHandler() == null
                ? caller.holds(Role.UNIT_HEAD) : caller.account().equals(item.getHandler()));
    }

    /** Has anyone (or the given person) commented since the draft was last sent for consultation? */
    private static boolean answeredThisRound(SupervisionItem item, Caller by) {
        int sent = item.getEvents().stream().filter(event -> event.getAction() == ItemAction.SEND_FOR_CONSULTATION)
                .mapToInt(event -> event.getSequence()).max().orElse(0);
        return item.getEvents().stream().anyMatch(event -> event.getAction() == ItemAction.COMMENT
                && event.getSequence() > sent
                && (by == null || event.getActor().getUsername().equals(by.account().getUsername())));
    }

    private boolean may(Caller caller, SupervisionItem item, ItemAction action) {
        return refusal(caller, item, action).isEmpty();
    }

    /**
     * Overdue (逾期), the one meaning: it is the unit's turn ({@link ItemState#UNITS_TURN}) and the deadline has
     * passed on the working-day calendar (a deadline on a rest day falls due at the end of the next working day).
     */
    public boolean isOverdue(SupervisionItem item) {
        return item.getState().isUnitsTurn() && item.getDeadline() != null
                && calendar.isOverdue(item.getDeadline().getDue(), today);
    }

    /**
     * May the item be criticised in a 通报 (on its own page or cited with others): a unit holds it, and it is overdue
     * or was escalated (an escalated item may have been given more time since).
     */
    public Optional<Refusal> citationRefusal(SupervisionItem item) {
        if (!ItemAction.ISSUE_NOTICE.isAllowedIn(item.getState()) || !item.isEscalated() && !isOverdue(item)) {
            return Optional.of(Refusal.of(Kind.SITUATION, "error.notice.notOverdue", item.getTitle()));
        }
        return Optional.empty();
    }

    private boolean decidesExtensions(Caller caller) {
        return caller.holds(Role.OFFICE_DIRECTOR) || caller.holds(Role.LEADER) && leadersDecideExtensions;
    }

    /** The caller's relation to the item, as the role they act in needs it. */
    private static boolean isRelatedFor(Caller caller, SupervisionItem item, ItemAction action) {
        Role role = caller.roleFor(action);
        if (role.isOffice()) {
            return true;
        }
        if (role == Role.LEADER) {
            return switch (action) {
                case COMMENT -> item.isConsulted(caller.account());
                // the feedback is reported to the leader in charge (分管院领导), who reads it; any leader without one
                case MARK_READ -> isInCharge(caller.account(), item);
                default -> true;
            };
        }
        if (action == ItemAction.COMMENT) {
            return item.isConsulted(caller.unit());
        }
        if (LEAD_UNIT_ONLY.contains(action)) {
            return item.getAssignmentNotice() != null && caller.unit().sameAs(item.getLeadUnit());
        }
        return ItemAccess.isAssignedTo(caller, item);
    }

    /** What the item's situation says, for this person (their unit's receipt) on this day (the deadline). */
    private Optional<Refusal> situation(Caller caller, SupervisionItem item, ItemAction action) {
        Optional<Refusal> ofTheItem = itemRefusal(item, action);
        if (ofTheItem.isPresent()) {
            return ofTheItem;
        }
        return switch (action) {
            case ACKNOWLEDGE -> refuseIf(item.getReceipts().from(caller.unit()),
                    "error.acknowledge.already", caller.unit().getName());
            case REQUEST_EXTENSION -> refuseIf(calendar.isOverdue(item.getDeadline().getDue(), today),
                    "error.extension.afterDeadline", item.getDeadline().getDue());
            case ISSUE_NOTICE -> citationRefusal(item);
            default -> Optional.empty();
        };
    }

    /** Does the item's own situation allow the action (whoever may take it)? For lists that offer it row by row. */
    public static boolean allowsOnItem(SupervisionItem item, ItemAction action) {
        return itemRefusal(item, action).isEmpty();
    }

    /**
     * The rules that depend on the item alone — its state, what is pending, what has already happened, what exists —
     * whoever asks and whatever the day. The aggregate's verbs ask these too, so no caller can take a step the
     * rulebook would refuse.
     */
    static Optional<Refusal> itemRefusal(SupervisionItem item, ItemAction action) {
        if (!action.isAllowedIn(item.getState())) {
            return refuse("error.item.actionNotAllowed");
        }
        return switch (action) {
            case SUBMIT_FOR_APPROVAL, APPROVE -> readinessForRegistration(item);
            case COMPLETE_MILESTONE -> refuseIf(openMilestones(item).isEmpty(), "error.milestone.noneOpen");
            case REQUEST_EXTENSION -> refuseIf(item.pendingExtension().isPresent(), "error.extension.alreadyPending");
            case DECIDE_EXTENSION -> refuseIf(item.pendingExtension().isEmpty(), "error.extension.nonePending");
            case ACCEPT -> acceptance(item);
            case MARK_READ -> refuseIf(item.getReports().isReadByLeader(), "error.read.already");
            case ARCHIVE -> refuseIf(item.getState() == ItemState.FED_BACK && !item.getReports().isReadByLeader(),
                    "error.archive.notRead");
            case REQUEST_HALT -> refuseIf(item.getHalt().isPending(), "error.halt.alreadyPending");
            case DECIDE_HALT -> refuseIf(!item.getHalt().isPending(), "error.halt.nonePending");
            default -> Optional.empty();
        };
    }

    /**
     * 办结 needs every milestone done (DESIGN.md, the item) and no request left undecided: an extension or a halt
     * asked for is decided before the item is accepted, or it could never be decided afterwards.
     */
    private static Optional<Refusal> acceptance(SupervisionItem item) {
        if (!openMilestones(item).isEmpty()) {
            return refuse("error.accept.milestonesOpen", String.join("、", openMilestones(item)));
        }
        return refuseIf(item.pendingExtension().isPresent() || item.getHalt().isPending(), "error.accept.requestPending");
    }

    /** 立项 needs quantified tasks, one lead unit and a concrete deadline (DESIGN.md, the seven steps). */
    private static Optional<Refusal> readinessForRegistration(SupervisionItem item) {
        if (item.getTargets().isEmpty()) {
            return refuse("error.item.targetsRequired");
        }
        if (item.getLeadUnit() == null) {
            return refuse("error.item.leadUnitRequired");
        }
        return refuseIf(item.getDeadline() == null, "error.deadline.required");
    }

    private static List<String> openMilestones(SupervisionItem item) {
        return item.getMilestones().stream().filter(Milestone::isOpen).map(Milestone::getTitle).toList();
    }

    private static Optional<Refusal> refuse(String key, Object... arguments) {
        return Optional.of(Refusal.of(Kind.SITUATION, key, arguments));
    }

    private static Optional<Refusal> refuseIf(boolean condition, String key, Object... arguments) {
        return condition ? refuse(key, arguments) : Optional.empty();
    }
}
