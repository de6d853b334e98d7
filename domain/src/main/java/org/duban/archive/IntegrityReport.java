package org.duban.archive;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The kept result of one integrity check, over one dossier or all: how many were checked, and every failure found.
 * A check with no finding passed on all four properties.
 */
@Entity
@Table(name = "INTEGRITY_REPORT")
public class IntegrityReport implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The dossier checked, or none when all were. */
    @Column(name = "ARCHIVAL_NUMBER", length = 60)
    private String archivalNumber;

    @Column(name = "RAN_BY", nullable = false, length = 50)
    private String ranBy;

    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    @Column(name = "FINISHED_AT", nullable = false)
    private Instant finishedAt;

    @Column(name = "CHECKED", nullable = false)
    private int checked;

    @ElementCollection
    @CollectionTable(name = "INTEGRITY_FINDING", joinColumns = @JoinColumn(name = "REPORT_ID"))
    @OrderColumn(name = "SEQ")
    private List<Finding> findings = new ArrayList<>();

    protected IntegrityReport() {
    }

    public IntegrityReport(String archivalNumber, String ranBy, Instant startedAt, Instant finishedAt, int checked,
                           List<Finding> findings) {
        this.archivalNumber = archivalNumber;
        this.ranBy = ranBy;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.checked = checked;
        this.findings = new ArrayList<>(findings);
    }

    public boolean passed() {
        return findings.isEmpty();
    }

    public boolean passed(Aspect aspect) {
        return findings.stream().noneMatch(f -> f.getAspect() == aspect);
    }

    public Long getId() {
        return id;
    }

    public String getArchivalNumber() {
        return archivalNumber;
    }

    public String getRanBy() {
        return ranBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getChecked() {
        return checked;
    }

    public List<Finding> getFindings() {
        return Collections.unmodifiableList(findings);
    }
}
