package org.duban.deadline;

import org.duban.calendar.WorkingCalendar;
import org.duban.item.ReportingCycle;
import org.duban.notification.NotificationKind;
import org.duban.settings.Settings;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One day of the deadline watch: what is due today, keyed so that each notice is sent once however often the watch
 * runs. All days are working days of the administrator's calendar; a deadline or key day on a rest day counts from
 * the next working day ({@link WorkingCalendar#effectiveDue}).
 */
public final class DeadlineRules {

    /** A notice due for one deadline: what, the day it is keyed to, by when to act, and working days overdue. */
    public record Due(NotificationKind kind, LocalDate keyDay, LocalDate actBy, int overdueDays) {
    }

    private final WorkingCalendar calendar;
    private final Settings settings;
    private final LocalDate today;
    private final LocalDate redUntil;
    private final LocalDate yellowUntil;

    /**
     * @param calendar the working-day calendar
     * @param settings warning window, acknowledgement, repeat and escalation thresholds (in working days, urgings)
     * @param today    the day of the run, in the server's zone
     */
    public DeadlineRules(WorkingCalendar calendar, Settings settings, LocalDate today) {
        this.calendar = calendar;
        this.settings = settings;
        this.today = today;
        this.redUntil = calendar.lastOverdueDeadline(today);
        this.yellowUntil = calendar.plusWorkingDays(today, settings.getWarningDays());
    }

    /**
     * Routine reminders and escalation go out on working days only; on a rest day the watch waits, and the next
     * working day's run sends what fell due meanwhile, each once (its key days are working days).
     */
    public boolean isWatchDay() {
        return calendar.isWorkingDay(today);
    }

    public LocalDate today() {
        return today;
    }

    /** The latest deadline that is overdue today (overdue ⇔ due ≤ this day). */
    public LocalDate redUntil() {
        return redUntil;
    }

    /** The latest deadline within the warning window today (due soon ⇔ redUntil &lt; due ≤ this day). */
    public LocalDate yellowUntil() {
        return yellowUntil;
    }

    /** Items assigned on or before this day and not yet acknowledged are reminded. */
    public LocalDate acknowledgementAssignedBy() {
        return calendar.minusWorkingDays(today, settings.getAckReminderDays());
    }

    /** The day a receipt was due for an item assigned on {@code issuedOn}: the reminder's key day and act-by day. */
    public LocalDate acknowledgementDue(LocalDate issuedOn) {
        return calendar.plusWorkingDays(issuedOn, settings.getAckReminderDays());
    }

    /** The notice due today for an item's deadline ({@code due} ≤ {@link #yellowUntil()}): due soon or overdue. */
    public Due deadlineNotice(LocalDate due) {
        return notice(due, NotificationKind.DUE_SOON, NotificationKind.OVERDUE);
    }

    /** The notice due today for an open milestone ({@code due} ≤ {@link #yellowUntil()}). */
    public Due milestoneNotice(LocalDate due) {
        return notice(due, NotificationKind.MILESTONE_DUE_SOON, NotificationKind.MILESTONE_OVERDUE);
    }

    private Due notice(LocalDate due, NotificationKind soon, NotificationKind overdue) {
        if (due.isAfter(redUntil)) {
            return new Due(soon, due, calendar.effectiveDue(due), 0);
        }
        int overdueDays = calendar.workingDaysBetween(calendar.effectiveDue(due), today);
        return new Due(overdue, repeatSlot(due, overdueDays), today, overdueDays);
    }

    /**
     * Overdue reminders repeat every M working days ({@code overdueRepeatDays}), never more often: the key day is the
     * first working day of the current period after the (effective) deadline.
     */
    public LocalDate repeatSlot(LocalDate due, int overdueDays) {
        int period = settings.getOverdueRepeatDays();
        int slot = (Math.max(overdueDays, 1) - 1) / period;
        return calendar.plusWorkingDays(calendar.effectiveDue(due), 1 + slot * period);
    }

    /**
     * The escalation ladder: an overdue item is escalated to its leader in charge once it is overdue by D working
     * days ({@code escalationDays}) or was urged K times ({@code escalationUrges}).
     */
    public boolean shouldEscalate(LocalDate due, int urgings) {
        LocalDate overdueLongEnough = calendar.minusWorkingDays(today, settings.getEscalationDays());
        return !due.isAfter(redUntil) && (!due.isAfter(overdueLongEnough) || urgings >= settings.getEscalationUrges());
    }

    /**
     * The progress report due by the item's cycle after the last report (or the receipt) on {@code lastReport}:
     * its key day, when today has reached it; empty otherwise.
     */
    public Optional<LocalDate> progressReportDue(ReportingCycle cycle, LocalDate lastReport) {
        return cycle.nextReport(lastReport).filter(next -> !today.isBefore(next));
    }

    /** By when a report or act keyed to {@code day} is due: that day, or the next working day after a rest day. */
    public LocalDate actBy(LocalDate day) {
        return calendar.effectiveDue(day);
    }
}
