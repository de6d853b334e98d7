package org.duban.it.services;

import org.duban.it.support.*;

import jakarta.ejb.EJB;
import org.duban.calendar.Calendars;
import org.duban.calendar.DayKind;
import org.duban.deadline.DeadlineScan;
import org.duban.history.ItemEvent;
import org.duban.item.ItemAction;
import org.duban.item.ItemFilter;
import org.duban.item.ItemQueries;
import org.duban.item.ItemWorkflow;
import org.duban.item.Light;
import org.duban.item.Urging.UrgingRecord;
import org.duban.item.UrgingMethod;
import org.duban.notification.Notification;
import org.duban.notification.NotificationKind;
import org.duban.notification.Notifications;
import org.duban.organization.Account;
import org.duban.settings.SettingsService;
import org.duban.shared.DomainException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Future;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The deadline watch on Payara Micro with real Derby and a clock the test moves: lights by working days, reminders
 * and escalation at the right day, no duplicate however the scan is run, one catch-up after downtime.
 */
class DeadlineWatchIT extends InServerTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(Parallel.class, SettableClock.class)
                .addAsResource("cases/16-school-holiday.csv");
    }

    @EJB
    private ItemWorkflow workflow;
    @EJB
    private ItemQueries queries;
    @EJB
    private DeadlineScan scan;
    @EJB
    private Notifications notifications;
    @EJB
    private Calendars calendars;
    @EJB
    private SettingsService settings;
    @EJB
    private Parallel parallel;


    @AfterEach
    void realTimeAgain() {
        SettableClock.reset();
    }

    private static void at(int year, int month, int day) {
        SettableClock.set(ZonedDateTime.of(LocalDate.of(year, month, day), LocalTime.of(9, 0), BEIJING));
    }

    private List<Notification> noticesOf(Account account, long itemId, NotificationKind kind) {
        as(account);
        return notifications.mine(0, 1000).stream()
                .filter(n -> n.getItem().getId() == itemId && n.getKind() == kind).toList();
    }

    private Light lightOf(String title) {
        as(world.officeStaff);
        for (Light light : Light.values()) {
            if (queries.count(new ItemFilter(false, null, null, null, null, null, null, light, title)) == 1) {
                return light;
            }
        }
        return null;
    }

    @Test
    void remindersLightsAndEscalationFollowTheWorkingDays() throws Exception {
        // Monday 4 March 2030: drafted, approved and assigned, due Friday 15 March; Wednesday 13 March is a holiday
        at(2030, 3, 4);
        as(world.admin);
        calendars.mark(LocalDate.of(2030, 3, 13), DayKind.HOLIDAY, "测试假日");
        String title = "期限监控 " + world.id;
        as(world.officeStaff);
        long id = workflow.draft(world.draft(title, LocalDate.of(2030, 3, 15), List.of()), List.of());
        workflow.submitForApproval(id, null, null);
        as(world.leader);
        workflow.approve(id, null, null);
        as(world.officeStaff);
        workflow.assign(id, null, null);
        assertEquals(Light.GREEN, lightOf(title));
        as(world.director);
        assertEquals("error.notice.notOverdue",
                assertThrows(DomainException.class, () -> workflow.issueNotice(id, null, "过早")).getMessageKey());

        // receipt not acknowledged: reminded after two working days, not before, and only once
        at(2030, 3, 5);
        scan.scan();
        assertTrue(noticesOf(world.leadHead, id, NotificationKind.ACK_REMINDER).isEmpty(), "one working day: no reminder");
        at(2030, 3, 6);
        scan.scan();
        scan.scan();
        assertEquals(1, noticesOf(world.leadHead, id, NotificationKind.ACK_REMINDER).size());
        assertTrue(noticesOf(world.coHead, id, NotificationKind.ACK_REMINDER).isEmpty(), "the lead unit is reminded");
        as(world.leadHead);
        assertTrue(notifications.unreadCount() >= 1);
        workflow.acknowledge(id, null);

        // Monday 11 March: due within three working days only because Wednesday is a holiday
        at(2030, 3, 11);
        assertEquals(Light.YELLOW, lightOf(title));
        scan.scan();
        List<Notification> dueSoon = noticesOf(world.leadHead, id, NotificationKind.DUE_SOON);
        assertEquals(1, dueSoon.size());
        assertEquals(LocalDate.of(2030, 3, 15), dueSoon.get(0).getActBy());

        // Friday 15 March is the deadline itself: not yet overdue
        at(2030, 3, 15);
        scan.scan();
        assertEquals(Light.YELLOW, lightOf(title));
        assertTrue(noticesOf(world.leadHead, id, NotificationKind.OVERDUE).isEmpty());

        // Monday 18: overdue; Tuesday 19: not repeated (every two working days); Wednesday 20: repeated
        at(2030, 3, 18);
        scan.scan();
        assertEquals(Light.RED, lightOf(title));
        assertEquals(1, noticesOf(world.leadHead, id, NotificationKind.OVERDUE).size());
        at(2030, 3, 19);
        scan.scan();
        assertEquals(1, noticesOf(world.leadHead, id, NotificationKind.OVERDUE).size());

        // two urgings while overdue: escalated to the leader in charge, once, even by two scans at the same moment
        as(world.officeStaff);
        workflow.urge(id, new UrgingRecord(UrgingMethod.PHONE, LocalDate.of(2030, 3, 19), null, "电话催办", null), List.of());
        workflow.urge(id, new UrgingRecord(UrgingMethod.LETTER, LocalDate.of(2030, 3, 19), null, "发函催办", null), List.of());
        at(2030, 3, 20);
        as(world.officeStaff);
        Parallel.Gate gate = parallel.gate(2);
        Future<DeadlineScan.Result> first = parallel.scan(gate.id());
        Future<DeadlineScan.Result> second = parallel.scan(gate.id());
        first.get();
        second.get();
        assertEquals(2, noticesOf(world.leadHead, id, NotificationKind.OVERDUE).size(), "repeated on the third day, once");
        assertEquals(1, noticesOf(world.leader, id, NotificationKind.ESCALATED).size());
        as(world.officeStaff);
        List<ItemEvent> escalations = queries.detail(id).getEvents().stream()
                .filter(e -> e.getAction() == ItemAction.ESCALATE).toList();
        assertEquals(1, escalations.size());
        assertEquals(DeadlineScan.SYSTEM, escalations.get(0).getActor().getUsername());
        as(world.leader);
        assertTrue(queries.concerningMe(0, 1000, ItemQueries.SortBy.DUE, true).stream().anyMatch(i -> i.getId() == id));

        // the director may now issue a notice of criticism; office staff may not
        as(world.officeStaff);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> workflow.issueNotice(id, null, "通报"));
        as(world.director);
        workflow.issueNotice(id, null, "关于逾期未办结的通报");
        as(world.officeStaff);
        assertEquals(1, queries.detail(id).getEvents().stream().filter(e -> e.getAction() == ItemAction.ISSUE_NOTICE).count());

        // the server was down from Thursday 21 to Sunday 24: Monday's scan catches up with one reminder, not four
        at(2030, 3, 25);
        scan.scan();
        scan.scan();
        assertEquals(3, noticesOf(world.leadHead, id, NotificationKind.OVERDUE).size());
        assertEquals(1, noticesOf(world.leader, id, NotificationKind.ESCALATED).size());
    }

    /**
     * The case file 16-school-holiday.csv: the administrator marks Monday 30 November 2026 as a rest day (校庆日).
     * The watch then sends no routine reminder and escalates nothing that day; on Tuesday it catches up, each once.
     */
    @Test
    void onARestDayTheWatchWaitsAndTheNextWorkingDayCatchesUpOnce() throws Exception {
        LocalDate schoolDay = LocalDate.of(2026, 11, 30);
        at(2026, 11, 24);
        String title = "校庆日 " + world.id;
        as(world.officeStaff);
        long id = workflow.draft(world.draft(title, LocalDate.of(2026, 11, 25), List.of()), List.of());
        workflow.submitForApproval(id, null, null);
        as(world.leader);
        workflow.approve(id, null, null);
        as(world.officeStaff);
        workflow.assign(id, null, null);
        at(2026, 11, 26);
        as(world.officeStaff);
        workflow.urge(id, new UrgingRecord(UrgingMethod.PHONE, LocalDate.of(2026, 11, 26), null, "电话催办", null), List.of());
        workflow.urge(id, new UrgingRecord(UrgingMethod.LETTER, LocalDate.of(2026, 11, 26), null, "发函催办", null), List.of());

        at(2026, 11, 30);
        as(world.admin);
        byte[] file;
        try (java.io.InputStream in = getClass().getResourceAsStream("/cases/16-school-holiday.csv")) {
            file = in.readAllBytes();
        }
        assertEquals(1, calendars.importFile(file));
        try {
            assertFalse(calendars.current().isWorkingDay(schoolDay));
            scan.scan();
            scan.scan();
            assertTrue(noticesOf(world.leadHead, id, NotificationKind.ACK_REMINDER).isEmpty(), "no reminder on the rest day");
            assertTrue(noticesOf(world.leadHead, id, NotificationKind.OVERDUE).isEmpty(), "no overdue notice on the rest day");
            assertTrue(noticesOf(world.leader, id, NotificationKind.ESCALATED).isEmpty(), "no escalation on the rest day");
            as(world.officeStaff);
            assertFalse(queries.detail(id).isEscalated());

            at(2026, 12, 1);
            scan.scan();
            scan.scan();
            assertEquals(1, noticesOf(world.leadHead, id, NotificationKind.ACK_REMINDER).size());
            List<Notification> overdue = noticesOf(world.leadHead, id, NotificationKind.OVERDUE);
            assertEquals(1, overdue.size());
            assertEquals(LocalDate.of(2026, 12, 1), overdue.get(0).getActBy());
            assertEquals(1, noticesOf(world.leader, id, NotificationKind.ESCALATED).size());
            as(world.officeStaff);
            assertEquals(1, queries.detail(id).getEvents().stream().filter(e -> e.getAction() == ItemAction.ESCALATE).count());
        } finally {
            as(world.admin);
            calendars.unmark(schoolDay);
        }
    }

    @Test
    void milestonesAndPeriodicProgressReportsAreWatchedToo() {
        // Monday 3 June 2030: a weekly-reporting item with a milestone due Friday 7 June
        at(2030, 6, 3);
        String title = "节点与周报 " + world.id;
        as(world.officeStaff);
        org.duban.item.DraftInput input = world.draft(title, LocalDate.of(2030, 6, 28),
                List.of(new org.duban.item.ItemDraft.MilestonePlan("完成调研", LocalDate.of(2030, 6, 7))));
        long id = workflow.draft(input, List.of());
        workflow.submitForApproval(id, null, null);
        as(world.leader);
        workflow.approve(id, null, null);
        as(world.officeStaff);
        workflow.assign(id, null, null);
        as(world.leadHead);
        workflow.acknowledge(id, null);

        at(2030, 6, 5);
        scan.scan();
        assertEquals(1, noticesOf(world.leadHead, id, NotificationKind.MILESTONE_DUE_SOON).size());
        assertTrue(noticesOf(world.leadHead, id, NotificationKind.PROGRESS_REPORT_DUE).isEmpty(), "a week has not passed");

        // Monday 10 June: the milestone is overdue, and the weekly report (acknowledged on the 3rd) is due
        at(2030, 6, 10);
        scan.scan();
        scan.scan();
        assertEquals(1, noticesOf(world.leadHead, id, NotificationKind.MILESTONE_OVERDUE).size());
        List<Notification> report = noticesOf(world.leadHead, id, NotificationKind.PROGRESS_REPORT_DUE);
        assertEquals(1, report.size());
        assertEquals(LocalDate.of(2030, 6, 10), report.get(0).getActBy());

        // a progress report resets the weekly clock
        as(world.leadStaff);
        workflow.reportProgress(id, "调研完成一半", List.of());
        at(2030, 6, 12);
        scan.scan();
        assertEquals(1, noticesOf(world.leadHead, id, NotificationKind.PROGRESS_REPORT_DUE).size());
    }

    @Test
    void aBadCalendarFileIsRefusedWholeAndBadSettingsChangeNothing() {
        int year = 2200 + new java.util.Random().nextInt(7000); // a year of this test's own
        as(world.admin);
        DomainException refused = assertThrows(DomainException.class, () -> calendars.importFile(
                ("date,kind,name\n" + year + "-05-01,休,劳动节\n" + year + "-05-0x,休,错误\n").getBytes(UTF_8)));
        assertEquals("error.calendar.import.date", refused.getMessageKey());
        assertEquals(3, refused.getArguments().get(0), "the line number");
        assertTrue(calendars.daysOf(year).isEmpty(), "nothing half-imported");
        LocalDate sunday = LocalDate.of(year, 5, 1).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY));
        assertEquals(2, calendars.importFile((year + "-05-01,休,劳动节\n" + sunday + ",班,调休\n").getBytes(UTF_8)));
        assertEquals(2, calendars.daysOf(year).size());
        assertFalse(calendars.current().isWorkingDay(LocalDate.of(year, 5, 1)));
        assertTrue(calendars.current().isWorkingDay(sunday), "a Sunday worked");

        int version = settings.current().getVersion();
        int warning = settings.current().getWarningDays();
        DomainException range = assertThrows(DomainException.class,
                () -> settings.change(version, 0, 2, 2, 2, 5, 8, true, false));
        assertEquals("error.settings.warningDays", range.getMessageKey());
        assertEquals(warning, settings.current().getWarningDays());
        as(world.officeStaff);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> calendars.importFile((year + "-06-01,休,x\n").getBytes(UTF_8)));
    }
}
