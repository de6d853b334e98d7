package org.duban.web.archive;

import org.duban.job.Job;
import org.duban.job.JobKind;
import org.duban.job.JobState;
import org.duban.job.Jobs;

import java.io.Serializable;
import java.util.List;

/** The long job a page follows: the one it started, or the latest of its kind (a user who left comes back to it). */
final class FollowedJob implements Serializable {

    private static final long serialVersionUID = 1L;

    private final JobKind kind;
    private Long jobId;

    FollowedJob(JobKind kind) {
        this.kind = kind;
    }

    void follow(long jobId) {
        this.jobId = jobId;
    }

    Job current(Jobs jobs) {
        if (jobId != null) {
            return jobs.job(jobId);
        }
        List<Job> recent = jobs.recent(kind);
        return recent.isEmpty() ? null : recent.get(0);
    }

    boolean running(Jobs jobs) {
        Job job = current(jobs);
        return job != null && job.getState() == JobState.RUNNING;
    }
}
