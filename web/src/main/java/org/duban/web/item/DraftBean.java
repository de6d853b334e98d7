package org.duban.web.item;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.duban.item.Category;
import org.duban.item.DraftInput;
import org.duban.item.ItemDraft.MilestonePlan;
import org.duban.item.ItemQueries;
import org.duban.item.ItemWorkflow;
import org.duban.item.Milestone;
import org.duban.item.Priority;
import org.duban.item.QuantifiedTarget;
import org.duban.item.ReportingCycle;
import org.duban.item.SupervisionItem;
import org.duban.organization.Unit;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The office's form for a new draft or for editing one (拟办): every field of the item. */
@Named
@ViewScoped
public class DraftBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ItemWorkflow workflow;
    @Inject
    private ItemQueries queries;
    @Inject
    private Messages messages;

    private Long id;
    private Integer version;
    private Category category;
    private String source;
    private String sourceReference;
    private String title;
    private String mainTasks;
    private String requirements;
    private final List<TargetRow> targets = new ArrayList<>();
    private Long leadUnitId;
    private List<Long> coUnitIds = new ArrayList<>();
    private Long leaderId;
    private Priority priority = Priority.NORMAL;
    private LocalDate due;
    private ReportingCycle reportingCycle = ReportingCycle.NONE;
    private final List<MilestoneRow> milestones = new ArrayList<>();
    private transient List<Part> files;

    public void load() {
        if (id == null) {
            if (targets.isEmpty()) {
                targets.add(new TargetRow());
            }
            return;
        }
        // a refused id leaves the form a new draft's
        Long asked = id;
        id = null;
        SupervisionItem item = queries.detail(asked);
        id = asked;
        version = item.getVersion();
        category = item.getCategory();
        source = item.getSource();
        sourceReference = item.getSourceReference();
        title = item.getTitle();
        mainTasks = item.getMainTasks();
        requirements = item.getRequirements();
        targets.clear();
        for (QuantifiedTarget target : item.getTargets()) {
            targets.add(new TargetRow(target.getDescription(), target.getMeasure()));
        }
        leadUnitId = item.getLeadUnit() == null ? null : item.getLeadUnit().getId();
        coUnitIds = new ArrayList<>(item.getCoUnits().stream().map(Unit::getId).toList());
        leaderId = item.getLeaderInCharge() == null ? null : item.getLeaderInCharge().getId();
        priority = item.getPriority();
        due = item.getDeadline() == null ? null : item.getDeadline().getDue();
        reportingCycle = item.getReportingCycle();
        milestones.clear();
        for (Milestone milestone : item.getMilestones()) {
            milestones.add(new MilestoneRow(milestone.getTitle(), milestone.getDue()));
        }
    }

    public String save() {
        DraftInput input = new DraftInput(category, source, sourceReference, title, mainTasks, requirements,
                targets.stream().filter(TargetRow::isFilled)
                        .map(t -> new QuantifiedTarget(t.getDescription(), t.getMeasure())).toList(),
                leadUnitId, new HashSet<>(coUnitIds), leaderId, priority, due, reportingCycle,
                milestones.stream().filter(MilestoneRow::isFilled)
                        .map(m -> new MilestonePlan(m.getTitle(), m.getDue())).toList());
        long savedId;
        if (id == null) {
            savedId = workflow.draft(input, Uploads.of(files));
        } else {
            workflow.edit(id, version, input);
            savedId = id;
        }
        messages.info("page.draft.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/items/item?faces-redirect=true&id=" + savedId;
    }

    public void addTarget() {
        targets.add(new TargetRow());
    }

    public void removeTarget(TargetRow row) {
        targets.remove(row);
    }

    public void addMilestone() {
        milestones.add(new MilestoneRow());
    }

    public void removeMilestone(MilestoneRow row) {
        milestones.remove(row);
    }






    /** One quantified target as typed; empty rows are ignored on save. */
    public static class TargetRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private String measure;

        public TargetRow() {
        }

        TargetRow(String description, String measure) {
            this.description = description;
            this.measure = measure;
        }

        boolean isFilled() {
            return description != null && !description.isBlank() || measure != null && !measure.isBlank();
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getMeasure() {
            return measure;
        }

        public void setMeasure(String measure) {
            this.measure = measure;
        }
    }

    /** One milestone as typed; empty rows are ignored on save. */
    public static class MilestoneRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private LocalDate due;

        public MilestoneRow() {
        }

        MilestoneRow(String title, LocalDate due) {
            this.title = title;
            this.due = due;
        }

        boolean isFilled() {
            return title != null && !title.isBlank() || due != null;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }
    }

    // ---- form properties ----

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getSourceReference() { return sourceReference; }
    public void setSourceReference(String sourceReference) { this.sourceReference = sourceReference; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getMainTasks() { return mainTasks; }
    public void setMainTasks(String mainTasks) { this.mainTasks = mainTasks; }
    public String getRequirements() { return requirements; }
    public void setRequirements(String requirements) { this.requirements = requirements; }
    public List<TargetRow> getTargets() { return targets; }
    public Long getLeadUnitId() { return leadUnitId; }
    public void setLeadUnitId(Long leadUnitId) { this.leadUnitId = leadUnitId; }
    public List<Long> getCoUnitIds() { return coUnitIds; }
    public void setCoUnitIds(List<Long> coUnitIds) { this.coUnitIds = coUnitIds; }
    public Long getLeaderId() { return leaderId; }
    public void setLeaderId(Long leaderId) { this.leaderId = leaderId; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public LocalDate getDue() { return due; }
    public void setDue(LocalDate due) { this.due = due; }
    public ReportingCycle getReportingCycle() { return reportingCycle; }
    public void setReportingCycle(ReportingCycle reportingCycle) { this.reportingCycle = reportingCycle; }
    public List<MilestoneRow> getMilestones() { return milestones; }
    public List<Part> getFiles() { return files; }
    public void setFiles(List<Part> files) { this.files = files; }
}
