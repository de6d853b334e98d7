package org.duban.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.deadline.DeadlineScan;
import org.duban.settings.Settings;
import org.duban.settings.SettingsService;
import org.duban.web.i18n.Messages;

import java.io.Serializable;

/** The administrator's settings page: thresholds of the deadline watch, scan hour, mail. */
@Named
@ViewScoped
public class SettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SettingsService service;
    @Inject
    private Messages messages;
    @Inject
    private DeadlineScan scan;

    private int version;
    private int warningDays;
    private int ackReminderDays;
    private int overdueRepeatDays;
    private int escalationUrges;
    private int escalationDays;
    private int scanHour;
    private boolean mailEnabled;
    private boolean leadersDecideExtensions;

    public void load() {
        Settings settings = service.current();
        version = settings.getVersion();
        warningDays = settings.getWarningDays();
        ackReminderDays = settings.getAckReminderDays();
        overdueRepeatDays = settings.getOverdueRepeatDays();
        escalationUrges = settings.getEscalationUrges();
        escalationDays = settings.getEscalationDays();
        scanHour = settings.getScanHour();
        mailEnabled = settings.isMailEnabled();
        leadersDecideExtensions = settings.isLeadersDecideExtensions();
    }

    public void save() {
        service.change(version, warningDays, ackReminderDays, overdueRepeatDays, escalationUrges, escalationDays,
                scanHour, mailEnabled, leadersDecideExtensions);
        messages.info("page.settings.saved");
        load();
    }

    /** Runs the deadline watch now, as the hourly trigger would (it is idempotent: nothing is sent twice). */
    public void scanNow() {
        DeadlineScan.Result result = scan.scan();
        messages.info(result.restDay() ? "page.settings.scannedOnRestDay" : "page.settings.scanned", result.created(),
                result.escalated());
    }

    public int getWarningDays() { return warningDays; }
    public void setWarningDays(int warningDays) { this.warningDays = warningDays; }
    public int getAckReminderDays() { return ackReminderDays; }
    public void setAckReminderDays(int ackReminderDays) { this.ackReminderDays = ackReminderDays; }
    public int getOverdueRepeatDays() { return overdueRepeatDays; }
    public void setOverdueRepeatDays(int overdueRepeatDays) { this.overdueRepeatDays = overdueRepeatDays; }
    public int getEscalationUrges() { return escalationUrges; }
    public void setEscalationUrges(int escalationUrges) { this.escalationUrges = escalationUrges; }
    public int getEscalationDays() { return escalationDays; }
    public void setEscalationDays(int escalationDays) { this.escalationDays = escalationDays; }
    public int getScanHour() { return scanHour; }
    public void setScanHour(int scanHour) { this.scanHour = scanHour; }
    public boolean isMailEnabled() { return mailEnabled; }
    public void setMailEnabled(boolean mailEnabled) { this.mailEnabled = mailEnabled; }
    public boolean isLeadersDecideExtensions() { return leadersDecideExtensions; }
    public void setLeadersDecideExtensions(boolean value) { this.leadersDecideExtensions = value; }
}
