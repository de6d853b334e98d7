package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.duban.calendar.WorkingCalendar;
import org.duban.item.ExtensionRequest.Decision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * How an item was completed, fixed when the office accepts it (第四条: the basis of the yearly assessment): the day
 * the unit submitted the accepted report, the deadline it is judged against — the original one, unless an extension
 * was granted before the deadline then in force had passed — whether it was on time, and how many working days it
 * took from the assignment.
 */
@Embeddable
public class Completion implements java.io.Serializable {

    @Column(name = "COMPLETED_ON")
    private LocalDate completedOn;

    @Column(name = "ACCEPTED_ON")
    private LocalDate acceptedOn;

    @Column(name = "ASSESSED_DUE")
    private LocalDate assessedDue;

    /** 1 on time, 0 late: a number, so that the statistics add it up in any database. */
    @Column(name = "ON_TIME")
    private Integer onTime;

    @Column(name = "WORKING_DAYS")
    private Integer workingDays;

    protected Completion() {
    }

    Completion(LocalDate assignedOn, LocalDate completedOn, LocalDate acceptedOn, LocalDate originalDue,
               List<ExtensionRequest> extensions, ZoneId zone, WorkingCalendar calendar) {
        this.completedOn = completedOn;
        this.acceptedOn = acceptedOn;
        this.assessedDue = assessedDue(originalDue, extensions, zone, calendar);
        this.onTime = completedOn.isAfter(calendar.effectiveDue(assessedDue)) ? 0 : 1;
        this.workingDays = calendar.workingDaysBetween(assignedOn, completedOn);
    }

    /** The original deadline, moved by each extension granted while the deadline then in force had not passed. */
    static LocalDate assessedDue(LocalDate originalDue, List<ExtensionRequest> extensions, ZoneId zone,
                                 WorkingCalendar calendar) {
        LocalDate due = originalDue;
        List<ExtensionRequest> granted = extensions.stream().filter(e -> e.getDecision() == Decision.GRANTED)
                .sorted(Comparator.comparing(ExtensionRequest::getDecidedAt)).toList();
        for (ExtensionRequest extension : granted) {
            LocalDate decidedOn = LocalDate.ofInstant(extension.getDecidedAt(), zone);
            if (!decidedOn.isAfter(calendar.effectiveDue(due))) {
                due = extension.getProposedDue();
            }
        }
        return due;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public LocalDate getAssessedDue() {
        return assessedDue;
    }

    public boolean isOnTime() {
        return onTime != null && onTime == 1;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }
}
