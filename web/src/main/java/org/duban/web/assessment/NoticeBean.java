package org.duban.web.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.assessment.Assessments;
import org.duban.assessment.NoticeBoard;
import org.duban.item.ItemQueries;
import org.duban.item.SupervisionItem;
import org.duban.web.i18n.DateFormats;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafting a 通报 for the director: from the overdue items of a figure, or from a period's results, the title and
 * text are drafted from the data, edited, then published with the year's next number.
 */
@Named
@ViewScoped
public class NoticeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoticeBoard board;
    @Inject
    private ItemQueries queries;
    @Inject
    private Assessments assessments;
    @Inject
    private Messages messages;
    @Inject
    private DateFormats dates;

    private String itemIds;
    private Long periodId;
    private List<SupervisionItem> items = new ArrayList<>();
    private String title;
    private String text;

    public void load() {
        if (title != null) {
            return;
        }
        try {
            StringBuilder draft = new StringBuilder();
            if (itemIds != null && !itemIds.isBlank()) {
                for (String id : itemIds.split(",")) {
                    SupervisionItem item = queries.detail(Long.parseLong(id.strip()));
                    items.add(item);
                    draft.append(messages.text("page.notices.draftItem", item.getTitle(),
                            item.getNumber() == null ? "" : item.getNumber().toString(),
                            item.getLeadUnit() == null ? "" : item.getLeadUnit().getName(),
                            dates.day(item.getDeadline().getDue()))).append('\n');
                }
                title = messages.text("page.notices.draftTitleItems");
                text = messages.text("page.notices.draftIntroItems") + "\n" + draft + messages.text("page.notices.draftClosing");
            } else if (periodId != null) {
                var period = assessments.period(periodId);
                for (Assessments.UnitScore s : assessments.scores(periodId)) {
                    draft.append(messages.text("page.notices.draftUnit", s.unit().getName(), s.score(), s.onTime(),
                            s.completed(), s.overdue())).append('\n');
                }
                title = messages.text("page.notices.draftTitlePeriod", period.getName());
                text = messages.text("page.notices.draftIntroPeriod", period.getName()) + "\n" + draft
                        + messages.text("page.notices.draftClosing");
            }
        } catch (NumberFormatException e) {
            messages.error(null, "error.access.action");
        }
    }

    public String publish() {
        List<Long> ids = items.stream().map(SupervisionItem::getId).toList();
        board.publish(title, text, ids, itemIds == null || itemIds.isBlank() ? periodId : null);
        messages.info("page.notices.published");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/leadership/notices?faces-redirect=true";
    }

    public String getItemIds() { return itemIds; }
    public void setItemIds(String itemIds) { this.itemIds = itemIds; }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public List<SupervisionItem> getItems() { return items; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
