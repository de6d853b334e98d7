package org.duban.deadline;

import jakarta.annotation.PostConstruct;
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
import org.duban.history.Act;
import org.duban.history.Actor;
import org.duban.deadline.DeadlineRules.Due;
import org.duban.item.ItemAction;
import org.duban.item.ItemState;
import org.duban.item.ReportingCycle;
import org.duban.item.SupervisionItem;
import org.duban.notification.NotificationKind;
import org.duban.notification.Notifications;
import org.duban.organization.Role;
import org.duban.settings.SettingsService;
import org.duban.support.DataSourceName;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
 * Reads the open items that are due in one pass, and what else is due today (acknowledgements, milestones, progress
 * reports) with a query each; escalates the items that {@link DeadlineRules} says to; then creates each notice that
 * does not exist yet, once: deadline notices set-based in the database ({@link Notices}), the few others one by one
 * ({@link Notifications#createOnce}). Idempotent: the database, not the timer, is the truth, so it may run twice,
 * concurrently, on several servers or late after downtime.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineScan {

    public static final String SYSTEM = "system";

    /** The hot query, in plain SQL: the columns the watch needs from each open item that is due, nothing else. */
    private static final String DUE_ITEMS = "SELECT ID, DUE, LEAD_UNIT_ID, HANDLER_ID, LEADER_ID, ESCALATED_AT, URGINGS"
            + " FROM SUPERVISION_ITEM WHERE STATE IN (" + ItemState.sqlList(ItemState.UNITS_TURN) + ") AND DUE <= ?";

    /** The notices of a kind already sent, read from the index (KIND, KEY_DAY, ITEM_ID, RECIPIENT_ID) alone. */
    private static final String SENT_SINCE = "SELECT ITEM_ID, KEY_DAY, RECIPIENT_ID FROM NOTIFICATION"
            + " WHERE KIND = ? AND KEY_DAY >= ?";

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

    private DataSource dataSource;

    @PostConstruct
    void lookUpDataSource() {
        dataSource = DataSourceName.lookup();
    }

    /** What one run did: notices created, items escalated; nothing on a rest day. */
    public record Result(int created, int escalated, boolean restDay) {
    }

    /** One run; on a rest day ({@link DeadlineRules#isWatchDay}) nothing is sent and nothing escalated. */
    public Result scan() {
        DeadlineRules rules = new DeadlineRules(calendars.current(), settingsService.current(), LocalDate.now(clock));
        if (!rules.isWatchDay()) {
            return new Result(0, 0, true);
        }
        Run run = new Run(rules);
        acknowledgementReminders(run);
        dueItems(run);
        escalate(run);
        milestones(run);
        progressReports(run);
        run.createMissing();
        return new Result(run.created, run.escalated, false);
    }

    // The queries read only the columns they need (no entities): a scan over 10^5 open items stays cheap.

    private void acknowledgementReminders(Run run) {
        LocalDate assignedBy = run.rules.acknowledgementAssignedBy();
        Instant cutoff = assignedBy.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<Object[]> rows = em.createQuery("select i.id, i.assignmentNotice.issuedAt, lu.id, h.id"
                        + " from SupervisionItem i left join i.leadUnit lu left join i.handler h"
                        + " where i.state = :assigned and i.assignmentNotice.issuedAt < :cutoff", Object[].class)
                .setParameter("assigned", ItemState.ASSIGNED).setParameter("cutoff", cutoff).getResultList();
        for (Object[] row : rows) {
            LocalDate issued = LocalDate.ofInstant((Instant) row[1], clock.getZone());
            LocalDate ackDeadline = run.rules.acknowledgementDue(issued);
            run.toUnit((Long) row[0], (Long) row[2], (Long) row[3], NotificationKind.ACK_REMINDER, ackDeadline, run.today);
        }
    }

    /**
     * The open items due soon or overdue, in one pass: a deadline notice for each (its key day depends only on the
     * due date, so it is worked out once per date), the escalation notice of those escalated, and those to escalate.
     */
    private void dueItems(Run run) {
        Map<LocalDate, Due> byDue = new HashMap<>();
        read(DUE_ITEMS, query -> query.setDate(1, Date.valueOf(run.rules.yellowUntil())), row -> {
            long itemId = row.getLong(1);
            LocalDate due = row.getDate(2).toLocalDate();
            Long leaderId = nullableId(row, 5);
            Due notice = byDue.computeIfAbsent(due, run.rules::deadlineNotice);
            run.toUnit(itemId, nullableId(row, 3), nullableId(row, 4), notice.kind(), notice.keyDay(), notice.actBy(), due);
            if (notice.kind() != NotificationKind.OVERDUE) {
                return;
            }
            Timestamp escalatedAt = row.getTimestamp(6);
            if (escalatedAt != null) {
                run.toLeader(leaderId, itemId, LocalDate.ofInstant(escalatedAt.toInstant(), clock.getZone()));
            } else if (run.rules.shouldEscalate(due, row.getInt(7))) {
                run.toEscalate.add(new Escalation(itemId, leaderId, notice.overdueDays()));
            }
        });
    }

    private interface Parameters {
        void set(PreparedStatement query) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Plain JDBC for the two reads that see every due item and every notice sent of them: no objects in between. */
    private void read(String sql, Parameters parameters, RowReader reader) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            parameters.set(query);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The deadline scan could not read: " + sql, e);
        }
    }

    private static Long nullableId(ResultSet row, int column) throws SQLException {
        long id = row.getLong(column);
        return row.wasNull() ? null : id;
    }

    /** Escalates, each in a transaction of its own, and notifies the leader in charge: usually none. */
    private void escalate(Run run) {
        for (Escalation escalation : run.toEscalate) {
            try {
                if (self.escalate(escalation.itemId(), escalation.overdueDays())) {
                    run.escalated++;
                    run.toLeader(escalation.leaderId(), escalation.itemId(), run.today);
                }
            } catch (EJBException | OptimisticLockException raceLostToAnotherScan) {
                // another scan escalated it at the same moment and notifies the leader: once is what we want
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

    private void milestones(Run run) {
        // open milestones first (an index on due date), then their items: no join over every open item
        List<Object[]> due = em.createQuery("select m.item.id, m.due from Milestone m where m.completedOn is null"
                + " and m.due <= :yellowUntil", Object[].class).setParameter("yellowUntil", run.rules.yellowUntil())
                .getResultList();
        Map<Long, Object[]> items = openItems(due.stream().map(row -> (Long) row[0]).toList(), ItemState.UNITS_TURN);
        for (Object[] row : due) {
            Object[] item = items.get((Long) row[0]);
            if (item == null) {
                continue;
            }
            Due notice = run.rules.milestoneNotice((LocalDate) row[1]);
            run.toUnit((Long) row[0], (Long) item[1], (Long) item[2], notice.kind(), notice.keyDay(), notice.actBy());
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
            run.rules.progressReportDue((ReportingCycle) row[1], LocalDate.ofInstant(last, clock.getZone()))
                    .ifPresent(next -> run.toUnit((Long) row[0], (Long) row[2], (Long) row[3],
                            NotificationKind.PROGRESS_REPORT_DUE, next, run.rules.actBy(next)));
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

    private record Escalation(long itemId, Long leaderId, int overdueDays) {
    }

    /**
     * A notice the scan found due: who, about what, its key day and by when to act; deadline notices also carry the
     * item's due date, by which the database creates the missing ones of a date together.
     */
    private record Candidate(long recipientId, long itemId, NotificationKind kind, LocalDate keyDay, LocalDate actBy,
                             LocalDate itemDue) {
        NoticeKey key() {
            return new NoticeKey(itemId, keyDay, recipientId);
        }
    }

    /** What makes a notice of a kind unique (the database's key UQ_NOTIFICATION_KEY). */
    private record NoticeKey(long itemId, LocalDate keyDay, long recipientId) {
    }

    /** One run's view of the day: what is due, and what of it is not yet notified. */
    private final class Run {
        final DeadlineRules rules;
        final LocalDate today;
        final Map<Long, List<Long>> headsByUnit = new HashMap<>();
        final Set<Long> inactive;
        final List<Candidate> candidates = new ArrayList<>();
        final List<Escalation> toEscalate = new ArrayList<>();
        int created;
        int escalated;

        Run(DeadlineRules rules) {
            this.rules = rules;
            this.today = rules.today();
            em.createQuery("select a.unit.id, a.id from Account a join a.roles r where r = :head and a.active = true",
                            Object[].class).setParameter("head", Role.UNIT_HEAD).getResultList()
                    .forEach(row -> headsByUnit.computeIfAbsent((Long) row[0], unit -> new ArrayList<>()).add((Long) row[1]));
            this.inactive = new HashSet<>(em.createQuery("select a.id from Account a where a.active = false", Long.class)
                    .getResultList());
        }

        void toUnit(long itemId, Long leadUnitId, Long handlerId, NotificationKind kind, LocalDate keyDay, LocalDate actBy) {
            toUnit(itemId, leadUnitId, handlerId, kind, keyDay, actBy, null);
        }

        /** The lead unit's active heads, and the person handling the item if active: as {@link Notices} selects them. */
        void toUnit(long itemId, Long leadUnitId, Long handlerId, NotificationKind kind, LocalDate keyDay, LocalDate actBy,
                    LocalDate itemDue) {
            List<Long> heads = headsByUnit.getOrDefault(leadUnitId, List.of());
            heads.forEach(head -> candidate(head, itemId, kind, keyDay, actBy, itemDue));
            if (handlerId != null && !inactive.contains(handlerId) && !heads.contains(handlerId)) {
                candidate(handlerId, itemId, kind, keyDay, actBy, itemDue);
            }
        }

        /** The leader in charge of an escalated item, once for the day it was escalated. */
        void toLeader(Long leaderId, long itemId, LocalDate escalatedOn) {
            if (leaderId != null) {
                candidate(leaderId, itemId, NotificationKind.ESCALATED, escalatedOn, today, null);
            }
        }

        void candidate(long recipientId, long itemId, NotificationKind kind, LocalDate keyDay, LocalDate actBy,
                       LocalDate itemDue) {
            candidates.add(new Candidate(recipientId, itemId, kind, keyDay, actBy, itemDue));
        }

        /**
         * Reads, per kind, the keys already notified since the earliest candidate's key day, and creates only the
         * others, each once: deadline notices of one due date by one statement, the rest one by one (both settle
         * races with other scans).
         */
        void createMissing() {
            Map<NotificationKind, List<Candidate>> byKind = new EnumMap<>(NotificationKind.class);
            candidates.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
            for (Map.Entry<NotificationKind, List<Candidate>> entry : byKind.entrySet()) {
                LocalDate since = entry.getValue().stream().map(Candidate::keyDay).min(LocalDate::compareTo).orElseThrow();
                Set<NoticeKey> existing = new HashSet<>();
                read(SENT_SINCE, query -> {
                    query.setString(1, entry.getKey().name());
                    query.setDate(2, Date.valueOf(since));
                }, row -> existing.add(new NoticeKey(row.getLong(1), row.getDate(2).toLocalDate(), row.getLong(3))));
                Map<LocalDate, Candidate> missingByDue = new HashMap<>();
                for (Candidate candidate : entry.getValue()) {
                    if (!existing.add(candidate.key())) {
                        continue;
                    }
                    if (candidate.itemDue() == null) {
                        create(candidate);
                    } else {
                        missingByDue.putIfAbsent(candidate.itemDue(), candidate);
                    }
                }
                missingByDue.forEach((due, c) -> created += notices.insertMissing(c.kind(), due, c.keyDay(), c.actBy()));
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
