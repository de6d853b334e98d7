package org.duban.web.archive;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.archive.Retention;

import java.time.Clock;
import java.time.LocalDate;

/** The catalogue form: a year and a retention, downloaded as PDF or Excel. */
@Named
@RequestScoped
public class CatalogueBean {

    @Inject
    private Clock clock;

    private Integer year;
    private Retention retention = Retention.D30;

    public Integer getYear() {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    public void setYear(Integer year) { this.year = year; }
    public Retention getRetention() { return retention; }
    public void setRetention(Retention retention) { this.retention = retention; }
}
