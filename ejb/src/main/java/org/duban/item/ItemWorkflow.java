package org.duban.item;

import org.duban.notification.HandOffNotices;
import org.duban.audit.RecordsRefusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.duban.archive.Filing;
import org.duban.archive.Retention;
import org.duban.archive.Secrecy;
import org.duban.calendar.Calendars;
import org.duban.history.Act;
import org.duban.history.NewFile;
import org.duban.item.Urging.UrgingRecord;
import org.duban.organization.Account;
import org.duban.organization.Caller;
import org.duban.organization.Callers;
import org.duban.organization.Role;
import org.duban.organization.Unit;
import org.duban.shared.ConcurrentChangeException;
import org.duban.shared.DomainException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import static org.duban.organization.Role.Names.LEADER;
import static org.duban.organization.Role.Names.OFFICE_DIRECTOR;
import static org.duban.organization.Role.Names.OFFICE_STAFF;
import static org.duban.organization.Role.Names.UNIT_HEAD;
import static org.duban.organization.Role.Names.UNIT_STAFF;

/**
 * Every step of the seven as a use case. Each method is guarded by role ({@code @RolesAllowed}, in step with
 * {@link ItemAction#roles()}) and by today's {@link Rulebook} (the person's relation to the item and the item's
 * situation) before the aggregate's verb runs; the page offers exactly what the same rulebook allows. A version passed in must still be the item's, or
 * the change is refused as concurrent; a version of {@code null} means the action adds to the record without
 * depending on what the caller saw (a comment, a progress report).
 */
@Stateless
@RecordsRefusals
public class ItemWorkflow {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private ItemNumbering numbering;

    @EJB
    private Filing filing;

    @EJB
    private Calendars calendars;

    @EJB
    private Rulebooks rulebooks;

    @EJB
    private HandOffNotices handOffs;

    @EJB
    private org.duban.documents.Documents documents;

    @EJB
    private org.duban.assessment.NoticeBoard noticeBoard;

    @Inject
    private Clock clock;

    // ---- 拟办 ---------------------------------------------------------------------------------------------------

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public long draft(DraftInput input, List<NewFile> files) {
        Caller caller = callers.current();
        Act act = caller.act(ItemAction.CREATE, clock).withFiles(checked(files));
        SupervisionItem item = SupervisionItem.draft(toDraft(input), act);
        em.persist(item);
        flush();
        return item.getId();
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public void edit(long itemId, Integer version, DraftInput input) {
        perform(itemId, version, ItemAction.EDIT_DRAFT, List.of(), (item, act) -> item.edit(toDraft(input), act));
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public void sendForConsultation(long itemId, Integer version, Set<Long> unitIds, Set<Long> leaderIds,
                                    String question) {
        Set<Unit> units = new HashSet<>();
        unitIds.forEach(id -> units.add(unit(id)));
        Set<Account> leaders = new HashSet<>();
        leaderIds.forEach(id -> leaders.add(leader(id)));
        perform(itemId, version, ItemAction.SEND_FOR_CONSULTATION, List.of(),
                (item, act) -> item.sendForConsultation(units, leaders, question, act));
    }

    @RolesAllowed({LEADER, UNIT_HEAD})
    public void comment(long itemId, String opinion, List<NewFile> files) {
        perform(itemId, null, ItemAction.COMMENT, files, (item, act) -> item.comment(opinion, act));
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public void submitForApproval(long itemId, Integer version, String note) {
        perform(itemId, version, ItemAction.SUBMIT_FOR_APPROVAL, List.of(),
                (item, act) -> item.submitForApproval(note, act));
    }

    // ---- 审定 and 立项 ---------------------------------------------------------------------------------------

    @RolesAllowed(LEADER)
    public ItemNumber approve(long itemId, Integer version, String opinion) {
        SupervisionItem approved = perform(itemId, version, ItemAction.APPROVE, List.of(),
                (item, act) -> item.approve(numbering.next(act.today().getYear()), opinion, act));
        return approved.getNumber();
    }

    @RolesAllowed(LEADER)
    public void returnDraft(long itemId, Integer version, String comments) {
        perform(itemId, version, ItemAction.RETURN_DRAFT, List.of(), (item, act) -> item.returnDraft(comments, act));
    }

    @RolesAllowed(LEADER)
    public void cancel(long itemId, Integer version, String reason) {
        perform(itemId, version, ItemAction.CANCEL, List.of(), (item, act) -> item.cancel(reason, act));
    }

    // ---- 交办 and 签收 -----------------------------------------------------------------------------------------

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public void assign(long itemId, Integer version, String instructions) {
        perform(itemId, version, ItemAction.ASSIGN, List.of(), (item, act) -> item.assign(instructions, act));
    }

    @RolesAllowed(UNIT_HEAD)
    public void acknowledge(long itemId, Integer version) {
        Unit unit = em.getReference(Unit.class, callers.current().unit().getId()); // the caller's is detached
        perform(itemId, version, ItemAction.ACKNOWLEDGE, List.of(), (item, act) -> item.acknowledge(unit, act));
    }

    @RolesAllowed(UNIT_HEAD)
    public void handOver(long itemId, Integer version, String staffUsername) {
        Account staff = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", staffUsername).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("error.handOver.staffRequired"));
        perform(itemId, version, ItemAction.HAND_OVER, List.of(), (item, act) -> item.handOver(staff, act));
    }

    // ---- 查办 ---------------------------------------------------------------------------------------------------

    @RolesAllowed({UNIT_HEAD, UNIT_STAFF})
    public void reportProgress(long itemId, String report, List<NewFile> files) {
        perform(itemId, null, ItemAction.REPORT_PROGRESS, files, (item, act) -> item.reportProgress(report, act));
    }

    @RolesAllowed({UNIT_HEAD, UNIT_STAFF})
    public void completeMilestone(long itemId, Integer version, long milestoneId) {
        perform(itemId, version, ItemAction.COMPLETE_MILESTONE, List.of(), (item, act) -> item.completeMilestone(
                item.milestone(milestoneId).orElseThrow(() -> new DomainException("error.milestone.notFound")), act));
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public void urge(long itemId, UrgingRecord urging, List<NewFile> files) {
        perform(itemId, null, ItemAction.URGE, files, (item, act) -> item.urge(urging, act));
    }

    /** One meeting (会议督查) that urged several items at once: each item records it in its own history. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public void urgeAtMeeting(Set<Long> itemIds, UrgingRecord meeting, List<NewFile> files) {
        if (itemIds == null || itemIds.isEmpty()) {
            throw new DomainException("error.urging.noItems");
        }
        if (meeting.method() != UrgingMethod.MEETING) {
            throw new DomainException("error.urging.methodRequired");
        }
        Rulebook rulebook = rulebooks.today();
        Caller caller = callers.current();
        for (long itemId : new TreeSet<>(itemIds)) {
            SupervisionItem item = em.find(SupervisionItem.class, itemId);
            if (item != null) {
                rulebook.refusal(caller, item, ItemAction.URGE).ifPresent(refusal -> {
                    throw refusal.kind() == Refusal.Kind.SITUATION
                            ? new DomainException("error.urging.notThisItem", item.getTitle()) : refusal.toException();
                });
            }
        }
        for (long itemId : new TreeSet<>(itemIds)) {
            urge(itemId, meeting, files);
        }
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public void recordHelp(long itemId, String help, List<NewFile> files) {
        perform(itemId, null, ItemAction.RECORD_HELP, files, (item, act) -> item.recordHelp(help, act));
    }

    @RolesAllowed(UNIT_HEAD)
    public void requestExtension(long itemId, Integer version, String reason, LocalDate proposedDue) {
        perform(itemId, version, ItemAction.REQUEST_EXTENSION, List.of(),
                (item, act) -> item.requestExtension(reason, proposedDue, act));
    }

    @RolesAllowed({OFFICE_DIRECTOR, LEADER})
    public void decideExtension(long itemId, Integer version, boolean grant, String opinion) {
        perform(itemId, version, ItemAction.DECIDE_EXTENSION, List.of(),
                (item, act) -> item.decideExtension(grant, opinion, act));
    }

    // ---- 办结 ---------------------------------------------------------------------------------------------------

    @RolesAllowed({UNIT_HEAD, UNIT_STAFF})
    public void draftCompletion(long itemId, Integer version, String text) {
        perform(itemId, version, ItemAction.DRAFT_COMPLETION, List.of(), (item, act) -> item.draftCompletion(text, act));
    }

    @RolesAllowed(UNIT_HEAD)
    public void submitCompletion(long itemId, Integer version, String report, List<NewFile> files) {
        perform(itemId, version, ItemAction.SUBMIT_COMPLETION, files, (item, act) -> item.submitCompletion(report, act));
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public void accept(long itemId, Integer version, String opinion) {
        perform(itemId, version, ItemAction.ACCEPT, List.of(), (item, act) -> item.accept(opinion, act, calendars.current()));
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public void returnForRework(long itemId, Integer version, ReworkKind kind, String reason) {
        perform(itemId, version, ItemAction.RETURN_FOR_REWORK, List.of(),
                (item, act) -> item.returnForRework(kind, reason, act));
    }

    // ---- 反馈 ---------------------------------------------------------------------------------------------------

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public void feedBack(long itemId, Integer version, String report) {
        perform(itemId, version, ItemAction.FEED_BACK, List.of(), (item, act) -> item.feedBack(report, act));
    }

    @RolesAllowed(LEADER)
    public void markRead(long itemId) {
        perform(itemId, null, ItemAction.MARK_READ, List.of(), (item, act) -> item.markRead(act));
    }

    @RolesAllowed(LEADER)
    public void instruct(long itemId, String instruction) {
        perform(itemId, null, ItemAction.INSTRUCT, List.of(), (item, act) -> item.instruct(instruction, act));
    }

    @RolesAllowed(OFFICE_DIRECTOR)
    public void issueNotice(long itemId, Integer version, String text) {
        perform(itemId, version, ItemAction.ISSUE_NOTICE, List.of(), (item, act) -> noticeBoard.publishOn(item, text, act));
    }

    // ---- 中止 and 归档 --------------------------------------------------------------------------------------

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public void requestHalt(long itemId, Integer version, HaltKind kind, String reason) {
        perform(itemId, version, ItemAction.REQUEST_HALT, List.of(), (item, act) -> item.requestHalt(kind, reason, act));
    }

    @RolesAllowed(LEADER)
    public void decideHalt(long itemId, Integer version, boolean approve, String opinion) {
        perform(itemId, version, ItemAction.DECIDE_HALT, List.of(), (item, act) -> item.decideHalt(approve, opinion, act));
    }

    @RolesAllowed(LEADER)
    public void resume(long itemId, Integer version, String opinion) {
        perform(itemId, version, ItemAction.RESUME, List.of(), (item, act) -> item.resume(opinion, act));
    }

    /**
     * 归档: the step and the dossier in one transaction; a dossier that cannot be filed whole (a broken attachment, a
     * failed check) refuses the step. Retention and classification default to the category's and 内部.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public long archive(long itemId, Integer version, Retention retention, Secrecy secrecy) {
        Act[] archived = new Act[1];
        SupervisionItem item = perform(itemId, version, ItemAction.ARCHIVE, List.of(), (it, act) -> {
            it.archive(act);
            archived[0] = act;
        });
        return filing.file(item, retention, secrecy, archived[0]).getId();
    }

    // ---- the one way every step is carried out ---------------------------------------------------------------

    private SupervisionItem perform(long itemId, Integer version, ItemAction action, List<NewFile> files,
                                    BiConsumer<SupervisionItem, Act> verb) {
        Caller caller = callers.current();
        Rulebook rulebook = rulebooks.today();
        rulebook.roleRefusal(caller, action).ifPresent(refusal -> {
            throw refusal.toException();
        });
        SupervisionItem item = em.find(SupervisionItem.class, itemId);
        if (item == null) {
            throw new DomainException("error.item.notFound");
        }
        java.util.Optional<Refusal> refusal = rulebook.refusal(caller, item, action);
        // who may not act on this item learns nothing of its changes: the person's refusal comes before the version's
        refusal.filter(refused -> refused.kind() != Refusal.Kind.SITUATION).ifPresent(refused -> {
            throw refused.toException();
        });
        if (version != null && version != item.getVersion()) {
            throw new ConcurrentChangeException();
        }
        refusal.ifPresent(refused -> {
            throw refused.toException();
        });
        Act act = caller.act(action, clock).withFiles(checked(files));
        verb.accept(item, act);
        documents.issue(item);
        flush();
        handOffs.tell(item, action, act);
        return item;
    }

    /** Writes now, so a concurrent change is reported to the caller as such rather than as a failed commit. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new ConcurrentChangeException();
            }
            throw e;
        }
    }

    private static List<NewFile> checked(List<NewFile> files) {
        return files == null ? List.of() : files.stream().map(AttachmentPolicy::check).toList();
    }

    private ItemDraft toDraft(DraftInput in) {
        Set<Unit> coUnits = new HashSet<>();
        if (in.coUnitIds() != null) {
            in.coUnitIds().forEach(id -> coUnits.add(unit(id)));
        }
        return new ItemDraft(in.category(), in.source(), in.sourceReference(), in.title(), in.mainTasks(),
                in.requirements(), in.targets(), in.leadUnitId() == null ? null : unit(in.leadUnitId()), coUnits,
                in.leaderId() == null ? null : leader(in.leaderId()), in.priority(), in.due(), in.reportingCycle(),
                in.milestones());
    }

    private Unit unit(long id) {
        Unit unit = em.find(Unit.class, id);
        if (unit == null) {
            throw new DomainException("error.unit.notFound");
        }
        if (!unit.isActive()) {
            throw new DomainException("error.unit.inactive", unit.getName());
        }
        return unit;
    }

    private Account leader(long id) {
        Account account = em.find(Account.class, id);
        if (account == null || !account.holds(Role.LEADER)) {
            throw new DomainException("error.leader.notFound");
        }
        return account;
    }
}
