package org.duban.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.duban.calendar.Calendars;
import org.duban.calendar.WorkingCalendar;
import org.duban.history.Act;
import org.duban.history.Actor;
import org.duban.item.ItemAction;
import org.duban.item.ItemState;
import org.duban.item.Milestone;
import org.duban.item.ReportingCycle;
import org.duban.item.SupervisionItem;
import org.duban.notification.NotificationKind;
import org.duban.notification.Notifications;
import org.duban.organization.Account;
import org.duban.organization.Role;
import org.duban.settings.Settings;
import org.duban.settings.SettingsService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, with one query per kind, what is due today, and creates each notice once (see
 * {@link Notifications#createOnce}); escalates items overdue beyond the thresholds. Idempotent: the database, not the
 * timer, is the truth, so it may run twice, concurrently, on several servers or late after downtime.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineScan {

    public static final String SYSTEM = "system";

    /** The unit's turn: once it has submitted its report, the office's review is not the unit's delay. */
    private static final Set<ItemState> UNDER_WAY = EnumSet.of(ItemState.ASSIGNED, ItemState.IN_PROGRESS);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Calendars calendars;

    @EJB
    private SettingsService settingsService;

    @EJB
    private Notifications notifications;

    @EJB
    private DeadlineScan self;

    /** What one run did. */
    public record Result(int created, int escalated) {
    }

    public Result scan() {
        Run run = new Run(calendars.current(), settingsService.current(), LocalDate.now(clock));
        acknowledgementReminders(run);
        dueSoonAndOverdue(run);
        milestones(run);
        progressReports(run);
        escalationNotices(run);
        return new Result(run.created, run.escalated);
    }

    private void acknowledgementReminders(Run run) {
        LocalDate assignedBy = run.calendar.minusWorkingDays(run.today, run.settings.getAckReminderDays());
        Instant cutoff = assignedBy.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<SupervisionItem> items = em.createQuery("select i from SupervisionItem i where i.state = :assigned"
                        + " and i.assignmentNotice.issuedAt < :cutoff", SupervisionItem.class)
                .setParameter("assigned", ItemState.ASSIGNED).setParameter("cutoff", cutoff).getResultList();
        for (SupervisionItem item : items) {
            LocalDate issued = LocalDate.ofInstant(item.getAssignmentNotice().getIssuedAt(), clock.getZone());
            LocalDate ackDeadline = run.calendar.plusWorkingDays(issued, run.settings.getAckReminderDays());
            run.notifyUnit(item, NotificationKind.ACK_REMINDER, ackDeadline, run.today);
        }
    }

    private void dueSoonAndOverdue(Run run) {
        List<SupervisionItem> items = em.createQuery("select i from SupervisionItem i where i.state in :underWay"
                        + " and i.deadline.due <= :yellowUntil", SupervisionItem.class)
                .setParameter("underWay", UNDER_WAY).setParameter("yellowUntil", run.yellowUntil).getResultList();
        Map<Long, Long> urges = urgeCounts();
        for (SupervisionItem item : items) {
            LocalDate due = item.getDeadline().getDue();
            if (due.isAfter(run.redUntil)) {
                run.notifyUnit(item, NotificationKind.DUE_SOON, due, run.calendar.effectiveDue(due));
                continue;
            }
            int overdueDays = run.calendar.workingDaysBetween(run.calendar.effectiveDue(due), run.today);
            run.notifyUnit(item, NotificationKind.OVERDUE, run.repeatSlot(due, overdueDays), run.today);
            boolean beyondThresholds = urges.getOrDefault(item.getId(), 0L) >= run.settings.getEscalationUrges()
                    || overdueDays >= run.settings.getEscalationDays();
            if (!item.isEscalated() && beyondThresholds) {
                try {
                    if (self.escalate(item.getId(), overdueDays)) {
                        run.escalated++;
                    }
                } catch (EJBException | OptimisticLockException raceLostToAnotherScan) {
                    // another scan escalated it at the same moment: once is what we want
                }
            }
        }
    }

    /** Escalates in a transaction of its own; false when it was escalated meanwhile. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean escalate(long itemId, int overdueDays) {
        SupervisionItem item = em.find(SupervisionItem.class, itemId);
        if (item.isEscalated() || !item.allows(ItemAction.ESCALATE)) {
            return false;
        }
        item.escalate(String.valueOf(overdueDays), new Act(new Actor(SYSTEM, null), clock.instant(), clock.getZone()));
        em.flush();
        return true;
    }

    private void escalationNotices(Run run) {
        List<SupervisionItem> items = em.createQuery("select i from SupervisionItem i where i.state in :underWay"
                        + " and i.escalatedAt is not null and i.leaderInCharge is not null", SupervisionItem.class)
                .setParameter("underWay", UNDER_WAY).getResultList();
        for (SupervisionItem item : items) {
            LocalDate day = LocalDate.ofInstant(item.getEscalatedAt(), clock.getZone());
            run.notify(item.getLeaderInCharge(), item, NotificationKind.ESCALATED, day, run.today);
        }
    }

    private void milestones(Run run) {
        List<Milestone> milestones = em.createQuery("select m from Milestone m where m.completedOn is null"
                        + " and m.item.state in :underWay and m.due <= :yellowUntil", Milestone.class)
                .setParameter("underWay", UNDER_WAY).setParameter("yellowUntil", run.yellowUntil).getResultList();
        for (Milestone milestone : milestones) {
            LocalDate due = milestone.getDue();
            if (due.isAfter(run.redUntil)) {
                run.notifyUnit(milestone.getItem(), NotificationKind.MILESTONE_DUE_SOON, due, run.calendar.effectiveDue(due));
            } else {
                int overdueDays = run.calendar.workingDaysBetween(run.calendar.effectiveDue(due), run.today);
                run.notifyUnit(milestone.getItem(), NotificationKind.MILESTONE_OVERDUE, run.repeatSlot(due, overdueDays),
                        run.today);
            }
        }
    }

    private void progressReports(Run run) {
        List<Object[]> rows = em.createQuery("select e.item.id, max(e.recordedAt) from ItemEvent e"
                        + " where e.item.state = :inProgress and e.item.reportingCycle <> :none"
                        + " and e.action in :reporting group by e.item.id", Object[].class)
                .setParameter("inProgress", ItemState.IN_PROGRESS).setParameter("none", ReportingCycle.NONE)
                .setParameter("reporting", EnumSet.of(ItemAction.ACKNOWLEDGE, ItemAction.REPORT_PROGRESS))
                .getResultList();
        for (Object[] row : rows) {
            SupervisionItem item = em.find(SupervisionItem.class, row[0]);
            LocalDate last = LocalDate.ofInstant((Instant) row[1], clock.getZone());
            LocalDate next = switch (item.getReportingCycle()) {
                case WEEKLY -> last.plusWeeks(1);
                case MONTHLY -> last.plusMonths(1);
                case QUARTERLY -> last.plusMonths(3);
                case NONE -> null;
            };
            if (next != null && !run.today.isBefore(next)) {
                run.notifyUnit(item, NotificationKind.PROGRESS_REPORT_DUE, next, run.calendar.effectiveDue(next));
            }
        }
    }

    private Map<Long, Long> urgeCounts() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select u.item.id, count(u) from Urging u where u.item.state in :underWay group by u.item.id",
                        Object[].class).setParameter("underWay", UNDER_WAY).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** One run's view of the day, and whom it notified. */
    private final class Run {
        final WorkingCalendar calendar;
        final Settings settings;
        final LocalDate today;
        final LocalDate redUntil;
        final LocalDate yellowUntil;
        final Map<Long, List<Account>> headsByUnit = new HashMap<>();
        int created;
        int escalated;

        Run(WorkingCalendar calendar, Settings settings, LocalDate today) {
            this.calendar = calendar;
            this.settings = settings;
            this.today = today;
            this.redUntil = calendar.lastOverdueDeadline(today);
            this.yellowUntil = calendar.plusWorkingDays(today, settings.getWarningDays());
        }

        /** Overdue reminders repeat every M working days: the key day is the start of the current period. */
        LocalDate repeatSlot(LocalDate due, int overdueDays) {
            int period = settings.getOverdueRepeatDays();
            int slot = (Math.max(overdueDays, 1) - 1) / period;
            return calendar.plusWorkingDays(calendar.effectiveDue(due), 1 + slot * period);
        }

        /** The lead unit's heads, and the person handling the item. */
        void notifyUnit(SupervisionItem item, NotificationKind kind, LocalDate keyDay, LocalDate actBy) {
            Set<Account> recipients = new LinkedHashSet<>(heads(item));
            if (item.getHandler() != null) {
                recipients.add(item.getHandler());
            }
            recipients.forEach(account -> notify(account, item, kind, keyDay, actBy));
        }

        void notify(Account recipient, SupervisionItem item, NotificationKind kind, LocalDate keyDay, LocalDate actBy) {
            try {
                if (notifications.createOnce(recipient.getId(), item.getId(), kind, keyDay, actBy)) {
                    created++;
                }
            } catch (EJBException sameNoticeCreatedByAnotherScan) {
                // the unique key held: the notice exists once
            }
        }

        private List<Account> heads(SupervisionItem item) {
            if (item.getLeadUnit() == null) {
                return List.of();
            }
            return headsByUnit.computeIfAbsent(item.getLeadUnit().getId(), unitId -> em.createQuery(
                            "select distinct a from Account a join a.roles r where a.unit.id = :unit and r = :head"
                                    + " and a.active = true", Account.class)
                    .setParameter("unit", unitId).setParameter("head", Role.UNIT_HEAD).getResultList());
        }
    }
}
