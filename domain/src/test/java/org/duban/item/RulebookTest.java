package org.duban.item;

import org.duban.calendar.CalendarDay;
import org.duban.calendar.DayKind;
import org.duban.calendar.WorkingCalendar;
import org.duban.deadline.DeadlineRules;
import org.duban.history.Act;
import org.duban.history.Actor;
import org.duban.item.ItemDraft.MilestonePlan;
import org.duban.item.Refusal.Kind;
import org.duban.notification.NotificationKind;
import org.duban.organization.Account;
import org.duban.organization.Caller;
import org.duban.organization.Role;
import org.duban.organization.Unit;
import org.duban.settings.Settings;
import org.duban.shared.AccessDeniedException;
import org.duban.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The rulebook: what each person may do on an item now, and why not — one answer for the page and the service. */
class RulebookTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final WorkingCalendar WEEKDAYS = WorkingCalendar.weekdaysOnly();

    private final Unit officeUnit = new Unit("DB", "党政办公室");
    private final Unit academic = new Unit("JW", "教务处");
    private final Unit logistics = new Unit("HQ", "后勤处");
    private final Unit finance = new Unit("CW", "财务处");
    private final Caller office = caller("office", officeUnit, Role.OFFICE_STAFF);
    private final Caller director = caller("director", officeUnit, Role.OFFICE_STAFF, Role.OFFICE_DIRECTOR);
    private final Caller leader = caller("leader", officeUnit, Role.LEADER);
    private final Caller otherLeader = caller("leader2", officeUnit, Role.LEADER);
    private final Caller leadHead = caller("jw.head", academic, Role.UNIT_HEAD);
    private final Caller leadStaff = caller("jw.staff", academic, Role.UNIT_STAFF);
    private final Caller coHead = caller("hq.head", logistics, Role.UNIT_HEAD);
    private final Caller foreignHead = caller("cw.head", finance, Role.UNIT_HEAD);

    private static Caller caller(String login, Unit unit, Role... roles) {
        Set<Role> held = EnumSet.of(roles[0], roles);
        return new Caller(new Account(login, login, unit, held, "hash"), held);
    }

    private static Act act(Caller caller, ItemAction action, LocalDate day) {
        return new Act(new Actor(caller.account().getUsername(), caller.roleFor(action)),
                day.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    }

    private static Act act(Caller caller, ItemAction action) {
        return act(caller, action, MONDAY);
    }

    private static Rulebook on(LocalDate day, WorkingCalendar calendar, boolean leadersDecideExtensions) {
        Settings settings = new Settings();
        settings.change(3, 2, 2, 2, 5, 8, true, leadersDecideExtensions);
        return new Rulebook(day, ZONE, calendar, settings);
    }

    private static Rulebook on(LocalDate day) {
        return on(day, WEEKDAYS, false);
    }

    private ItemDraft draft(LocalDate due, List<MilestonePlan> milestones, List<QuantifiedTarget> targets) {
        return new ItemDraft(Category.MEETING, "院长办公会", "纪要", "实验室安全整改", "排查", "两周内完成", targets,
                academic, Set.of(logistics), leader.account(), Priority.IMPORTANT, due, ReportingCycle.NONE, milestones);
    }

    private SupervisionItem assigned(LocalDate due, List<MilestonePlan> milestones) {
        SupervisionItem item = SupervisionItem.draft(draft(due, milestones, List.of(new QuantifiedTarget("检查", "42间"))),
                act(office, ItemAction.CREATE));
        item.submitForApproval(null, act(office, ItemAction.SUBMIT_FOR_APPROVAL));
        item.approve(new ItemNumber(2026, 15), null, act(leader, ItemAction.APPROVE));
        item.assign(null, act(office, ItemAction.ASSIGN));
        return item;
    }

    private SupervisionItem inProgress(LocalDate due) {
        SupervisionItem item = assigned(due, List.of());
        item.acknowledge(academic, act(leadHead, ItemAction.ACKNOWLEDGE));
        return item;
    }

    @Test
    void theNextReportDayTheItemKeepsIsTheOneTheRulebookCountsFromItsHistory() {
        SupervisionItem item = SupervisionItem.draft(new ItemDraft(Category.MEETING, "院长办公会", "纪要", "按月报告进展",
                "排查", "按月报告", List.of(new QuantifiedTarget("检查", "42间")), academic, Set.of(logistics),
                leader.account(), Priority.IMPORTANT, MONDAY.plusMonths(6), ReportingCycle.MONTHLY, List.of()),
                act(office, ItemAction.CREATE));
        item.submitForApproval(null, act(office, ItemAction.SUBMIT_FOR_APPROVAL));
        item.approve(new ItemNumber(2026, 16), null, act(leader, ItemAction.APPROVE));
        item.assign(null, act(office, ItemAction.ASSIGN));
        assertNull(item.getNextReportOn(), "nothing due before the receipt");

        item.acknowledge(academic, act(leadHead, ItemAction.ACKNOWLEDGE, LocalDate.of(2026, 3, 31)));
        assertEquals(LocalDate.of(2026, 4, 30), item.getNextReportOn(), "a month on, at the end of a shorter month");
        for (LocalDate day : List.of(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 4))) {
            assertEquals(Optional.of(item.getNextReportOn()).filter(next -> !day.isBefore(next)),
                    on(day, WEEKDAYS, false).progressReportDue(item), "on " + day);
        }
        item.reportProgress("已排查20间", act(leadHead, ItemAction.REPORT_PROGRESS, LocalDate.of(2026, 5, 4)));
        assertEquals(LocalDate.of(2026, 6, 4), item.getNextReportOn());
        assertEquals(Optional.empty(), on(LocalDate.of(2026, 6, 3), WEEKDAYS, false).progressReportDue(item));
        assertEquals(Optional.of(LocalDate.of(2026, 6, 4)), on(LocalDate.of(2026, 6, 4), WEEKDAYS, false).progressReportDue(item));
    }

    private static void offered(Rulebook rules, Caller caller, SupervisionItem item, ItemAction action) {
        assertTrue(rules.offered(caller, item).contains(action), action + " offered to " + caller.account().getUsername());
        assertDoesNotThrow(() -> rules.require(caller, item, action));
    }

    private static String withheld(Rulebook rules, Caller caller, SupervisionItem item, ItemAction action) {
        assertFalse(rules.offered(caller, item).contains(action), action + " not offered to " + caller.account().getUsername());
        DomainException refused = assertThrows(DomainException.class, () -> rules.require(caller, item, action));
        assertEquals(rules.refusal(caller, item, action).orElseThrow().messageKey(), refused.getMessageKey());
        return refused.getMessageKey();
    }

    /** The unit rows the lists read say the same as ItemAccess, at every step. */
    @Test
    void eachUnitsRowFollowsTheItem() {
        SupervisionItem item = SupervisionItem.draft(draft(MONDAY.plusDays(30), List.of(),
                List.of(new QuantifiedTarget("检查", "42间"))), act(office, ItemAction.CREATE));
        assertEquals(List.of(UnitInvolvement.Part.LEAD, UnitInvolvement.Part.CO_UNIT), parts(item));
        assertTrue(item.getInvolvements().stream().noneMatch(UnitInvolvement::isSees), "a draft is the office's");

        item.sendForConsultation(Set.of(finance, academic), Set.of(), "请提意见", act(office, ItemAction.SEND_FOR_CONSULTATION));
        assertEquals(List.of(UnitInvolvement.Part.LEAD, UnitInvolvement.Part.CO_UNIT, UnitInvolvement.Part.CONSULTED),
                parts(item), "one row per unit: the lead unit consulted too keeps its part");
        for (Caller caller : List.of(leadHead, coHead, foreignHead)) {
            assertEquals(ItemAccess.maySee(caller, item), row(item, caller.unit()).isSees(), caller.unit().getName());
        }

        item.submitForApproval(null, act(office, ItemAction.SUBMIT_FOR_APPROVAL));
        item.approve(new ItemNumber(2026, 16), null, act(leader, ItemAction.APPROVE));
        assertTrue(item.getInvolvements().stream().noneMatch(UnitInvolvement::isAwaitingReceipt), "not yet assigned");
        item.assign(null, act(office, ItemAction.ASSIGN));
        assertTrue(row(item, academic).isAwaitingReceipt() && row(item, logistics).isAwaitingReceipt(),
                "assigned: the lead unit and the co-unit each owe their receipt");
        assertFalse(row(item, finance).isAwaitingReceipt(), "a unit only consulted gives none");
        item.acknowledge(academic, act(leadHead, ItemAction.ACKNOWLEDGE));
        for (UnitInvolvement row : item.getInvolvements()) {
            assertTrue(row.isSees() && row.isOpen(), row.getUnit().getName());
            assertEquals(ItemState.IN_PROGRESS, row.getState(), "the state after the lead unit's receipt");
            assertEquals(MONDAY.plusDays(30), row.getDue());
        }
        assertFalse(row(item, academic).isAwaitingReceipt(), "the lead unit's receipt is given");
        assertTrue(row(item, logistics).isAwaitingReceipt(), "the co-unit's is still owed");
        item.acknowledge(logistics, act(coHead, ItemAction.ACKNOWLEDGE));
        assertFalse(row(item, logistics).isAwaitingReceipt(), "the co-unit's receipt is given");

        item.requestExtension("设备未到", MONDAY.plusDays(40), act(leadHead, ItemAction.REQUEST_EXTENSION));
        item.decideExtension(true, null, act(director, ItemAction.DECIDE_EXTENSION));
        assertEquals(MONDAY.plusDays(40), row(item, logistics).getDue(), "the extended deadline");
        item.requestHalt(HaltKind.TERMINATE, "政策调整", act(office, ItemAction.REQUEST_HALT));
        item.decideHalt(true, null, act(leader, ItemAction.DECIDE_HALT));
        assertEquals(ItemState.TERMINATED, row(item, academic).getState());
        item.archive(act(office, ItemAction.ARCHIVE));
        assertTrue(item.getInvolvements().stream().noneMatch(UnitInvolvement::isOpen), "archived: no open list");
    }

    private static List<UnitInvolvement.Part> parts(SupervisionItem item) {
        return item.getInvolvements().stream().map(UnitInvolvement::getPart).toList();
    }

    private static UnitInvolvement row(SupervisionItem item, Unit unit) {
        return item.getInvolvements().stream().filter(row -> row.getUnit().sameAs(unit)).findFirst().orElseThrow();
    }

    @Test
    void eachUnitAcknowledgesOnceAndTheFormGoes() {
        SupervisionItem item = assigned(MONDAY.plusDays(30), List.of());
        Rulebook rules = on(MONDAY);
        offered(rules, leadHead, item, ItemAction.ACKNOWLEDGE);
        offered(rules, coHead, item, ItemAction.ACKNOWLEDGE);
        assertEquals(Kind.RELATION, rules.refusal(foreignHead, item, ItemAction.ACKNOWLEDGE).orElseThrow().kind());
        assertThrows(AccessDeniedException.class, () -> rules.require(foreignHead, item, ItemAction.ACKNOWLEDGE));
        assertEquals(Kind.ROLE, rules.refusal(leadStaff, item, ItemAction.ACKNOWLEDGE).orElseThrow().kind());

        item.acknowledge(academic, act(leadHead, ItemAction.ACKNOWLEDGE));
        assertEquals("error.acknowledge.already", withheld(rules, leadHead, item, ItemAction.ACKNOWLEDGE));
        offered(rules, coHead, item, ItemAction.ACKNOWLEDGE);
        item.acknowledge(logistics, act(coHead, ItemAction.ACKNOWLEDGE));
        withheld(rules, coHead, item, ItemAction.ACKNOWLEDGE);
    }

    @Test
    void aMilestoneFormOnlyWhileAMilestoneIsOpenAndAcceptanceOnlyWhenNoneIs() {
        SupervisionItem withMilestone = assigned(MONDAY.plusDays(30), List.of(new MilestonePlan("排查", MONDAY.plusDays(9))));
        withMilestone.acknowledge(academic, act(leadHead, ItemAction.ACKNOWLEDGE));
        Rulebook rules = on(MONDAY);
        offered(rules, leadStaff, withMilestone, ItemAction.COMPLETE_MILESTONE);
        assertEquals(Kind.RELATION, rules.refusal(coHead, withMilestone, ItemAction.COMPLETE_MILESTONE).orElseThrow().kind(),
                "only the lead unit completes milestones");
        withMilestone.submitCompletion("完成", act(leadHead, ItemAction.SUBMIT_COMPLETION));
        assertEquals("error.accept.milestonesOpen", withheld(rules, office, withMilestone, ItemAction.ACCEPT));
        assertTrue(rules.withheld(office, withMilestone).containsKey(ItemAction.ACCEPT), "the page says why");
        offered(rules, office, withMilestone, ItemAction.RETURN_FOR_REWORK);
        withMilestone.returnForRework(ReworkKind.SUPPLEMENT, "节点未完成", act(office, ItemAction.RETURN_FOR_REWORK));
        withMilestone.completeMilestone(withMilestone.getMilestones().get(0), act(leadStaff, ItemAction.COMPLETE_MILESTONE));
        assertEquals("error.milestone.noneOpen", withheld(rules, leadStaff, withMilestone, ItemAction.COMPLETE_MILESTONE));
        withMilestone.submitCompletion("完成", act(leadHead, ItemAction.SUBMIT_COMPLETION));
        offered(rules, office, withMilestone, ItemAction.ACCEPT);

        SupervisionItem without = inProgress(MONDAY.plusDays(30));
        assertEquals("error.milestone.noneOpen", withheld(rules, leadHead, without, ItemAction.COMPLETE_MILESTONE));
    }

    @Test
    void oneExtensionRequestAtATimeDecidedByWhomTheSettingsSay() {
        SupervisionItem item = inProgress(MONDAY.plusDays(30));
        Rulebook directorDecides = on(MONDAY);
        Rulebook leadersToo = on(MONDAY, WEEKDAYS, true);
        offered(directorDecides, leadHead, item, ItemAction.REQUEST_EXTENSION);
        assertEquals("error.extension.nonePending", withheld(directorDecides, director, item, ItemAction.DECIDE_EXTENSION));

        item.requestExtension("设备未到", MONDAY.plusDays(44), act(leadHead, ItemAction.REQUEST_EXTENSION));
        assertEquals("error.extension.alreadyPending", withheld(directorDecides, leadHead, item, ItemAction.REQUEST_EXTENSION));
        offered(directorDecides, director, item, ItemAction.DECIDE_EXTENSION);
        assertEquals(Kind.ROLE, directorDecides.refusal(leader, item, ItemAction.DECIDE_EXTENSION).orElseThrow().kind());
        assertEquals(Kind.ROLE, directorDecides.refusal(office, item, ItemAction.DECIDE_EXTENSION).orElseThrow().kind());
        offered(leadersToo, leader, item, ItemAction.DECIDE_EXTENSION);

        item.submitCompletion("完成", act(leadHead, ItemAction.SUBMIT_COMPLETION));
        assertEquals("error.accept.requestPending", withheld(directorDecides, office, item, ItemAction.ACCEPT));
        assertTrue(directorDecides.withheld(office, item).containsKey(ItemAction.ACCEPT), "the page says why");
        offered(directorDecides, director, item, ItemAction.DECIDE_EXTENSION);
        item.decideExtension(true, null, act(director, ItemAction.DECIDE_EXTENSION));
        withheld(directorDecides, director, item, ItemAction.DECIDE_EXTENSION);
        offered(directorDecides, office, item, ItemAction.ACCEPT);
    }

    @Test
    void aHaltIsDecidedOnlyWhenRequestedAndRequestedOnce() {
        SupervisionItem item = inProgress(MONDAY.plusDays(30));
        Rulebook rules = on(MONDAY);
        assertEquals("error.halt.nonePending", withheld(rules, leader, item, ItemAction.DECIDE_HALT));
        offered(rules, office, item, ItemAction.REQUEST_HALT);
        item.requestHalt(HaltKind.SUSPEND, "政策调整", act(office, ItemAction.REQUEST_HALT));
        assertEquals("error.halt.alreadyPending", withheld(rules, office, item, ItemAction.REQUEST_HALT));
        offered(rules, leader, item, ItemAction.DECIDE_HALT);
    }

    @Test
    void aNoticeOfCriticismOnlyOnAnItemOverdueOrEscalated() {
        SupervisionItem item = inProgress(MONDAY.plusDays(3));
        Rulebook rules = on(MONDAY);
        assertEquals("error.notice.notOverdue", withheld(rules, director, item, ItemAction.ISSUE_NOTICE));
        assertTrue(rules.citationRefusal(item).isPresent(), "neither overdue nor escalated: not cited either");
        assertEquals(Kind.ROLE, rules.refusal(office, item, ItemAction.ISSUE_NOTICE).orElseThrow().kind());

        Rulebook later = on(MONDAY.plusDays(8));
        assertTrue(later.isOverdue(item));
        assertTrue(later.citationRefusal(item).isEmpty(), "overdue: may be cited in a 通报 of several items");
        offered(later, director, item, ItemAction.ISSUE_NOTICE);
        item.escalate("3", act(director, ItemAction.ESCALATE, MONDAY.plusDays(8)));
        item.requestExtension("补充说明", MONDAY.plusDays(30), act(leadHead, ItemAction.REQUEST_EXTENSION, MONDAY.plusDays(2)));
        item.decideExtension(true, null, act(director, ItemAction.DECIDE_EXTENSION, MONDAY.plusDays(9)));
        assertFalse(later.isOverdue(item), "given more time after the escalation");
        offered(later, director, item, ItemAction.ISSUE_NOTICE);
    }

    @Test
    void theLeaderReadsTheFeedbackOnceAndOnlyThenIsItFiled() {
        SupervisionItem item = inProgress(MONDAY.plusDays(30));
        item.submitCompletion("完成", act(leadHead, ItemAction.SUBMIT_COMPLETION));
        item.accept(null, act(office, ItemAction.ACCEPT), WEEKDAYS);
        item.feedBack("已办结", act(office, ItemAction.FEED_BACK));
        Rulebook rules = on(MONDAY);
        assertEquals("error.archive.notRead", withheld(rules, office, item, ItemAction.ARCHIVE));
        assertTrue(rules.withheld(office, item).containsKey(ItemAction.ARCHIVE));
        offered(rules, leader, item, ItemAction.MARK_READ);
        assertEquals(Kind.RELATION, rules.refusal(otherLeader, item, ItemAction.MARK_READ).orElseThrow().kind(),
                "the feedback is read by the leader in charge");
        offered(rules, otherLeader, item, ItemAction.INSTRUCT);
        offered(rules, leader, item, ItemAction.INSTRUCT);

        item.markRead(act(leader, ItemAction.MARK_READ));
        assertEquals("error.read.already", withheld(rules, leader, item, ItemAction.MARK_READ));
        offered(rules, leader, item, ItemAction.INSTRUCT);
        offered(rules, office, item, ItemAction.ARCHIVE);
    }

    @Test
    void aSuspendedItemIsFiledWithoutARead() {
        SupervisionItem item = inProgress(MONDAY.plusDays(30));
        item.requestHalt(HaltKind.TERMINATE, "取消", act(office, ItemAction.REQUEST_HALT));
        item.decideHalt(true, null, act(leader, ItemAction.DECIDE_HALT));
        offered(on(MONDAY), office, item, ItemAction.ARCHIVE);
    }

    @Test
    void aDraftGoesForApprovalOnlyWhenItCanBeRegistered() {
        SupervisionItem item = SupervisionItem.draft(draft(MONDAY.plusDays(10), List.of(), List.of()),
                act(office, ItemAction.CREATE));
        Rulebook rules = on(MONDAY);
        assertEquals("error.item.targetsRequired", withheld(rules, office, item, ItemAction.SUBMIT_FOR_APPROVAL));
        assertTrue(rules.withheld(office, item).containsKey(ItemAction.SUBMIT_FOR_APPROVAL));
        item.edit(new ItemDraft(Category.PLAN, null, null, "计划", null, null, List.of(new QuantifiedTarget("方案", "1份")),
                null, Set.of(), leader.account(), null, MONDAY.plusDays(10), null, null), act(office, ItemAction.EDIT_DRAFT));
        assertEquals("error.item.leadUnitRequired", withheld(rules, office, item, ItemAction.SUBMIT_FOR_APPROVAL));
        item.edit(new ItemDraft(Category.PLAN, null, null, "计划", null, null, List.of(new QuantifiedTarget("方案", "1份")),
                academic, Set.of(), leader.account(), null, null, null, null), act(office, ItemAction.EDIT_DRAFT));
        assertEquals("error.deadline.required", withheld(rules, office, item, ItemAction.SUBMIT_FOR_APPROVAL));
        item.edit(draft(MONDAY.plusDays(10), List.of(), List.of(new QuantifiedTarget("方案", "1份"))),
                act(office, ItemAction.EDIT_DRAFT));
        offered(rules, office, item, ItemAction.SUBMIT_FOR_APPROVAL);
        assertEquals(Kind.ROLE, rules.refusal(leader, item, ItemAction.SUBMIT_FOR_APPROVAL).orElseThrow().kind());
    }

    @Test
    void onlyTheConsultedComment() {
        SupervisionItem item = SupervisionItem.draft(draft(MONDAY.plusDays(10), List.of(),
                List.of(new QuantifiedTarget("方案", "1份"))), act(office, ItemAction.CREATE));
        item.sendForConsultation(Set.of(academic), Set.of(leader.account()), "请提意见",
                act(office, ItemAction.SEND_FOR_CONSULTATION));
        Rulebook rules = on(MONDAY);
        offered(rules, leadHead, item, ItemAction.COMMENT);
        offered(rules, leader, item, ItemAction.COMMENT);
        assertEquals(Kind.RELATION, rules.refusal(otherLeader, item, ItemAction.COMMENT).orElseThrow().kind());
        assertEquals(Kind.RELATION, rules.refusal(coHead, item, ItemAction.COMMENT).orElseThrow().kind());
    }

    @Test
    void nobodyIsOfferedWhatTheStateForbidsOrWhatOnlyTheWatchDoes() {
        SupervisionItem item = inProgress(MONDAY.plusDays(30));
        for (Caller caller : List.of(office, director, leader, leadHead, leadStaff, coHead, foreignHead)) {
            for (ItemAction action : on(MONDAY).offered(caller, item)) {
                assertTrue(action.isAllowedIn(item.getState()), action + " in " + item.getState());
                assertTrue(action.isTakenOnItem());
            }
        }
        assertTrue(on(MONDAY).offered(foreignHead, item).isEmpty(), "another unit's head: nothing");
    }

    /**
     * Overdue means one thing: a deadline on a Saturday falls due at the end of Monday, so on Sunday and Monday the
     * unit may still ask for more time, the item is yellow, not citable and not overdue for the watch; on Tuesday all
     * agree it is overdue. The same with a holiday deadline.
     */
    @Test
    void overdueMeansTheSameToEveryRuleOnWeekendsAndHolidays() {
        LocalDate saturday = LocalDate.of(2026, 3, 14);
        assertEquals(DayOfWeek.SATURDAY, saturday.getDayOfWeek());
        agreeOnOverdue(saturday, WEEKDAYS, saturday.plusDays(1), false);
        agreeOnOverdue(saturday, WEEKDAYS, saturday.plusDays(2), false);
        agreeOnOverdue(saturday, WEEKDAYS, saturday.plusDays(3), true);

        LocalDate thursday = LocalDate.of(2026, 3, 19);
        WorkingCalendar holiday = new WorkingCalendar(List.of(new CalendarDay(thursday, DayKind.HOLIDAY, "校庆日"),
                new CalendarDay(thursday.plusDays(1), DayKind.HOLIDAY, "校庆日")));
        agreeOnOverdue(thursday, holiday, thursday.plusDays(1), false);
        agreeOnOverdue(thursday, holiday, thursday.plusDays(4), false);
        agreeOnOverdue(thursday, holiday, thursday.plusDays(5), true);
    }

    private void agreeOnOverdue(LocalDate due, WorkingCalendar calendar, LocalDate today, boolean overdue) {
        SupervisionItem item = inProgress(due);
        Rulebook rules = on(today, calendar, false);
        String when = "due " + due + ", today " + today;
        assertEquals(overdue, rules.isOverdue(item), when);
        assertEquals(overdue, calendar.isOverdue(due, today), when);
        assertEquals(overdue, rules.refusal(leadHead, item, ItemAction.REQUEST_EXTENSION).isPresent(), when);
        assertEquals(overdue, rules.citationRefusal(item).isEmpty(), when);
        assertEquals(overdue, Light.of(item, today, calendar, 3) == Light.RED, when);
        DeadlineRules watch = new DeadlineRules(calendar, new Settings(), today);
        assertEquals(overdue, watch.deadlineNotice(due).kind() == NotificationKind.OVERDUE, when);
        assertEquals(overdue, !due.isAfter(watch.redUntil()), when + " (the statistics' and lists' date bound)");
    }
}
