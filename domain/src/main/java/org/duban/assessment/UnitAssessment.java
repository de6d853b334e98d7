package org.duban.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.duban.organization.Unit;

/** One unit in an assessment period: the office's opinion, and once the period is closed its frozen result. */
@Entity
@Table(name = "UNIT_ASSESSMENT")
public class UnitAssessment implements java.io.Serializable {

    /** A unit's result at closing: the counts the score comes from, and the score. */
    public record Frozen(Unit unit, long assigned, long completed, long onTime, long overdue, long returns,
                         long notices, int score) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "PERIOD_ID")
    private AssessmentPeriod period;

    @ManyToOne(optional = false)
    @JoinColumn(name = "UNIT_ID")
    private Unit unit;

    @Column(name = "OPINION", length = 4000)
    private String opinion;

    @Column(name = "ASSIGNED")
    private Long assigned;

    @Column(name = "COMPLETED")
    private Long completed;

    @Column(name = "ON_TIME")
    private Long onTime;

    @Column(name = "OVERDUE")
    private Long overdue;

    @Column(name = "RETURNS")
    private Long returns;

    @Column(name = "NOTICES")
    private Long notices;

    @Column(name = "SCORE")
    private Integer score;

    protected UnitAssessment() {
    }

    UnitAssessment(AssessmentPeriod period, Unit unit) {
        this.period = period;
        this.unit = unit;
    }

    void writeOpinion(String opinion) {
        this.opinion = opinion;
    }

    void freeze(Frozen result) {
        this.assigned = result.assigned();
        this.completed = result.completed();
        this.onTime = result.onTime();
        this.overdue = result.overdue();
        this.returns = result.returns();
        this.notices = result.notices();
        this.score = result.score();
    }

    public Unit getUnit() { return unit; }
    public String getOpinion() { return opinion; }
    public Long getAssigned() { return assigned; }
    public Long getCompleted() { return completed; }
    public Long getOnTime() { return onTime; }
    public Long getOverdue() { return overdue; }
    public Long getReturns() { return returns; }
    public Long getNotices() { return notices; }
    public Integer getScore() { return score; }
}
