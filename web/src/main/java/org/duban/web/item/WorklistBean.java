package org.duban.web.item;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.duban.item.Category;
import org.duban.item.ItemFilter;
import org.duban.item.ItemQueries;
import org.duban.item.ItemState;
import org.duban.item.ItemWorkflow;
import org.duban.item.Light;
import org.duban.item.ItemAction;
import org.duban.item.Rulebook;
import org.duban.item.SupervisionItem;
import org.duban.item.UrgingMethod;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The work list: every item the user may see, filtered by state, category, unit, leader, deadline range, light and
 * keyword, sorted and paged in the database. The office can record one meeting that urged several items.
 */
@Named
@ViewScoped
public class WorklistBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ItemQueries queries;
    @Inject
    private ItemWorkflow workflow;
    @Inject
    private Messages messages;
    @Inject
    private Clock clock;

    private ItemState state;
    private Category category;
    private Long unitId;
    private Long leaderId;
    private LocalDate dueFrom;
    private LocalDate dueTo;
    private Light light;
    private String keyword;
    private ConcerningItems items;
    private List<SupervisionItem> selected = new ArrayList<>();

    private final UrgingForm meeting = new UrgingForm();
    private transient List<Part> meetingFiles;

    public ConcerningItems getItems() {
        if (items == null) {
            items = new ConcerningItems(queries, filter());
        }
        return items;
    }

    private ItemFilter filter() {
        return new ItemFilter(false, state, category, unitId, leaderId, dueFrom, dueTo, light, keyword);
    }

    public void search() {
        getItems().setFilter(filter());
        selected = new ArrayList<>();
    }

    public void clear() {
        state = null;
        category = null;
        unitId = null;
        leaderId = null;
        dueFrom = null;
        dueTo = null;
        light = null;
        keyword = null;
        search();
    }

    /** Only items a meeting may urge now can be ticked for one. */
    public boolean mayUrge(SupervisionItem item) {
        return Rulebook.allowsOnItem(item, ItemAction.URGE);
    }

    public void recordMeeting() {
        workflow.urgeAtMeeting(selected.stream().map(SupervisionItem::getId).collect(Collectors.toSet()),
                meeting.record(UrgingMethod.MEETING, LocalDate.now(clock)), Uploads.of(meetingFiles));
        messages.info("page.worklist.meetingRecorded", selected.size());
        selected = new ArrayList<>();
        meeting.clear();
    }

    public ItemState getState() { return state; }
    public void setState(ItemState state) { this.state = state; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getLeaderId() { return leaderId; }
    public void setLeaderId(Long leaderId) { this.leaderId = leaderId; }
    public LocalDate getDueFrom() { return dueFrom; }
    public void setDueFrom(LocalDate dueFrom) { this.dueFrom = dueFrom; }
    public LocalDate getDueTo() { return dueTo; }
    public void setDueTo(LocalDate dueTo) { this.dueTo = dueTo; }
    public Light getLight() { return light; }
    public void setLight(Light light) { this.light = light; }
    public String getKeyword() { return keyword; }
    public void setKeyword(String keyword) { this.keyword = keyword; }
    public List<SupervisionItem> getSelected() { return selected; }
    public void setSelected(List<SupervisionItem> selected) { this.selected = selected; }
    public UrgingForm getMeeting() { return meeting; }
    public List<Part> getMeetingFiles() { return meetingFiles; }
    public void setMeetingFiles(List<Part> meetingFiles) { this.meetingFiles = meetingFiles; }
}
