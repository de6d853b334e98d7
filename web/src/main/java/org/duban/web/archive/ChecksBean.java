package org.duban.web.archive;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.archive.IntegrityChecks;
import org.duban.archive.IntegrityReport;
import org.duban.job.Job;
import org.duban.job.JobState;
import org.duban.shared.DomainException;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The check of all dossiers: started here, it runs in the background; the page polls its progress, and the list of
 * jobs brings the archivist back to a run started earlier. A finished run opens its report.
 */
@Named
@ViewScoped
public class ChecksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient IntegrityChecks checks;
    @Inject
    private transient Messages messages;

    private Long jobId;
    private Long reportId;
    private IntegrityReport report;

    public void load() {
        if (reportId != null) {
            try {
                report = checks.report(reportId);
            } catch (DomainException e) {
                messages.refused(e);
            }
        }
    }

    public void startAll() {
        jobId = checks.startAll();
        messages.info("page.checks.started");
    }

    public Job getJob() {
        if (jobId == null) {
            List<Job> recent = checks.recentJobs();
            return recent.isEmpty() ? null : recent.get(0);
        }
        return checks.job(jobId);
    }

    public boolean isRunning() {
        Job job = getJob();
        return job != null && job.getState() == JobState.RUNNING;
    }

    public List<Job> getJobs() {
        return checks.recentJobs();
    }

    public Long getJobId() { return jobId; }
    public void setJobId(Long jobId) { this.jobId = jobId; }
    public Long getReportId() { return reportId; }
    public void setReportId(Long reportId) { this.reportId = reportId; }
    public IntegrityReport getReport() { return report; }
}
