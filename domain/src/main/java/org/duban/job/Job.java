package org.duban.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.duban.shared.Require;

import java.time.Instant;

/** A long job and how far it is: started, counting up to its total, then done (with its result) or failed. */
@Entity
@Table(name = "JOB")
public class Job implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private JobKind kind;

    @Column(name = "STARTED_BY", nullable = false, length = 50)
    private String startedBy;

    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 20)
    private JobState state;

    @Column(name = "TOTAL", nullable = false)
    private int total;

    @Column(name = "DONE", nullable = false)
    private int done;

    /** What the job produced, e.g. the id of an integrity report. */
    @Column(name = "RESULT_ID")
    private Long resultId;

    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    protected Job() {
    }

    public Job(JobKind kind, String startedBy, int total, Instant startedAt) {
        this.kind = kind;
        this.startedBy = startedBy;
        this.total = total;
        this.startedAt = startedAt;
        this.state = JobState.RUNNING;
    }

    public void advance(int done) {
        Require.that(state == JobState.RUNNING, "error.job.notRunning");
        this.done = Math.min(done, total);
    }

    public void finish(Long resultId, Instant at) {
        this.state = JobState.DONE;
        this.done = total;
        this.resultId = resultId;
        this.finishedAt = at;
    }

    public void fail(Instant at) {
        this.state = JobState.FAILED;
        this.finishedAt = at;
    }

    /** 0 to 100. */
    public int getPercent() {
        return total == 0 ? (state == JobState.RUNNING ? 0 : 100) : done * 100 / total;
    }

    public Long getId() {
        return id;
    }

    public JobKind getKind() {
        return kind;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public JobState getState() {
        return state;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    public Long getResultId() {
        return resultId;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
