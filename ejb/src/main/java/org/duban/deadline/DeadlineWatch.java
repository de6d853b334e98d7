package org.duban.deadline;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.duban.notification.MailDigest;
import org.duban.settings.SettingsService;

import java.time.Clock;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The trigger of the deadline watch: every hour, and once shortly after start-up to catch up whatever was missed while
 * the server was down. Reminders start at the daily hour set by the administrator (default 08:00). Timers are
 * non-persistent on purpose: the scan itself knows from the database what is due and what was already sent.
 * <p>
 * With {@code -Dduban.deadlineWatch=manual} the timers do nothing and the scan runs only when the administrator starts
 * it (系统设置, 立即检查). The test servers run so: their tests move a shared clock years ahead, and a timed scan over
 * every earlier test's items would then hold locks the running test waits for.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());
    private static final long CATCH_UP_DELAY_MS = 20_000;
    /** The system property that, set to {@code manual}, leaves the scan to the administrator's button. */
    public static final String SWITCH = "duban.deadlineWatch";

    @Resource
    private TimerService timers;

    @EJB
    private DeadlineScan scan;

    @EJB
    private SettingsService settings;

    @EJB
    private MailDigest mail;

    @Inject
    private Clock clock;

    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(CATCH_UP_DELAY_MS, new TimerConfig("catch-up", false));
    }

    @Timeout
    void catchUp() {
        runIfTime();
    }

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        runIfTime();
    }

    private void runIfTime() {
        if ("manual".equals(System.getProperty(SWITCH))) {
            return;
        }
        if (LocalTime.now(clock).getHour() < settings.current().getScanHour()) {
            return;
        }
        try {
            DeadlineScan.Result result = scan.scan();
            int digests = settings.current().isMailEnabled() ? mail.sendToday() : 0;
            LOG.info(() -> "Deadline scan: " + result.created() + " notices, " + result.escalated() + " escalations, "
                    + digests + " digests");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline scan failed; the next run will catch up", e);
        }
    }
}
