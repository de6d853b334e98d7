package org.duban.web.archive;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.archive.Retention;
import org.duban.documents.Catalogue;
import org.duban.job.Job;
import org.duban.job.JobKind;
import org.duban.job.Jobs;
import org.duban.web.i18n.LanguageBean;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** The catalogue: a year and a retention, made in the background as PDF or Excel, fetched when done. */
@Named
@ViewScoped
public class CatalogueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Catalogue catalogue;
    @Inject
    private Jobs jobs;
    @Inject
    private Clock clock;
    @Inject
    private LanguageBean language;
    @Inject
    private Messages messages;

    private Integer year;
    private Retention retention = Retention.D30;
    private final FollowedJob followed = new FollowedJob(JobKind.CATALOGUE);

    public void make(String format) {
        followed.follow(catalogue.start(getYear(), retention, Catalogue.Format.valueOf(format), language.getLocale()));
        messages.info("page.catalogue.started");
    }

    public Job getJob() {
        return followed.current(jobs);
    }

    public boolean isRunning() {
        return followed.running(jobs);
    }

    public Integer getYear() {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    public void setYear(Integer year) { this.year = year; }
    public Retention getRetention() { return retention; }
    public void setRetention(Retention retention) { this.retention = retention; }
}
