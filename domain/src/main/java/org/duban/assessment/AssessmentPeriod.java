package org.duban.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.duban.organization.Unit;
import org.duban.shared.Require;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A period the office assesses units for. While open, its scores follow the items and the office writes its opinion
 * of each unit; once closed, scores and opinions are frozen and later changes to items do not alter them.
 */
@Entity
@Table(name = "ASSESSMENT_PERIOD")
public class AssessmentPeriod implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "FROM_DAY", nullable = false)
    private LocalDate from;

    @Column(name = "TO_DAY", nullable = false)
    private LocalDate to;

    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    @Column(name = "CLOSED_BY", length = 50)
    private String closedBy;

    @OneToMany(mappedBy = "period", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<UnitAssessment> units = new ArrayList<>();

    protected AssessmentPeriod() {
    }

    public AssessmentPeriod(String name, LocalDate from, LocalDate to) {
        this.name = Require.text(name, "error.assessment.nameRequired");
        Require.that(this.name.length() <= 100, "error.text.tooLong", 100);
        Require.present(from, "error.period.required");
        Require.present(to, "error.period.required");
        Require.that(!to.isBefore(from), "error.period.order");
        this.from = from;
        this.to = to;
    }

    /** The office's opinion of a unit, while the period is open. */
    public void writeOpinion(Unit unit, String opinion) {
        Require.that(!isClosed(), "error.assessment.closed");
        String text = Require.optionalText(opinion);
        Require.that(text == null || text.length() <= 4000, "error.text.tooLong", 4000);
        assessmentOf(unit).orElseGet(() -> {
            UnitAssessment created = new UnitAssessment(this, unit);
            units.add(created);
            return created;
        }).writeOpinion(text);
    }

    /** Freezes each unit's figures and score as they are now. */
    public void close(List<UnitAssessment.Frozen> results, String by, Instant at) {
        Require.that(!isClosed(), "error.assessment.closed");
        for (UnitAssessment.Frozen result : results) {
            assessmentOf(result.unit()).orElseGet(() -> {
                UnitAssessment created = new UnitAssessment(this, result.unit());
                units.add(created);
                return created;
            }).freeze(result);
        }
        this.closedAt = at;
        this.closedBy = by;
    }

    public Optional<UnitAssessment> assessmentOf(Unit unit) {
        return units.stream().filter(u -> u.getUnit().sameAs(unit)).findFirst();
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Period period() {
        return new Period(from, to);
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public String getName() { return name; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public List<UnitAssessment> getUnits() { return Collections.unmodifiableList(units); }
}
