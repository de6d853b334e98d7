package org.duban.item;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.duban.calendar.WorkingCalendar;
import org.duban.history.Act;
import org.duban.history.ItemEvent;
import org.duban.history.NewFile;
import org.duban.item.ExtensionRequest.Decision;
import org.duban.item.ItemDraft.MilestonePlan;
import org.duban.item.Urging.UrgingRecord;
import org.duban.organization.Account;
import org.duban.organization.Unit;
import org.duban.shared.DomainException;
import org.duban.shared.Require;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The supervision item (督办事项), one matter per item: the aggregate root. Every change goes through a verb named
 * after the business step; each verb checks {@link ItemAction}'s table and its own arguments, appends one event to
 * the history and, where the table says so, moves the state. There are no setters. Whether a person may take a step
 * now (what is pending, what has happened, the deadline) is the {@link Rulebook}'s answer, asked by the services
 * before they call a verb.
 */
@Entity
@Table(name = "SUPERVISION_ITEM")
public class SupervisionItem implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "VERSION")
    private int version;

    @Embedded
    private ItemNumber number;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 30)
    private ItemState state;

    /**
     * Derived from the state, for the lists: open (not {@link ItemState#CLOSED}) and the unit's turn
     * ({@link ItemState#UNITS_TURN}), each the head of an index with the deadline, so "open items by deadline" and
     * "overdue items" are one index range read in order instead of a sort of every matching row.
     */
    @Column(name = "OPEN_ITEM", nullable = false)
    private boolean open;

    @Column(name = "UNITS_TURN", nullable = false)
    private boolean unitsTurn;

    /**
     * The office has returned the completion report at least once (退回): the report is then submitted again, not
     * submitted. Kept with the return, so that a unit's to-dos are an index range (schema version 25), not a search
     * of each item's history.
     */
    @Column(name = "RETURNED_FOR_REWORK", nullable = false)
    private boolean returnedForRework;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false, length = 20)
    private Category category;

    @Column(name = "SOURCE", length = 500)
    private String source;

    @Column(name = "SOURCE_REF", length = 200)
    private String sourceReference;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "MAIN_TASKS", length = 8000)
    private String mainTasks;

    @Column(name = "REQUIREMENTS", length = 8000)
    private String requirements;

    @ElementCollection
    @CollectionTable(name = "QUANTIFIED_TARGET", joinColumns = @JoinColumn(name = "ITEM_ID"))
    @OrderColumn(name = "POSITION")
    private List<QuantifiedTarget> targets = new ArrayList<>();

    /** Lazy, like the other people and units of an item: lists fetch what they show in their one statement. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LEAD_UNIT_ID")
    private Unit leadUnit;

    /** The lead unit's key, read-only: the statistics group by it without joining the units. */
    @Column(name = "LEAD_UNIT_ID", insertable = false, updatable = false)
    private Long leadUnitId;

    @ManyToMany
    @JoinTable(name = "ITEM_CO_UNIT", joinColumns = @JoinColumn(name = "ITEM_ID"),
            inverseJoinColumns = @JoinColumn(name = "UNIT_ID"))
    private Set<Unit> coUnits = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LEADER_ID")
    private Account leaderInCharge;

    /** The leader in charge's key, read-only, for the statistics. */
    @Column(name = "LEADER_ID", insertable = false, updatable = false)
    private Long leaderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRIORITY", nullable = false, length = 20)
    private Priority priority;

    @Embedded
    private Deadline deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "REPORTING_CYCLE", nullable = false, length = 20)
    private ReportingCycle reportingCycle;

    /** The day of the last progress report or receipt, in the server's zone (V18). */
    @Column(name = "LAST_REPORT_ON")
    private LocalDate lastReportOn;

    /**
     * The day the next progress report is due by the cycle, counted from {@link #lastReportOn}; null without a cycle
     * or a receipt. Kept with each report, so that a unit's due reports are one index range (V18).
     */
    @Column(name = "NEXT_REPORT_ON")
    private LocalDate nextReportOn;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("due")
    private List<Milestone> milestones = new ArrayList<>();

    @Embedded
    private Consultation consultation = Consultation.none();

    @Embedded
    @AttributeOverride(name = "issuedAt", column = @Column(name = "NOTICE_ISSUED_AT"))
    private AssignmentNotice assignmentNotice;

    @Embedded
    private Receipts receipts = Receipts.none();

    /** The person of the lead unit the head handed the work to (承办人). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "HANDLER_ID")
    private Account handler;

    @Embedded
    private Reports reports = Reports.none();

    @Embedded
    private Halt halt = Halt.none();

    @Embedded
    private FollowUp followUp = FollowUp.none();

    /** How it was completed, once accepted; none before. */
    @Embedded
    private Completion completion;

    @Column(name = "CREATED_BY", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** When the last action was recorded; every action changes it, so every action raises the version. */
    @Column(name = "LAST_ACTION_AT", nullable = false)
    private Instant lastActionAt;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<ItemEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("urgedOn")
    private List<Urging> urgings = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("requestedAt")
    private List<ExtensionRequest> extensionRequests = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    /** Each unit's part, kept up to date by every verb (see {@link UnitInvolvement}); read by the lists only. */
    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<UnitInvolvement> involvements = new ArrayList<>();

    protected SupervisionItem() {
    }

    // ---- 拟办 draft, consultation, approval ------------------------------------------------------------------

    public static SupervisionItem draft(ItemDraft draft, Act act) {
        SupervisionItem item = new SupervisionItem();
        item.state = ItemState.DRAFT;
        item.createdBy = act.actor().getUsername();
        item.createdAt = act.at();
        item.fillFrom(draft);
        item.record(ItemAction.CREATE, act, null, null);
        return item;
    }

    public void edit(ItemDraft draft, Act act) {
        requireAllowed(ItemAction.EDIT_DRAFT);
        fillFrom(draft);
        record(ItemAction.EDIT_DRAFT, act, null, null);
    }

    public void sendForConsultation(Set<Unit> units, Set<Account> leaders, String question, Act act) {
        requireAllowed(ItemAction.SEND_FOR_CONSULTATION);
        consultation = Consultation.of(units, leaders);
        record(ItemAction.SEND_FOR_CONSULTATION, act, Require.optionalText(question), null);
    }

    public void comment(String opinion, Act act) {
        record(ItemAction.COMMENT, act, Require.textIn("text", opinion, "error.opinion.required"), null);
    }

    public void submitForApproval(String note, Act act) {
        requireAllowed(ItemAction.SUBMIT_FOR_APPROVAL);
        record(ItemAction.SUBMIT_FOR_APPROVAL, act, Require.optionalText(note), null);
    }

    /** The leader's 审定: the item is registered (立项) under the number given. */
    public void approve(ItemNumber givenNumber, String opinion, Act act) {
        requireAllowed(ItemAction.APPROVE);
        Require.present(givenNumber, "error.itemNumber.required");
        Require.that(number == null, "error.itemNumber.alreadyGiven", number);
        Require.that(givenNumber.getYear() == act.today().getYear(), "error.itemNumber.year", givenNumber.getYear());
        this.number = givenNumber;
        record(ItemAction.APPROVE, act, Require.optionalText(opinion), givenNumber.toString());
    }

    public void returnDraft(String comments, Act act) {
        record(ItemAction.RETURN_DRAFT, act, Require.textIn("text", comments, "error.opinion.required"), null);
    }

    public void cancel(String reason, Act act) {
        record(ItemAction.CANCEL, act, Require.textIn("text", reason, "error.reason.required"), null);
    }

    // ---- 交办 assign, 签收 acknowledge ----------------------------------------------------------------------

    public void assign(String instructions, Act act) {
        requireAllowed(ItemAction.ASSIGN);
        String text = Require.optionalText(instructions);
        assignmentNotice = new AssignmentNotice(act.at(), act.actor().getUsername(), deadline.getDue(),
                text != null ? text : requirements);
        record(ItemAction.ASSIGN, act, text, AssignmentNotice.numberFor(number));
    }

    /** A unit's receipt. The lead unit's receipt starts the work (IN_PROGRESS). */
    public void acknowledge(Unit unit, Act act) {
        requireAllowed(ItemAction.ACKNOWLEDGE);
        Require.that(isLeadOrCoUnit(unit), "error.access.foreignUnit");
        receipts = getReceipts().with(unit);
        record(ItemAction.ACKNOWLEDGE, act, null, unit.getCode());
        if (unit.sameAs(leadUnit)) {
            moveTo(ItemState.IN_PROGRESS);
        } else {
            involveUnits();
        }
    }

    public void handOver(Account staff, Act act) {
        requireAllowed(ItemAction.HAND_OVER);
        Require.presentIn("staff", staff, "error.handOver.staffRequired");
        Require.that(staff.getUnit().sameAs(leadUnit), "error.handOver.notOfLeadUnit");
        handler = staff;
        record(ItemAction.HAND_OVER, act, null, staff.getUsername());
    }

    // ---- 查办 follow-up ----------------------------------------------------------------------------------------

    public void reportProgress(String report, Act act) {
        record(ItemAction.REPORT_PROGRESS, act, Require.textIn("text", report, "error.progress.textRequired"), null);
    }

    public void completeMilestone(Milestone milestone, Act act) {
        requireAllowed(ItemAction.COMPLETE_MILESTONE);
        Require.that(milestone != null && milestones.contains(milestone), "error.milestone.notFound");
        milestone.complete(act.today());
        record(ItemAction.COMPLETE_MILESTONE, act, null, milestone.getTitle());
    }

    public Optional<Milestone> milestone(long milestoneId) {
        return milestones.stream().filter(m -> m.getId() != null && m.getId() == milestoneId).findFirst();
    }

    public Urging urge(UrgingRecord urgingRecord, Act act) {
        requireAllowed(ItemAction.URGE);
        Require.present(urgingRecord, "error.urging.methodRequired");
        Require.that(!urgingRecord.urgedOn().isAfter(act.today()), "error.urging.dateInFuture");
        Urging urging = new Urging(this, urgingRecord, act.actor().getUsername());
        urgings.add(urging);
        followUp = followUp.urged();
        record(ItemAction.URGE, act, urgingRecord.notes(), urgingRecord.method().name(),
                urgingRecord.urgedOn().atStartOfDay(act.zone()).toInstant());
        return urging;
    }

    public void recordHelp(String help, Act act) {
        record(ItemAction.RECORD_HELP, act, Require.textIn("text", help, "error.help.textRequired"), null);
    }

    // ---- 延期 extension ----------------------------------------------------------------------------------------

    public ExtensionRequest requestExtension(String reason, LocalDate proposedDue, Act act) {
        requireAllowed(ItemAction.REQUEST_EXTENSION);
        ExtensionRequest request = new ExtensionRequest(this, reason, proposedDue, deadline.getDue(),
                act.actor().getUsername(), act.at());
        extensionRequests.add(request);
        record(ItemAction.REQUEST_EXTENSION, act, request.getReason(), String.valueOf(proposedDue));
        return request;
    }

    public void decideExtension(boolean grant, String opinion, Act act) {
        requireAllowed(ItemAction.DECIDE_EXTENSION);
        ExtensionRequest request = pendingExtension().orElseThrow();
        if (!grant) {
            Require.textIn("text", opinion, "error.reason.required");
        }
        request.decide(grant ? Decision.GRANTED : Decision.REFUSED, act.actor().getUsername(), act.at(), opinion);
        String detail = grant ? deadline.getDue() + " → " + request.getProposedDue() : Decision.REFUSED.name();
        if (grant) {
            deadline = deadline.extendTo(request.getProposedDue());
        }
        record(ItemAction.DECIDE_EXTENSION, act, Require.optionalText(opinion), detail);
    }

    // ---- 办结 completion ---------------------------------------------------------------------------------------

    public void draftCompletion(String text, Act act) {
        requireAllowed(ItemAction.DRAFT_COMPLETION);
        reports = reports.drafted(text);
        record(ItemAction.DRAFT_COMPLETION, act, null, null);
    }

    public void submitCompletion(String report, Act act) {
        requireAllowed(ItemAction.SUBMIT_COMPLETION);
        reports = reports.submitted(report);
        record(ItemAction.SUBMIT_COMPLETION, act, reports.getCompletionReport(), null);
    }

    /** 办结: the office accepts the report; how the item was completed is fixed now for the assessment. */
    public void accept(String opinion, Act act, WorkingCalendar calendar) {
        requireAllowed(ItemAction.ACCEPT);
        LocalDate submittedOn = events.stream().filter(e -> e.getAction() == ItemAction.SUBMIT_COMPLETION)
                .reduce((first, second) -> second).map(e -> LocalDate.ofInstant(e.getOccurredAt(), act.zone()))
                .orElse(act.today());
        completion = new Completion(LocalDate.ofInstant(assignmentNotice.getIssuedAt(), act.zone()), submittedOn,
                act.today(), deadline.getOriginal(), extensionRequests, act.zone(), calendar);
        record(ItemAction.ACCEPT, act, Require.optionalText(opinion), null);
    }

    public void returnForRework(ReworkKind kind, String reason, Act act) {
        requireAllowed(ItemAction.RETURN_FOR_REWORK);
        Require.presentIn("kind", kind, "error.rework.kindRequired");
        record(ItemAction.RETURN_FOR_REWORK, act, Require.textIn("text", reason, "error.reason.required"), kind.name());
        returnedForRework = true;
    }

    /** Has the office returned the completion report at least once (the history holds a {@code RETURN_FOR_REWORK})? */
    public boolean isReturnedForRework() {
        return returnedForRework;
    }

    // ---- 反馈 feedback ---------------------------------------------------------------------------------------

    public void feedBack(String report, Act act) {
        requireAllowed(ItemAction.FEED_BACK);
        reports = reports.fedBack(report);
        record(ItemAction.FEED_BACK, act, reports.getFeedbackReport(), null);
    }

    public void markRead(Act act) {
        requireAllowed(ItemAction.MARK_READ);
        reports = reports.read();
        record(ItemAction.MARK_READ, act, null, null);
    }

    public void instruct(String instruction, Act act) {
        record(ItemAction.INSTRUCT, act, Require.textIn("text", instruction, "error.instruction.textRequired"), null);
    }

    // ---- 中止 suspension and termination -------------------------------------------------------------------

    public void requestHalt(HaltKind kind, String reason, Act act) {
        requireAllowed(ItemAction.REQUEST_HALT);
        halt = getHalt().requested(kind, reason);
        record(ItemAction.REQUEST_HALT, act, halt.getReason(), kind.name());
    }

    public void decideHalt(boolean approve, String opinion, Act act) {
        requireAllowed(ItemAction.DECIDE_HALT);
        if (!approve) {
            Require.textIn("text", opinion, "error.reason.required");
        }
        HaltKind kind = getHalt().getPendingKind();
        halt = getHalt().decided(approve, state);
        record(ItemAction.DECIDE_HALT, act, Require.optionalText(opinion), approve ? kind.name() : "REFUSED");
        if (approve) {
            moveTo(kind.leadsTo());
        }
    }

    public void resume(String opinion, Act act) {
        requireAllowed(ItemAction.RESUME);
        ItemState before = getHalt().getStateBefore();
        halt = getHalt().resumed();
        record(ItemAction.RESUME, act, Require.optionalText(opinion), before.name());
        moveTo(before);
    }

    // ---- escalation by the deadline watch ---------------------------------------------------------------------

    /** Flags the item for its leader; once only. */
    public void escalate(String reason, Act act) {
        requireAllowed(ItemAction.ESCALATE);
        followUp = followUp.escalated(act.at());
        record(ItemAction.ESCALATE, act, null, reason);
    }

    /**
     * Cited in a 通报 (of this item, or of several) ({@link Rulebook#citationRefusal}: overdue or escalated); its history keeps
     * the notice's number.
     */
    public void citeInNotice(String noticeNumber, Act act) {
        requireAllowed(ItemAction.ISSUE_NOTICE);
        record(ItemAction.ISSUE_NOTICE, act, noticeNumber, noticeNumber);
    }

    // ---- 归档 archive ------------------------------------------------------------------------------------------

    public void archive(Act act) {
        requireAllowed(ItemAction.ARCHIVE);
        record(ItemAction.ARCHIVE, act, null, null);
    }

    // ---- rules -------------------------------------------------------------------------------------------------

    public boolean allows(ItemAction action) {
        return action.isAllowedIn(state);
    }

    /** The rules of the item alone ({@link Rulebook#itemRefusal}): the state, what is pending, done or open. */
    private void requireAllowed(ItemAction action) {
        Rulebook.itemRefusal(this, action).ifPresent(refusal -> {
            throw refusal.toException();
        });
    }

    /** Recording checks the state only: the verb has checked the rest before it changed anything. */
    private void requireState(ItemAction action) {
        if (!allows(action)) {
            throw new DomainException("error.item.actionNotAllowed", action.name(), state.name());
        }
    }

    public boolean isLeadOrCoUnit(Unit unit) {
        return unit != null && (unit.sameAs(leadUnit) || coUnits.stream().anyMatch(unit::sameAs));
    }

    public boolean isConsulted(Unit unit) {
        return getConsultation().asks(unit);
    }

    public boolean isConsulted(Account leader) {
        return getConsultation().asks(leader);
    }

    private void fillFrom(ItemDraft draft) {
        Require.present(draft, "error.item.titleRequired");
        category = draft.category();
        source = draft.source();
        sourceReference = draft.sourceReference();
        title = draft.title();
        mainTasks = draft.mainTasks();
        requirements = draft.requirements();
        targets = new ArrayList<>(draft.targets());
        leadUnit = draft.leadUnit();
        coUnits = new HashSet<>(draft.coUnits());
        leaderInCharge = draft.leaderInCharge();
        priority = draft.priority();
        deadline = draft.due() == null ? null : Deadline.of(draft.due());
        reportingCycle = draft.reportingCycle();
        planNextReport();
        milestones.clear();
        for (MilestonePlan plan : draft.milestones()) {
            milestones.add(new Milestone(this, plan.title(), plan.due()));
        }
    }

    private ItemEvent record(ItemAction action, Act act, String opinion, String detail) {
        return record(action, act, opinion, detail, act.at());
    }

    private ItemEvent record(ItemAction action, Act act, String opinion, String detail, Instant occurredAt) {
        if (action != ItemAction.CREATE) {
            requireState(action);
        }
        ItemEvent previous = events.isEmpty() ? null : events.get(events.size() - 1);
        ItemEvent event = new ItemEvent(this, previous, action, act.actor(), occurredAt, act.at(), opinion, detail);
        events.add(event);
        for (NewFile file : act.files()) {
            Attachment attachment = new Attachment(this, event, file, act.actor().getUsername(), act.at());
            attachments.add(attachment);
            event.attach(attachment);
        }
        lastActionAt = act.at();
        if (action == ItemAction.ACKNOWLEDGE || action == ItemAction.REPORT_PROGRESS) {
            lastReportOn = act.today();
            planNextReport();
        }
        moveTo(action.leadsTo().orElse(state));
        return event;
    }

    /** The cycle counted from the last report (Rulebook#progressReportDue reads the same from the history). */
    private void planNextReport() {
        nextReportOn = lastReportOn == null || reportingCycle == null ? null
                : reportingCycle.nextReport(lastReportOn).orElse(null);
    }

    private void moveTo(ItemState next) {
        state = next;
        open = !next.isFinal();
        unitsTurn = next.isUnitsTurn();
        involveUnits();
    }

    /**
     * Brings each unit's {@link UnitInvolvement} up to date: one row per lead unit, co-unit and consulted unit,
     * changed in place (a row removed and added again in one flush could be inserted before it is deleted).
     */
    private void involveUnits() {
        Set<Unit> involved = new LinkedHashSet<>();
        Stream.of(Stream.ofNullable(leadUnit), coUnits.stream(), getConsultation().getUnits().stream())
                .flatMap(units -> units).forEach(involved::add);
        involvements.removeIf(row -> !involved.contains(row.getUnit()));
        involvements.forEach(row -> involved.remove(row.getUnit()));
        involved.forEach(unit -> involvements.add(new UnitInvolvement(this, unit)));
        LocalDate due = deadline == null ? null : deadline.getDue();
        for (UnitInvolvement row : involvements) {
            Unit unit = row.getUnit();
            UnitInvolvement.Part part = unit.sameAs(leadUnit) ? UnitInvolvement.Part.LEAD
                    : isLeadOrCoUnit(unit) ? UnitInvolvement.Part.CO_UNIT : UnitInvolvement.Part.CONSULTED;
            row.update(part, isSeenBy(unit), state, due, getReceipts().from(unit));
        }
    }

    /** A unit's people see the item once it is assigned to their unit (lead or co-unit), or when consulted. */
    boolean isSeenBy(Unit unit) {
        return assignmentNotice != null && isLeadOrCoUnit(unit) || isConsulted(unit);
    }

    // ---- reading -------------------------------------------------------------------------------------------

    public Optional<ExtensionRequest> pendingExtension() {
        return extensionRequests.stream().filter(ExtensionRequest::isPending).findFirst();
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public ItemNumber getNumber() { return number; }
    public ItemState getState() { return state; }
    public Category getCategory() { return category; }
    public String getSource() { return source; }
    public String getSourceReference() { return sourceReference; }
    public String getTitle() { return title; }
    public String getMainTasks() { return mainTasks; }
    public String getRequirements() { return requirements; }
    public List<QuantifiedTarget> getTargets() { return Collections.unmodifiableList(targets); }
    public Unit getLeadUnit() { return leadUnit; }
    public Set<Unit> getCoUnits() { return Collections.unmodifiableSet(coUnits); }
    public Account getLeaderInCharge() { return leaderInCharge; }
    public Priority getPriority() { return priority; }
    public Deadline getDeadline() { return deadline; }
    public ReportingCycle getReportingCycle() { return reportingCycle; }

    public LocalDate getNextReportOn() { return nextReportOn; }
    public List<Milestone> getMilestones() { return Collections.unmodifiableList(milestones); }
    /** Without anybody asked, read back from the database as no value at all; likewise the receipts. */
    public Consultation getConsultation() { return consultation == null ? Consultation.none() : consultation; }
    public AssignmentNotice getAssignmentNotice() { return assignmentNotice; }
    public String getAssignmentNoticeNumber() { return assignmentNotice == null ? null : AssignmentNotice.numberFor(number); }
    public Receipts getReceipts() { return receipts == null ? Receipts.none() : receipts; }
    public Account getHandler() { return handler; }
    public boolean isEscalated() { return followUp.isEscalated(); }
    public Reports getReports() { return reports; }
    /** No halt (all its columns empty) is read back from the database as no value at all. */
    public Halt getHalt() { return halt == null ? Halt.none() : halt; }
    public FollowUp getFollowUp() { return followUp; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastActionAt() { return lastActionAt; }
    /** Each unit's part, as the lists read it. */
    public List<UnitInvolvement> getInvolvements() { return Collections.unmodifiableList(involvements); }
    /**
     * Keeps the document that the step just taken issued, as issued (DA/T 70: 真实性): a file of that step's event, its
     * SHA-256 in the event's hash. Called in the step's transaction, right after it.
     *
     * @param fileName as downloaded and filed, e.g. {@code 督办〔2026〕7号-JB 交办单.pdf}
     * @param pdf      the document's bytes, never to change
     * @throws DomainException {@code error.document.notIssuedNow} when the last step issues no such document
     */
    public Attachment issue(org.duban.documents.DocumentKind kind, String fileName, byte[] pdf) {
        ItemEvent event = events.get(events.size() - 1);
        Require.that(org.duban.documents.DocumentKind.issuedBy(event).orElse(null) == kind, "error.document.notIssuedNow");
        Attachment document = Attachment.issued(this, event, kind, new NewFile(fileName, "application/pdf", pdf));
        attachments.add(document);
        event.issue(document);
        return document;
    }

    /** Every document of this kind as issued, the first issued first (a letter at each urging by letter, say). */
    public List<Attachment> issued(org.duban.documents.DocumentKind kind) {
        return attachments.stream().filter(file -> file.getIssuedAs() == kind).toList();
    }

    public List<ItemEvent> getEvents() { return Collections.unmodifiableList(events); }
    public Completion getCompletion() { return completion; }
    public List<Urging> getUrgings() { return Collections.unmodifiableList(urgings); }
    public List<ExtensionRequest> getExtensionRequests() { return Collections.unmodifiableList(extensionRequests); }
    public List<Attachment> getAttachments() { return Collections.unmodifiableList(attachments); }
    /** The files people handed in with their steps (not the documents the steps issued). */
    public List<Attachment> getUploadedFiles() { return attachments.stream().filter(file -> file.getIssuedAs() == null).toList(); }
    /** The documents the steps issued, as issued, in the order issued. */
    public List<Attachment> getIssuedDocuments() { return attachments.stream().filter(file -> file.getIssuedAs() != null).toList(); }
}
