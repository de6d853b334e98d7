package org.duban.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.assessment.Figure;
import org.duban.assessment.Grouping;
import org.duban.assessment.Period;
import org.duban.assessment.Statistics;
import org.duban.item.SupervisionItem;
import org.duban.shared.DomainException;
import org.duban.web.files.Exports;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The items behind one figure: reached from the statistics or the dashboard by a plain link (bookmarkable). */
@Named
@ViewScoped
public class FigureItemsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Statistics statistics;
    @Inject
    private Messages messages;
    @Inject
    private Exports exports;

    private Grouping grouping;
    private String key;
    private Figure figure;
    private LocalDate from;
    private LocalDate to;
    private List<SupervisionItem> items = List.of();

    public void load() {
        if (grouping == null || key == null || figure == null || from == null || to == null) {
            throw new DomainException("error.statistics.key", String.valueOf(key));
        }
        items = statistics.items(new Period(from, to), grouping, key, figure);
    }

    /** The list as shown, to Excel or PDF. */
    public void export(String format) {
        load();
        List<String> header = List.of(messages.text("item.number"), messages.text("item.title"),
                messages.text("item.state"), messages.text("item.leadUnit"), messages.text("item.deadline"));
        List<List<String>> rows = items.stream().map(i -> List.of(i.getNumber() == null ? "" : i.getNumber().toString(),
                i.getTitle(), messages.text("ItemState." + i.getState()),
                i.getLeadUnit() == null ? "" : i.getLeadUnit().getName(),
                i.getDeadline() == null ? "" : String.valueOf(i.getDeadline().getDue()))).toList();
        exports.send(Exports.Format.valueOf(format), "items-" + figure + "-" + from + "-" + to,
                messages.text("Figure." + figure), from + " – " + to, header, rows);
    }

    public List<SupervisionItem> getItems() { return items; }

    /** The items as the 通报 page's parameter. */
    public String getItemIds() {
        return items.stream().map(i -> String.valueOf(i.getId())).collect(Collectors.joining(","));
    }
    public Grouping getGrouping() { return grouping; }
    public void setGrouping(Grouping grouping) { this.grouping = grouping; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public Figure getFigure() { return figure; }
    public void setFigure(Figure figure) { this.figure = figure; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
