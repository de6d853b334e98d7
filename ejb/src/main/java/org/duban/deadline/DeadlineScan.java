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
 * Finds, with one query per kind, what is due today and creates each notice once: deadlines set-based in the database
 * ({@link Notices}), the few others one by one ({@link Notifications#createOnce}); escalates items overdue beyond the
 * thresholds. Idempotent: the database, not the timer, is the truth, so it may run twice, concurrently, on several
 * servers or late after downtime.
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

    @EJB
    private Notices notices;

    /** What one run did, and how long each stage took (for the benchmark's report). */
    public record Result(int created, int escalated, String stageMillis) {
    }

    public Result scan() {
        StringBuilder stages = new StringBuilder();
        long t = System.nanoTime();
        Run run = new Run(calendars.current(), settingsService.current(), LocalDate.now(clock));
        t = stage(stages, "setup", t);
        acknowledgementReminders(run);
        t = stage(stages, "acknowledgement", t);
        dueSoonAndOverdue(run);
        t = stage(stages, "deadlines", t);
        escalate(run);
        t = stage(stages, "escalation", t);
        milestones(run);
        t = stage(stages, "milestones", t);
        progressReports(run);
        t = stage(stages, "progress", t);
        escalationNotices(run);
        run.createMissing();
        stage(stages, "notices", t);
        return new Result(run.created, run.escalated, stages.toString());
    }

    private static long stage(StringBuilder stages, String name, long since) {
        long now = System.nanoTime();
        stages.append(stages.isEmpty() ? "" : ", ").append(name).append(' ').append((now - since) / 1_000_000).append(" ms");
        return now;
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

    /**
     * Deadlines, set-based: the key day of a notice depends only on the due date, so it is worked out once per
     * distinct due date, and the database inserts what is not there yet (see {@link Notices#insertMissing}).
     */
    private void dueSoonAndOverdue(Run run) {
        List<LocalDate> dues = em.createQuery("select distinct i.deadline.due from SupervisionItem i"
                        + " where i.state in :underWay and i.deadline.due <= :yellowUntil", LocalDate.class)
                .setParameter("underWay", UNDER_WAY).setParameter("yellowUntil", run.yellowUntil).getResultList();
        for (LocalDate due : dues) {
            if (due.isAfter(run.redUntil)) {
                run.created += notices.insertMissing(NotificationKind.DUE_SOON, due, due, run.calendar.effectiveDue(due));
            } else {
                int overdueDays = run.calendar.workingDaysBetween(run.calendar.effectiveDue(due), run.today);
                run.created += notices.insertMissing(NotificationKind.OVERDUE, due, run.repeatSlot(due, overdueDays),
                        run.today);
            }
        }
    }

    /** Overdue items beyond the thresholds (D working days, or K urgings) and not yet escalated: usually none. */
    private void escalate(Run run) {
        LocalDate overdueLongEnough = run.calendar.minusWorkingDays(run.today, run.settings.getEscalationDays());
        List<Object[]> rows = em.createQuery("select i.id, i.deadline.due from SupervisionItem i"
                        + " where i.state in :underWay and i.escalatedAt is null and i.deadline.due <= :redUntil"
                        + " and (i.deadline.due <= :longEnough"
                        + " or (select count(u) from Urging u where u.item = i) >= :urges)", Object[].class)
                .setParameter("underWay", UNDER_WAY).setParameter("redUntil", run.redUntil)
                .setParameter("longEnough", overdueLongEnough)
                .setParameter("urges", (long) run.settings.getEscalationUrges()).getResultList();
        for (Object[] row : rows) {
            LocalDate due = (LocalDate) row[1];
            int overdueDays = run.calendar.workingDaysBetween(run.calendar.effectiveDue(due), run.today);
            try {
                if (self.escalate((Long) row[0], overdueDays)) {
                    run.escalated++;
                }
            } catch (EJBException | OptimisticLockException raceLostToAnotherScan) {
                // another scan escalated it at the same moment: once is what we want
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
        // open milestones first (an index on due date), then their items: no join over every open item
        List<Object[]> due = em.createQuery("select m.item.id, m.due from Milestone m where m.completedOn is null"
                + " and m.due <= :yellowUntil", Object[].class).setParameter("yellowUntil", run.yellowUntil).getResultList();
        Map<Long, Object[]> items = openItems(due.stream().map(row -> (Long) row[0]).toList(), UNDER_WAY);
        for (Object[] row : due) {
            Object[] item = items.get((Long) row[0]);
            if (item == null) {
                continue;
            }
            LocalDate dueDay = (LocalDate) row[1];
            if (dueDay.isAfter(run.redUntil)) {
                run.toUnit((Long) row[0], (Long) item[1], (Long) item[2], NotificationKind.MILESTONE_DUE_SOON, dueDay,
                        run.calendar.effectiveDue(dueDay));
            } else {
                int overdueDays = run.calendar.workingDaysBetween(run.calendar.effectiveDue(dueDay), run.today);
                run.toUnit((Long) row[0], (Long) item[1], (Long) item[2], NotificationKind.MILESTONE_OVERDUE,
                        run.repeatSlot(dueDay, overdueDays), run.today);
            }
        }
    }

    private void progressReports(Run run) {
        // items that report periodically first (an index on the cycle), then their last report
        List<Object[]> reporting = em.createQuery("select i.id, i.reportingCycle, lu.id, h.id from SupervisionItem i"
                        + " left join i.leadUnit lu left join i.handler h"
                        + " where i.reportingCycle in :cycles and i.state = :inProgress", Object[].class)
                .setParameter("cycles", EnumSet.of(ReportingCycle.WEEKLY, ReportingCycle.MONTHLY, ReportingCycle.QUARTERLY))
                .setParameter("inProgress", ItemState.IN_PROGRESS).getResultList();
        if (reporting.isEmpty()) {
            return;
        }
        Map<Long, Instant> lastReport = new HashMap<>();
        for (List<Long> ids : chunks(reporting.stream().map(row -> (Long) row[0]).toList())) {
            em.createQuery("select e.item.id, max(e.recordedAt) from ItemEvent e where e.action in :reporting"
                            + " and e.item.id in :ids group by e.item.id", Object[].class)
                    .setParameter("reporting", EnumSet.of(ItemAction.ACKNOWLEDGE, ItemAction.REPORT_PROGRESS))
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> lastReport.put((Long) row[0], (Instant) row[1]));
        }
        for (Object[] row : reporting) {
            Instant last = lastReport.get((Long) row[0]);
            if (last == null) {
                continue;
            }
            LocalDate lastDay = LocalDate.ofInstant(last, clock.getZone());
            LocalDate next = switch ((ReportingCycle) row[1]) {
                case WEEKLY -> lastDay.plusWeeks(1);
                case MONTHLY -> lastDay.plusMonths(1);
                case QUARTERLY -> lastDay.plusMonths(3);
                case NONE -> null;
            };
            if (next != null && !run.today.isBefore(next)) {
                run.toUnit((Long) row[0], (Long) row[2], (Long) row[3], NotificationKind.PROGRESS_REPORT_DUE, next,
                        run.calendar.effectiveDue(next));
            }
        }
    }

    /** Id → {id, lead unit id, handler id} of the given items still in the given states. */
    private Map<Long, Object[]> openItems(List<Long> ids, Set<ItemState> states) {
        Map<Long, Object[]> items = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            em.createQuery("select i.id, lu.id, h.id from SupervisionItem i left join i.leadUnit lu left join i.handler h"
                            + " where i.id in :ids and i.state in :states", Object[].class)
                    .setParameter("ids", chunk).setParameter("states", states).getResultList()
                    .forEach(row -> items.put((Long) row[0], row));
        }
        return items;
    }

    /** IN lists of a size every database accepts. */
    private static List<List<Long>> chunks(List<Long> ids) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += 500) {
            chunks.add(distinct.subList(i, Math.min(i + 500, distinct.size())));
        }
        return chunks;
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
