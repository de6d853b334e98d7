package org.duban.web.item;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.duban.archive.ArchiveSettingsService;
import org.duban.archive.Retention;
import org.duban.archive.Secrecy;
import org.duban.history.ItemEvent;
import org.duban.history.NewFile;
import org.duban.item.HaltKind;
import org.duban.item.ItemAction;
import org.duban.item.ItemAction.Takes;
import org.duban.item.ItemQueries.Offer;
import org.duban.item.ItemQueries;
import org.duban.item.ItemState;
import org.duban.item.ItemActions;
import org.duban.item.ActionInput;
import org.duban.item.Milestone;
import org.duban.item.ReworkKind;
import org.duban.item.SupervisionItem;
import org.duban.organization.Account;
import org.duban.organization.Directory;
import org.duban.web.errors.ConcurrentChange;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * One item: its fields, files and history, and a form for each action the user may take on it now. A refused
 * action says why and keeps what was typed; a concurrent change reloads the item but keeps the typed text too.
 */
@Named
@ViewScoped
public class ItemBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ItemQueries queries;
    @Inject
    private ItemActions actions;
    @Inject
    private Directory directory;
    @Inject
    private ArchiveSettingsService archiveSettings;
    @Inject
    private org.duban.web.people.PeopleBean people;
    @Inject
    private Messages messages;
    @Inject
    private Clock clock;

    private Long id;
    /** The action a to-do's link came for (the "do" parameter): its form opens, or a word says it is no longer due. */
    private String todo;
    /**
     * The item as the page last read it; not copied with the session (a whole history for each page a session
     * keeps): the server that takes a session over reads it again ({@link #item()}).
     */
    private transient SupervisionItem item;
    /** The item's version when the page was drawn: an action sent from it is refused if the item changed since. */
    private Integer version;
    private Offer offer = new Offer(List.of(), Map.of(), false);

    private final Map<String, String> text = new HashMap<>();
    private ReworkKind reworkKind;
    private LocalDate proposedDue;
    private final UrgingForm urging = new UrgingForm();
    private String staffUsername;
    private Long milestoneId;
    private List<Long> consultedUnitIds = new ArrayList<>();
    private List<Long> consultedLeaderIds = new ArrayList<>();
    private HaltKind haltKind;
    private Retention retention;
    private Secrecy secrecy = Secrecy.INTERNAL;
    private transient List<Part> files;

    public void load() {
        if (id == null) {
            messages.error(null, "error.item.notFound");
            return;
        }
        reload();
        if (todo != null && item() != null && offer.actions().stream().noneMatch(action -> action.name().equals(todo))) {
            messages.info("page.item.todoGone");
        }
    }

    /**
     * Is the action's form open: it was just posted and refused (what was typed stays in sight). Otherwise closed
     * until the person opens it, or a to-do's link to it does.
     */
    public boolean opened(String action) {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (("act_" + action).equals(faces.getExternalContext().getRequestMap()
                .get(org.duban.web.security.KeptForm.RESTORED_FORM))) {
            return true; // what was typed before the session ended is back in it
        }
        if (!faces.isPostback() && action.equals(todo)) {
            return true; // the to-do's link came for it
        }
        return faces.isPostback() && faces.getExternalContext().getRequestParameterMap().containsKey("act_" + action)
                && (faces.isValidationFailed() || jakarta.faces.application.FacesMessage.SEVERITY_ERROR
                .equals(faces.getMaximumSeverity()));
    }

    /**
     * The history in the order things happened (an urging entered later for an earlier day stands at that day), the
     * order of recording where two happened at once; each row shows when it was recorded too.
     */
    public java.util.List<org.duban.history.ItemEvent> getHistory() {
        return item() == null ? java.util.List.of() : item().getEvents().stream()
                .sorted(java.util.Comparator.comparing(org.duban.history.ItemEvent::getOccurredAt)
                        .thenComparing(org.duban.history.ItemEvent::getSequence)).toList();
    }

    /** Before the page is drawn: everybody it names, read in one statement (history, notice, files, requests). */
    public void introducePeople() {
        if (item() == null) {
            return;
        }
        java.util.List<String> named = new java.util.ArrayList<>();
        item().getEvents().forEach(event -> named.add(event.getActor().getUsername()));
        item().getAttachments().forEach(attachment -> named.add(attachment.getUploadedBy()));
        item().getExtensionRequests().forEach(request -> {
            named.add(request.getRequestedBy());
            named.add(request.getDecidedBy());
        });
        if (item().getAssignmentNotice() != null) {
            named.add(item().getAssignmentNotice().getIssuedBy());
        }
        named.add(item().getCreatedBy());
        people.know(named);
    }

    /** Someone else changed the item meanwhile: show it as it is now, keeping what was typed. */
    void concurrentlyChanged(@Observes(notifyObserver = Reception.IF_EXISTS) ConcurrentChange change) {
        reload();
    }

    private void reload() {
        item = queries.detail(id);
        version = item.getVersion();
        offer = queries.offer(item);
        if (offer.actions().contains(ItemAction.ISSUE_NOTICE) && !text.containsKey(ItemAction.ISSUE_NOTICE.name())) {
            text.put(ItemAction.ISSUE_NOTICE.name(), draftNotice());
        }
        if (urging.getUrgedOn() == null) {
            urging.setUrgedOn(LocalDate.now(clock));
        }
        if (retention == null && offer.actions().contains(ItemAction.ARCHIVE)) {
            retention = archiveSettings.current().defaultRetention(item().getCategory());
        }
    }

    public boolean can(String action) {
        return offer.actions().contains(ItemAction.valueOf(action));
    }

    public boolean hasText(String action) {
        return ItemAction.valueOf(action).takes(Takes.TEXT);
    }

    public boolean hasFiles(String action) {
        return ItemAction.valueOf(action).takes(Takes.FILES);
    }

    public boolean isDecision(String action) {
        return ItemAction.valueOf(action).takes(Takes.YES_OR_NO);
    }

    /** What the user could do in this state but not yet, each with the reason in their language. */
    public List<String> getWithheld() {
        return offer.withheld().entrySet().stream().map(entry -> messages.text("page.item.withheld",
                messages.text("ItemAction." + entry.getKey().name()),
                messages.text(entry.getValue().messageKey(), entry.getValue().arguments().toArray()))).toList();
    }

    public String perform(String actionName) {
        return decide(actionName, true);
    }

    public String decide(String actionName, boolean yes) {
        ItemAction action = ItemAction.valueOf(actionName);
        String typed = text.get(actionName);
        List<NewFile> newFiles = action.takes(Takes.FILES) ? Uploads.of(files) : List.of();
        actions.take(id, version, action, new ActionInput(typed, yes, proposedDue, reworkKind, staffUsername,
                milestoneId, new HashSet<>(consultedUnitIds), new HashSet<>(consultedLeaderIds),
                action == ItemAction.URGE ? urging.record(null, LocalDate.now(clock)) : null, haltKind, retention,
                secrecy, newFiles));
        messages.info("page.item.done", messages.text("ItemAction." + actionName));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/items/item?faces-redirect=true&id=" + id;
    }

    /**
     * The notice of criticism as the data tell it: "overdue" only while the item is overdue (an escalated item may
     * have been given more time since); the director edits it before issuing.
     */
    private String draftNotice() {
        LocalDate today = LocalDate.now(clock);
        long urgings = item().getUrgings().size();
        return messages.text(offer.overdue() ? "page.notice.draft" : "page.notice.draft.escalated", item().getTitle(), String.valueOf(item().getNumber()),
                item().getLeadUnit() == null ? "" : item().getLeadUnit().getName(),
                item().getDeadline() == null ? "" : item().getDeadline().getDue().toString(), today.toString(),
                urgings);
    }

    /** The latest return for rework while the unit works on it again, so that the reason is in plain sight. */
    public ItemEvent getLastReturn() {
        if (item() == null || item().getState() != ItemState.IN_PROGRESS) {
            return null;
        }
        List<ItemEvent> events = item().getEvents();
        for (int i = events.size() - 1; i >= 0; i--) {
            ItemAction action = events.get(i).getAction();
            if (action == ItemAction.RETURN_FOR_REWORK) {
                return events.get(i);
            }
            if (action == ItemAction.SUBMIT_COMPLETION) {
                return null;
            }
        }
        return null;
    }

    public List<Milestone> getOpenMilestones() {
        return item().getMilestones().stream().filter(Milestone::isOpen).toList();
    }

    public List<Account> getStaff() {
        return directory.staffOfMyUnit();
    }

    public String getTodo() { return todo; }
    public void setTodo(String todo) { this.todo = todo; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SupervisionItem getItem() { return item(); }

    /** The item, read again where the page was drawn on another server (see {@link #item}). */
    private SupervisionItem item() {
        if (item == null && version != null) {
            item = queries.detail(id);
        }
        return item;
    }
    public List<ItemAction> getActions() { return offer.actions(); }
    public Map<String, String> getText() { return text; }
    public ReworkKind getReworkKind() { return reworkKind; }
    public void setReworkKind(ReworkKind reworkKind) { this.reworkKind = reworkKind; }
    public LocalDate getProposedDue() { return proposedDue; }
    public void setProposedDue(LocalDate proposedDue) { this.proposedDue = proposedDue; }
    public UrgingForm getUrging() { return urging; }
    public String getStaffUsername() { return staffUsername; }
    public void setStaffUsername(String staffUsername) { this.staffUsername = staffUsername; }
    public Long getMilestoneId() { return milestoneId; }
    public void setMilestoneId(Long milestoneId) { this.milestoneId = milestoneId; }
    public List<Long> getConsultedUnitIds() { return consultedUnitIds; }
    public void setConsultedUnitIds(List<Long> ids) { this.consultedUnitIds = ids; }
    public List<Long> getConsultedLeaderIds() { return consultedLeaderIds; }
    public void setConsultedLeaderIds(List<Long> ids) { this.consultedLeaderIds = ids; }
    public Retention getRetention() { return retention; }
    public void setRetention(Retention retention) { this.retention = retention; }
    public Secrecy getSecrecy() { return secrecy; }
    public void setSecrecy(Secrecy secrecy) { this.secrecy = secrecy; }
    public HaltKind getHaltKind() { return haltKind; }
    public void setHaltKind(HaltKind haltKind) { this.haltKind = haltKind; }
    public List<Part> getFiles() { return files; }
    public void setFiles(List<Part> files) { this.files = files; }
}
