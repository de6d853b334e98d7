package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.duban.shared.Require;

import java.time.LocalDate;

/** One urging (催办) of an item: the method of 第七条, when, with whom, what was said and what came of it. */
@Entity
@Table(name = "URGING")
public class Urging implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ITEM_ID")
    private SupervisionItem item;

    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD", nullable = false, length = 20)
    private UrgingMethod method;

    @Column(name = "URGED_ON", nullable = false)
    private LocalDate urgedOn;

    @Column(name = "PEOPLE", length = 500)
    private String people;

    @Column(name = "NOTES", nullable = false, length = 8000)
    private String notes;

    @Column(name = "OUTCOME", length = 4000)
    private String outcome;

    @Column(name = "RECORDED_BY", nullable = false, length = 50)
    private String recordedBy;

    protected Urging() {
    }

    Urging(SupervisionItem item, UrgingRecord record, String recordedBy) {
        this.item = item;
        this.method = record.method();
        this.urgedOn = record.urgedOn();
        this.people = record.people();
        this.notes = record.notes();
        this.outcome = record.outcome();
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public UrgingMethod getMethod() {
        return method;
    }

    public LocalDate getUrgedOn() {
        return urgedOn;
    }

    public String getPeople() {
        return people;
    }

    public String getNotes() {
        return notes;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    /** What the office enters for one urging; an interview or a meeting must name the people present. */
    public record UrgingRecord(UrgingMethod method, LocalDate urgedOn, String people, String notes, String outcome) {
        public UrgingRecord {
            Require.presentIn("method", method, "error.urging.methodRequired");
            Require.presentIn("urgedOn", urgedOn, "error.urging.dateRequired");
            notes = Require.textIn("notes", notes, "error.urging.notesRequired");
            people = Require.optionalText(people);
            outcome = Require.optionalText(outcome);
            if (method == UrgingMethod.INTERVIEW || method == UrgingMethod.MEETING) {
                Require.thatIn("people", people != null, "error.urging.peopleRequired");
            }
        }
    }
}
