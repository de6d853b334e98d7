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
import org.duban.item.ReportingCycle;
import org.duban.item.SupervisionItem;
import org.duban.notification.NotificationKind;
import org.duban.notification.Notifications;
import org.duban.organization.Role;
import org.duban.settings.Settings;
import org.duban.settings.SettingsService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
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
        run.createMissing();
        return new Result(run.created, run.escalated);
    }

    // The queries read only the columns they need (no entities): a scan over 10^5 open items stays cheap.

    private void acknowledgementReminders(Run run) {
        LocalDate assignedBy = run.calendar.minusWorkingDays(run.today, run.settings.getAckReminderDays());
        Instant cutoff = assignedBy.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<Object[]> rows = em.createQuery("select i.id, i.assignmentNotice.issuedAt, lu.id, h.id"
                        + " from SupervisionItem i left join i.leadUnit lu left join i.handler h"
                        + " where i.state = :assigned and i.assignmentNotice.issuedAt < :cutoff", Object[].class)
                .setParameter("assigned", ItemState.ASSIGNED).setParameter("cutoff", cutoff).getResultList();
        for (Object[] row : rows) {
            LocalDate issued = LocalDate.ofInstant((Instant) row[1], clock.getZone());
            LocalDate ackDeadline = run.calendar.plusWorkingDays(issued, run.settings.getAckReminderDays());
            run.toUnit((Long) row[0], (Long) row[2], (Long) row[3], NotificationKind.ACK_REMINDER, ackDeadline, run.today);
        }
    }

    private void dueSoonAndOverdue(Run run) {
        List<Object[]> rows = em.createQuery("select i.id, i.deadline.due, lu.id, h.id, i.escalatedAt"
                        + " from SupervisionItem i left join i.leadUnit lu left join i.handler h"
                        + " where i.state in :underWay and i.deadline.due <= :yellowUntil", Object[].class)
                .setParameter("underWay", UNDER_WAY).setParameter("yellowUntil", run.yellowUntil).getResultList();
        Map<Long, Long> urges = rows.isEmpty() ? Map.of() : urgeCounts();
        for (Object[] row : rows) {
            long itemId = (Long) row[0];
            LocalDate due = (LocalDate) row[1];
            if (due.isAfter(run.redUntil)) {
                run.toUnit(itemId, (Long) row[2], (Long) row[3], NotificationKind.DUE_SOON, due,
                        run.calendar.effectiveDue(due));
                continue;
            }
            int overdueDays = run.calendar.workingDaysBetween(run.calendar.effectiveDue(due), run.today);
            run.toUnit(itemId, (Long) row[2], (Long) row[3], NotificationKind.OVERDUE, run.repeatSlot(due, overdueDays),
                    run.today);
            boolean beyondThresholds = urges.getOrDefault(itemId, 0L) >= run.settings.getEscalationUrges()
                    || overdueDays >= run.settings.getEscalationDays();
            if (row[4] == null && beyondThresholds) {
                try {
                    if (self.escalate(itemId, overdueDays)) {
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
        List<Object[]> rows = em.createQuery("select i.id, i.escalatedAt, l.id from SupervisionItem i"
                        + " join i.leaderInCharge l where i.state in :underWay and i.escalatedAt is not null", Object[].class)
                .setParameter("underWay", UNDER_WAY).getResultList();
        for (Object[] row : rows) {
            LocalDate day = LocalDate.ofInstant((Instant) row[1], clock.getZone());
            run.candidate((Long) row[2], (Long) row[0], NotificationKind.ESCALATED, day, run.today);
        }
    }

    private void milestones(Run run) {
        List<Object[]> rows = em.createQuery("select i.id, m.due, lu.id, h.id from Milestone m join m.item i"
                        + " left join i.leadUnit lu left join i.handler h"
                        + " where m.completedOn is null and i.state in :underWay and m.due <= :yellowUntil", Object[].class)
                .setParameter("underWay", UNDER_WAY).setParameter("yellowUntil", run.yellowUntil).getResultList();
        for (Object[] row : rows) {
            LocalDate due = (LocalDate) row[1];
            if (due.isAfter(run.redUntil)) {
                run.toUnit((Long) row[0], (Long) row[2], (Long) row[3], NotificationKind.MILESTONE_DUE_SOON, due,
                        run.calendar.effectiveDue(due));
            } else {
                int overdueDays = run.calendar.workingDaysBetween(run.calendar.effectiveDue(due), run.today);
                run.toUnit((Long) row[0], (Long) row[2], (Long) row[3], NotificationKind.MILESTONE_OVERDUE,
                        run.repeatSlot(due, overdueDays), run.today);
            }
        }
    }

    private void progressReports(Run run) {
        List<Object[]> rows = em.createQuery("select i.id, max(e.recordedAt), i.reportingCycle, lu.id, h.id"
                        + " from ItemEvent e join e.item i left join i.leadUnit lu left join i.handler h"
                        + " where i.state = :inProgress and i.reportingCycle <> :none and e.action in :reporting"
                        + " group by i.id, i.reportingCycle, lu.id, h.id", Object[].class)
                .setParameter("inProgress", ItemState.IN_PROGRESS).setParameter("none", ReportingCycle.NONE)
                .setParameter("reporting", EnumSet.of(ItemAction.ACKNOWLEDGE, ItemAction.REPORT_PROGRESS))
                .getResultList();
        for (Object[] row : rows) {
            LocalDate last = LocalDate.ofInstant((Instant) row[1], clock.getZone());
            LocalDate next = switch ((ReportingCycle) row[2]) {
                case WEEKLY -> last.plusWeeks(1);
                case MONTHLY -> last.plusMonths(1);
                case QUARTERLY -> last.plusMonths(3);
                case NONE -> null;
            };
            if (next != null && !run.today.isBefore(next)) {
                run.toUnit((Long) row[0], (Long) row[3], (Long) row[4], NotificationKind.PROGRESS_REPORT_DUE, next,
                        run.calendar.effectiveDue(next));
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

    /** A notice the scan found due: who, about what, its key day and by when to act. */
    private record Candidate(long recipientId, long itemId, NotificationKind kind, LocalDate keyDay, LocalDate actBy) {
        String key() {
            return itemId + "|" + keyDay + "|" + recipientId;
        }
    }

    /** One run's view of the day: what is due, and what of it is not yet notified. */
    private final class Run {
        final WorkingCalendar calendar;
        final Settings settings;
        final LocalDate today;
        final LocalDate redUntil;
        final LocalDate yellowUntil;
        final Map<Long, List<Long>> headsByUnit;
        final List<Candidate> candidates = new ArrayList<>();
        int created;
        int escalated;

        Run(WorkingCalendar calendar, Settings settings, LocalDate today) {
            this.calendar = calendar;
            this.settings = settings;
            this.today = today;
            this.redUntil = calendar.lastOverdueDeadline(today);
            this.yellowUntil = calendar.plusWorkingDays(today, settings.getWarningDays());
            this.headsByUnit = new HashMap<>();
            em.createQuery("select a.unit.id, a.id from Account a join a.roles r where r = :head and a.active = true",
                            Object[].class).setParameter("head", Role.UNIT_HEAD).getResultList()
                    .forEach(row -> headsByUnit.computeIfAbsent((Long) row[0], unit -> new ArrayList<>()).add((Long) row[1]));
        }

        /** Overdue reminders repeat every M working days: the key day is the start of the current period. */
        LocalDate repeatSlot(LocalDate due, int overdueDays) {
            int period = settings.getOverdueRepeatDays();
            int slot = (Math.max(overdueDays, 1) - 1) / period;
            return calendar.plusWorkingDays(calendar.effectiveDue(due), 1 + slot * period);
        }

        /** The lead unit's heads, and the person handling the item. */
        void toUnit(long itemId, Long leadUnitId, Long handlerId, NotificationKind kind, LocalDate keyDay, LocalDate actBy) {
            Set<Long> recipients = new LinkedHashSet<>(headsByUnit.getOrDefault(leadUnitId, List.of()));
            if (handlerId != null) {
                recipients.add(handlerId);
            }
            recipients.forEach(recipient -> candidate(recipient, itemId, kind, keyDay, actBy));
        }

        void candidate(long recipientId, long itemId, NotificationKind kind, LocalDate keyDay, LocalDate actBy) {
            candidates.add(new Candidate(recipientId, itemId, kind, keyDay, actBy));
        }

        /**
         * Reads, per kind, the keys already notified since the earliest candidate's key day, and creates only the
         * others, each once ({@link Notifications#createOnce} settles races with other scans).
         */
        void createMissing() {
            Map<NotificationKind, List<Candidate>> byKind = new EnumMap<>(NotificationKind.class);
            candidates.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
            for (Map.Entry<NotificationKind, List<Candidate>> entry : byKind.entrySet()) {
                LocalDate since = entry.getValue().stream().map(Candidate::keyDay).min(LocalDate::compareTo).orElseThrow();
                Set<String> existing = new HashSet<>();
                em.createQuery("select n.item.id, n.keyDay, n.recipient.id from Notification n"
                                + " where n.kind = :kind and n.keyDay >= :since", Object[].class)
                        .setParameter("kind", entry.getKey()).setParameter("since", since).getResultList()
                        .forEach(row -> existing.add(row[0] + "|" + row[1] + "|" + row[2]));
                for (Candidate candidate : entry.getValue()) {
                    if (existing.add(candidate.key())) {
                        create(candidate);
                    }
                }
            }
        }

        private void create(Candidate c) {
            try {
                if (notifications.createOnce(c.recipientId(), c.itemId(), c.kind(), c.keyDay(), c.actBy())) {
                    created++;
                }
            } catch (EJBException sameNoticeCreatedByAnotherScan) {
                // the unique key held: the notice exists once
            }
        }
    }
}
