package org.duban.web.archive;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.archive.IntegrityChecks;
import org.duban.archive.IntegrityReport;
import org.duban.job.Job;
import org.duban.job.JobKind;
import org.duban.job.Jobs;
import org.duban.web.i18n.Messages;

import java.io.Serializable;

/**
 * The check of all dossiers: started here, it runs in the background; the page polls its progress, and the list of
 * latest job brings the archivist back to a run started earlier. A finished run opens its report.
 */
@Named
@ViewScoped
public class ChecksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IntegrityChecks checks;
    @Inject
    private Jobs jobs;
    @Inject
    private Messages messages;

    private final FollowedJob followed = new FollowedJob(JobKind.INTEGRITY_CHECK_ALL);
    private Long reportId;
    private IntegrityReport report;

    public void load() {
        if (reportId != null) {
            report = checks.report(reportId);
        }
    }

    public void startAll() {
        followed.follow(checks.startAll());
        messages.info("page.checks.started");
    }

    public Job getJob() {
        return followed.current(jobs);
    }

    public boolean isRunning() {
        return followed.running(jobs);
    }

    public Long getReportId() { return reportId; }
    public void setReportId(Long reportId) { this.reportId = reportId; }
    public IntegrityReport getReport() { return report; }
}
