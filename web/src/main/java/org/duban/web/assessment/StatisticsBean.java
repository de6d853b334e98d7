package org.duban.web.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.assessment.Figure;
import org.duban.assessment.Figures;
import org.duban.assessment.Grouping;
import org.duban.assessment.Period;
import org.duban.assessment.Statistics;
import org.duban.web.files.Exports;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The statistics page: a period and a grouping, the figures, each a link to the items it counts. */
@Named
@ViewScoped
public class StatisticsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Statistics statistics;
    @Inject
    private Messages messages;
    @Inject
    private Clock clock;
    @Inject
    private Exports exports;

    private PeriodChoice choice;
    private Grouping grouping = Grouping.UNIT;
    private Period period;
    private List<Figures> figures = List.of();

    @PostConstruct
    void init() {
        choice = new PeriodChoice(LocalDate.now(clock));
    }

    public void count() {
        period = choice.period();
        figures = statistics.figures(period, grouping);
    }

    /** The table as shown, to Excel or PDF. */
    public void export(String format) {
        if (period == null) {
            count();
        }
        List<String> header = new ArrayList<>();
        header.add(messages.text("Grouping." + grouping));
        for (Figure figure : Figure.values()) {
            header.add(messages.text("Figure." + figure));
        }
        header.add(messages.text("statistics.onTimeRate"));
        header.add(messages.text("statistics.averageDays"));
        List<List<String>> rows = new ArrayList<>();
        for (Figures f : figures) {
            List<String> row = new ArrayList<>();
            row.add(grouping == Grouping.CATEGORY ? messages.text("Category." + f.getLabel()) : f.getLabel());
            for (Figure figure : Figure.values()) {
                row.add(String.valueOf(f.get(figure)));
            }
            row.add(f.getOnTimeRate() == null ? "" : f.getOnTimeRate() + "%");
            row.add(f.getAverageWorkingDays() == null ? "" : String.valueOf(f.getAverageWorkingDays()));
            rows.add(row);
        }
        exports.send(Exports.Format.valueOf(format), "statistics-" + period.from() + "-" + period.to(),
                messages.text("page.statistics.title"), period.from() + " – " + period.to(), header, rows);
    }

    public Figure[] getColumns() {
        return Figure.values();
    }

    public Grouping[] getGroupings() {
        return Grouping.values();
    }

    public PeriodChoice getChoice() { return choice; }
    public Grouping getGrouping() { return grouping; }
    public void setGrouping(Grouping grouping) { this.grouping = grouping; }
    public Period getPeriod() { return period; }
    public List<Figures> getFigures() { return figures; }
}
