package org.duban.web.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.assessment.AssessmentPeriod;
import org.duban.assessment.Assessments;
import org.duban.web.errors.ConcurrentChange;
import org.duban.web.files.Exports;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assessment periods: the office opens one, reads each unit's score (live until closed), writes its opinion of
 * each unit; the director closes it, and its scores and opinions are frozen.
 */
@Named
@ViewScoped
public class AssessmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Assessments assessments;
    @Inject
    private Messages messages;
    @Inject
    private Clock clock;
    @Inject
    private Exports exports;

    private Long periodId;
    private AssessmentPeriod period;
    private List<Assessments.UnitScore> scores = List.of();
    private final Map<Long, String> opinions = new HashMap<>();
    private String name;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(clock);
        from = today.withDayOfYear(1);
        to = today.withMonth(12).withDayOfMonth(31);
        name = today.getYear() + "";
    }

    public void load() {
        if (periodId == null) {
            List<AssessmentPeriod> periods = assessments.periods();
            periodId = periods.isEmpty() ? null : periods.get(0).getId();
        }
        if (periodId != null) {
            period = assessments.period(periodId);
            scores = assessments.scores(periodId);
            opinions.clear();
            scores.forEach(s -> opinions.put(s.unit().getId(), s.opinion()));
        }
    }

    /** Someone else changed the period meanwhile: show it as it is now. */
    void concurrentlyChanged(@Observes(notifyObserver = Reception.IF_EXISTS) ConcurrentChange change) {
        load();
    }

    public String open() {
        long id = assessments.open(name, from, to);
        return "/leadership/assessment?faces-redirect=true&period=" + id;
    }

    public void saveOpinion(long unitId) {
        assessments.writeOpinion(periodId, unitId, opinions.get(unitId));
        messages.info("page.assessment.opinionSaved");
        load();
    }

    public void close() {
        assessments.close(periodId, period.getVersion());
        messages.info("page.assessment.closedNow");
        load();
    }

    /** The scores as shown, to Excel or PDF. */
    public void export(String format) {
        List<String> header = List.of(messages.text("Grouping.UNIT"), messages.text("Figure.ASSIGNED_LEAD"),
                messages.text("Figure.COMPLETED"), messages.text("Figure.ON_TIME"), messages.text("assessment.overdue"),
                messages.text("assessment.returns"), messages.text("Figure.NOTICES"), messages.text("assessment.score"),
                messages.text("assessment.opinion"));
        List<List<String>> rows = scores.stream().map(s -> List.of(s.unit().getName(), String.valueOf(s.assigned()),
                String.valueOf(s.completed()), String.valueOf(s.onTime()), String.valueOf(s.overdue()),
                String.valueOf(s.returns()), String.valueOf(s.notices()), String.valueOf(s.score()),
                s.opinion() == null ? "" : s.opinion())).toList();
        exports.send(Exports.Format.valueOf(format), "assessment-" + period.getId(), period.getName(),
                period.getFrom() + " – " + period.getTo(), header, rows);
    }

    public List<AssessmentPeriod> getPeriods() {
        return assessments.periods();
    }

    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public AssessmentPeriod getPeriod() { return period; }
    public List<Assessments.UnitScore> getScores() { return scores; }
    public Map<Long, String> getOpinions() { return opinions; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
