package org.duban.item;

import org.duban.calendar.WorkingCalendar;
import org.duban.history.Act;
import org.duban.history.Actor;
import org.duban.history.ItemEvent;
import org.duban.history.NewFile;
import org.duban.item.ItemDraft.MilestonePlan;
import org.duban.item.Urging.UrgingRecord;
import org.duban.organization.Account;
import org.duban.organization.Role;
import org.duban.organization.Unit;
import org.duban.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class SupervisionItemTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final Unit office = new Unit("DB", "党政办公室");
    private final Unit academic = new Unit("JW", "教务处");
    private final Unit logistics = new Unit("HQ", "后勤处");
    private final Account leader = new Account("leader", "王院长", office, Set.of(Role.LEADER), "hash");
    private final Account staff = new Account("jw.staff", "李老师", academic, Set.of(Role.UNIT_STAFF), "hash");

    private Act act(String who, Role role) {
        return act(who, role, TODAY);
    }

    private Act act(String who, Role role, LocalDate day) {
        return new Act(new Actor(who, role), day.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    }

    private ItemDraft completeDraft(List<MilestonePlan> milestones) {
        return new ItemDraft(Category.MEETING, "院长办公会", "2026年第3次会议纪要", "完成实验室安全检查整改",
                "排查全部实验室", "两周内完成排查并报送整改清单",
                List.of(new QuantifiedTarget("检查实验室", "42间"), new QuantifiedTarget("整改报告", "1份")),
                academic, Set.of(logistics), leader, Priority.IMPORTANT, TODAY.plusDays(30), ReportingCycle.WEEKLY,
                milestones);
    }

    private SupervisionItem registeredItem() {
        SupervisionItem item = SupervisionItem.draft(completeDraft(List.of()), act("office", Role.OFFICE_STAFF));
        item.submitForApproval(null, act("office", Role.OFFICE_STAFF));
        item.approve(new ItemNumber(2026, 15), "同意", act("leader", Role.LEADER));
        return item;
    }

    private SupervisionItem itemInProgress() {
        SupervisionItem item = registeredItem();
        item.assign(null, act("office", Role.OFFICE_STAFF));
        item.acknowledge(academic, act("jw.head", Role.UNIT_HEAD));
        return item;
    }

    private static void refused(String key, Executable executable) {
        DomainException e = assertThrows(DomainException.class, executable);
        assertEquals(key, e.getMessageKey());
    }

    @Test
    void walksThroughAllSevenStepsToTheArchive() {
        SupervisionItem item = SupervisionItem.draft(completeDraft(List.of()), act("office", Role.OFFICE_STAFF));
        assertEquals(ItemState.DRAFT, item.getState());
        assertNull(item.getNumber());

        item.sendForConsultation(Set.of(academic), Set.of(leader), "请提意见", act("office", Role.OFFICE_STAFF));
        assertEquals(ItemState.IN_CONSULTATION, item.getState());
        item.comment("同意，建议增加后勤处协助", act("jw.head", Role.UNIT_HEAD));
        item.submitForApproval(null, act("office", Role.OFFICE_STAFF));
        assertEquals(ItemState.PENDING_APPROVAL, item.getState());

        item.approve(new ItemNumber(2026, 15), "同意立项", act("leader", Role.LEADER));
        assertEquals(ItemState.REGISTERED, item.getState());
        assertEquals("督办〔2026〕15号", item.getNumber().toString());

        item.assign("请按时办结", act("office", Role.OFFICE_STAFF));
        assertEquals(ItemState.ASSIGNED, item.getState());
        assertEquals("交办〔2026〕15号", item.getAssignmentNoticeNumber());
        assertEquals(TODAY.plusDays(30), item.getAssignmentNotice().getDue());

        item.acknowledge(logistics, act("hq.head", Role.UNIT_HEAD));
        assertEquals(ItemState.ASSIGNED, item.getState(), "a co-unit's receipt does not start the work");
        item.acknowledge(academic, act("jw.head", Role.UNIT_HEAD));
        assertEquals(ItemState.IN_PROGRESS, item.getState());

        item.handOver(staff, act("jw.head", Role.UNIT_HEAD));
        item.reportProgress("已检查20间", act("jw.staff", Role.UNIT_STAFF));
        Urging urging = item.urge(new UrgingRecord(UrgingMethod.PHONE, TODAY, null, "电话询问进度", "本周完成"),
                act("office", Role.OFFICE_STAFF));
        assertEquals(UrgingMethod.PHONE, urging.getMethod());
        item.draftCompletion("已全部检查，整改清单见附件", act("jw.staff", Role.UNIT_STAFF));
        item.submitCompletion(null, act("jw.head", Role.UNIT_HEAD));
        assertEquals(ItemState.SUBMITTED, item.getState());
        assertEquals("已全部检查，整改清单见附件", item.getReports().getCompletionReport());

        item.returnForRework(ReworkKind.SUPPLEMENT, "缺少整改照片", act("office", Role.OFFICE_STAFF));
        assertEquals(ItemState.IN_PROGRESS, item.getState());
        item.submitCompletion("补充了照片", act("jw.head", Role.UNIT_HEAD));
        item.accept("符合要求", act("office", Role.OFFICE_STAFF), WorkingCalendar.weekdaysOnly());
        assertEquals(ItemState.COMPLETED, item.getState());

        item.feedBack("已按期办结", act("office", Role.OFFICE_STAFF));
        assertEquals(ItemState.FED_BACK, item.getState());
        item.markRead(act("leader", Role.LEADER));
        item.instruct("做得好，推广经验", act("leader", Role.LEADER));
        assertTrue(item.getReports().isReadByLeader());

        item.archive(act("office", Role.OFFICE_STAFF));
        assertEquals(ItemState.ARCHIVED, item.getState());
        refused("error.item.actionNotAllowed", () -> item.instruct("再看看", act("leader", Role.LEADER)));

        List<ItemAction> actions = item.getEvents().stream().map(ItemEvent::getAction).toList();
        assertEquals(List.of(ItemAction.CREATE, ItemAction.SEND_FOR_CONSULTATION, ItemAction.COMMENT,
                ItemAction.SUBMIT_FOR_APPROVAL, ItemAction.APPROVE, ItemAction.ASSIGN, ItemAction.ACKNOWLEDGE,
                ItemAction.ACKNOWLEDGE, ItemAction.HAND_OVER, ItemAction.REPORT_PROGRESS, ItemAction.URGE,
                ItemAction.DRAFT_COMPLETION, ItemAction.SUBMIT_COMPLETION, ItemAction.RETURN_FOR_REWORK,
                ItemAction.SUBMIT_COMPLETION, ItemAction.ACCEPT, ItemAction.FEED_BACK, ItemAction.MARK_READ,
                ItemAction.INSTRUCT, ItemAction.ARCHIVE), actions);
    }

    @Test
    void historyIsAHashChain() {
        SupervisionItem item = itemInProgress();
        List<ItemEvent> events = item.getEvents();
        assertNull(events.get(0).getPreviousHash());
        for (int i = 1; i < events.size(); i++) {
            assertEquals(events.get(i - 1).getHash(), events.get(i).getPreviousHash());
            assertEquals(i + 1, events.get(i).getSequence());
            assertEquals(events.get(i).getHash(), events.get(i).computeHash());
        }
    }

    @Test
    void leaderMayReturnOrCancelADraft() {
        SupervisionItem item = SupervisionItem.draft(completeDraft(List.of()), act("office", Role.OFFICE_STAFF));
        item.submitForApproval(null, act("office", Role.OFFICE_STAFF));
        refused("error.opinion.required", () -> item.returnDraft(" ", act("leader", Role.LEADER)));
        item.returnDraft("任务量化不够具体", act("leader", Role.LEADER));
        assertEquals(ItemState.DRAFT, item.getState());
        item.submitForApproval(null, act("office", Role.OFFICE_STAFF));
        item.cancel("与第12号重复", act("leader", Role.LEADER));
        assertEquals(ItemState.CANCELLED, item.getState());
        refused("error.item.actionNotAllowed", () -> item.edit(completeDraft(List.of()), act("office", Role.OFFICE_STAFF)));
    }

    @Test
    void refusedMovesChangeNothing() {
        SupervisionItem item = SupervisionItem.draft(completeDraft(List.of()), act("office", Role.OFFICE_STAFF));
        int events = item.getEvents().size();
        refused("error.item.actionNotAllowed", () -> item.assign(null, act("office", Role.OFFICE_STAFF)));
        refused("error.item.actionNotAllowed", () -> item.acknowledge(academic, act("jw.head", Role.UNIT_HEAD)));
        refused("error.item.actionNotAllowed", () -> item.accept(null, act("office", Role.OFFICE_STAFF), WorkingCalendar.weekdaysOnly()));
        refused("error.item.actionNotAllowed", () -> item.archive(act("office", Role.OFFICE_STAFF)));
        refused("error.item.actionNotAllowed",
                () -> item.approve(new ItemNumber(2026, 1), null, act("leader", Role.LEADER)));
        assertEquals(ItemState.DRAFT, item.getState());
        assertEquals(events, item.getEvents().size());
        assertNull(item.getNumber());
    }

    @Test
    void aForeignUnitCannotAcknowledgeAndNobodyTwice() {
        SupervisionItem item = registeredItem();
        item.assign(null, act("office", Role.OFFICE_STAFF));
        Unit foreign = new Unit("CW", "财务处");
        refused("error.access.foreignUnit", () -> item.acknowledge(foreign, act("cw.head", Role.UNIT_HEAD)));
        assertTrue(item.getReceipts().getUnits().isEmpty());
        item.acknowledge(academic, act("jw.head", Role.UNIT_HEAD));
        refused("error.acknowledge.already", () -> item.acknowledge(academic, act("jw.head", Role.UNIT_HEAD)));
    }

    /** The aggregate refuses what the rulebook refuses for the item alone, whoever calls it. */
    @Test
    void registrationNeedsTargetsLeadUnitAndDeadline() {
        ItemDraft noTargets = new ItemDraft(Category.PLAN, null, null, "年度计划", null, null, List.of(), academic,
                Set.of(), leader, null, TODAY.plusDays(10), null, null);
        SupervisionItem item = SupervisionItem.draft(noTargets, act("office", Role.OFFICE_STAFF));
        refused("error.item.targetsRequired", () -> item.submitForApproval(null, act("office", Role.OFFICE_STAFF)));
        ItemDraft noDeadline = new ItemDraft(Category.PLAN, null, null, "年度计划", null, null,
                List.of(new QuantifiedTarget("方案", "1份")), academic, Set.of(), leader, null, null, null, null);
        item.edit(noDeadline, act("office", Role.OFFICE_STAFF));
        refused("error.deadline.required", () -> item.submitForApproval(null, act("office", Role.OFFICE_STAFF)));
        assertEquals(ItemState.DRAFT, item.getState());
    }

    @Test
    void anItemIsAcceptedWithNoMilestoneOpenAndNoRequestUndecided() {
        SupervisionItem item = SupervisionItem.draft(completeDraft(List.of(
                new MilestonePlan("完成排查", TODAY.plusDays(10)))), act("office", Role.OFFICE_STAFF));
        item.submitForApproval(null, act("office", Role.OFFICE_STAFF));
        item.approve(new ItemNumber(2026, 3), null, act("leader", Role.LEADER));
        item.assign(null, act("office", Role.OFFICE_STAFF));
        item.acknowledge(academic, act("jw.head", Role.UNIT_HEAD));
        item.requestExtension("设备未到", TODAY.plusDays(40), act("jw.head", Role.UNIT_HEAD));
        refused("error.extension.alreadyPending",
                () -> item.requestExtension("再延", TODAY.plusDays(50), act("jw.head", Role.UNIT_HEAD)));
        item.submitCompletion("完成", act("jw.head", Role.UNIT_HEAD));
        refused("error.accept.milestonesOpen", () -> item.accept(null, act("office", Role.OFFICE_STAFF), WorkingCalendar.weekdaysOnly()));
        item.returnForRework(ReworkKind.SUPPLEMENT, "分解任务未完成", act("office", Role.OFFICE_STAFF));
        item.completeMilestone(item.getMilestones().get(0), act("jw.staff", Role.UNIT_STAFF));
        item.submitCompletion("完成", act("jw.head", Role.UNIT_HEAD));
        refused("error.accept.requestPending", () -> item.accept(null, act("office", Role.OFFICE_STAFF), WorkingCalendar.weekdaysOnly()));
        item.decideExtension(false, "已完成，无需延期", act("director", Role.OFFICE_DIRECTOR));
        item.accept(null, act("office", Role.OFFICE_STAFF), WorkingCalendar.weekdaysOnly());
        assertEquals(ItemState.COMPLETED, item.getState());
    }

    @Test
    void theFeedbackIsReadOnceAndFiledOnlyAfterIt() {
        SupervisionItem item = itemInProgress();
        item.submitCompletion("完成", act("jw.head", Role.UNIT_HEAD));
        item.accept(null, act("office", Role.OFFICE_STAFF), WorkingCalendar.weekdaysOnly());
        item.feedBack("已办结", act("office", Role.OFFICE_STAFF));
        refused("error.archive.notRead", () -> item.archive(act("office", Role.OFFICE_STAFF)));
        item.markRead(act("leader", Role.LEADER));
        int events = item.getEvents().size();
        refused("error.read.already", () -> item.markRead(act("leader", Role.LEADER)));
        assertEquals(events, item.getEvents().size(), "no second 阅知 in the history");
        item.archive(act("office", Role.OFFICE_STAFF));
        assertEquals(ItemState.ARCHIVED, item.getState());
    }

    @Test
    void returnForReworkNeedsAReasonAndAKind() {
        SupervisionItem item = itemInProgress();
        item.submitCompletion("完成", act("jw.head", Role.UNIT_HEAD));
        refused("error.reason.required",
                () -> item.returnForRework(ReworkKind.REDO, "", act("office", Role.OFFICE_STAFF)));
        refused("error.rework.kindRequired", () -> item.returnForRework(null, "不合格", act("office", Role.OFFICE_STAFF)));
        assertEquals(ItemState.SUBMITTED, item.getState());
        item.returnForRework(ReworkKind.REDO, "方向错误", act("office", Role.OFFICE_STAFF));
        assertEquals("REDO", item.getEvents().get(item.getEvents().size() - 1).getDetail());
    }

    @Test
    void extensionKeepsTheOriginalDeadlineAndOnlyMovesItLater() {
        SupervisionItem item = itemInProgress();
        LocalDate original = item.getDeadline().getDue();
        refused("error.deadline.extensionNotLater",
                () -> item.requestExtension("设备未到", original.minusDays(1), act("jw.head", Role.UNIT_HEAD)));
        item.requestExtension("设备未到", original.plusDays(14), act("jw.head", Role.UNIT_HEAD));
        item.decideExtension(true, "同意", act("director", Role.OFFICE_DIRECTOR));
        assertEquals(original.plusDays(14), item.getDeadline().getDue());
        assertEquals(original, item.getDeadline().getOriginal());
        assertTrue(item.getDeadline().isExtended());

        item.requestExtension("仍未到货", original.plusDays(30), act("jw.head", Role.UNIT_HEAD));
        refused("error.reason.required", () -> item.decideExtension(false, null, act("director", Role.OFFICE_DIRECTOR)));
        item.decideExtension(false, "不再延期", act("director", Role.OFFICE_DIRECTOR));
        assertEquals(original.plusDays(14), item.getDeadline().getDue());
        refused("error.extension.nonePending", () -> item.decideExtension(true, null, act("director", Role.OFFICE_DIRECTOR)));
    }

    @Test
    void suspensionNeedsALeadersApprovalAndCanBeResumed() {
        SupervisionItem item = itemInProgress();
        refused("error.reason.required", () -> item.requestHalt(HaltKind.SUSPEND, " ", act("office", Role.OFFICE_STAFF)));
        item.requestHalt(HaltKind.SUSPEND, "政策调整", act("office", Role.OFFICE_STAFF));
        assertEquals(ItemState.IN_PROGRESS, item.getState(), "a request alone stops nothing");
        item.decideHalt(true, "同意中止", act("leader", Role.LEADER));
        assertEquals(ItemState.SUSPENDED, item.getState());
        item.resume("恢复办理", act("leader", Role.LEADER));
        assertEquals(ItemState.IN_PROGRESS, item.getState());

        item.requestHalt(HaltKind.TERMINATE, "事项取消", act("office", Role.OFFICE_STAFF));
        item.decideHalt(true, null, act("leader", Role.LEADER));
        assertEquals(ItemState.TERMINATED, item.getState());
        item.archive(act("office", Role.OFFICE_STAFF));
        assertEquals(ItemState.ARCHIVED, item.getState());
    }

    @Test
    void urgingByInterviewNamesThePeopleAndHappensNotInTheFuture() {
        SupervisionItem item = itemInProgress();
        refused("error.urging.peopleRequired",
                () -> new UrgingRecord(UrgingMethod.INTERVIEW, TODAY, " ", "约谈", null));
        refused("error.urging.dateInFuture", () -> item.urge(
                new UrgingRecord(UrgingMethod.LETTER, TODAY.plusDays(1), null, "发函", null),
                act("office", Role.OFFICE_STAFF)));
        assertEquals(0, item.getFollowUp().getUrgings(), "a refused urging is not counted");
        item.urge(new UrgingRecord(UrgingMethod.INTERVIEW, TODAY.minusDays(1), "教务处处长", "约谈", "三日内完成"),
                act("office", Role.OFFICE_STAFF));
        assertEquals(1, item.getFollowUp().getUrgings());
        ItemEvent last = item.getEvents().get(item.getEvents().size() - 1);
        assertEquals(TODAY.minusDays(1).atStartOfDay(ZONE).toInstant(), last.getOccurredAt());
        assertTrue(last.getRecordedAt().isAfter(last.getOccurredAt()));
    }

    @Test
    void filesGoWithTheEventAndKeepTheirHash() {
        SupervisionItem item = itemInProgress();
        byte[] bytes = "%PDF-1.4 report".getBytes(StandardCharsets.UTF_8);
        Act withFile = act("jw.staff", Role.UNIT_STAFF).withFiles(List.of(new NewFile("进展.pdf", "application/pdf", bytes)));
        item.reportProgress("附进展报告", withFile);
        Attachment attachment = item.getAttachments().get(0);
        assertEquals(org.duban.shared.Sha256.hex(bytes), attachment.getSha256());
        assertEquals(64, attachment.getSha256().length());
        assertTrue(attachment.isIntact());
        assertSame(item.getEvents().get(item.getEvents().size() - 1), attachment.getEvent());
        assertEquals(List.of(attachment), attachment.getEvent().getAttachments());
    }

    @Test
    void anApprovedNumberIsOfTheYearOfApproval() {
        SupervisionItem item = SupervisionItem.draft(completeDraft(List.of()), act("office", Role.OFFICE_STAFF));
        item.submitForApproval(null, act("office", Role.OFFICE_STAFF));
        refused("error.itemNumber.year", () -> item.approve(new ItemNumber(2025, 9), null, act("leader", Role.LEADER)));
        assertNull(item.getNumber());
        assertEquals(Instant.class, item.getCreatedAt().getClass());
    }

    @Test
    void theLightFollowsTheDeadlineWhileTheItemIsUnderWay() {
        SupervisionItem draft = SupervisionItem.draft(completeDraft(List.of()), act("office", Role.OFFICE_STAFF));
        WorkingCalendar weekdays = WorkingCalendar.weekdaysOnly();
        assertNull(Light.of(draft, TODAY, weekdays, 3), "a draft has no light");
        SupervisionItem item = itemInProgress();
        LocalDate due = item.getDeadline().getDue(); // 2026-04-01, a Wednesday
        assertEquals(java.time.DayOfWeek.WEDNESDAY, due.getDayOfWeek());
        assertEquals(Light.GREEN, Light.of(item, due.minusDays(6), weekdays, 3), "Thursday before: four working days ahead");
        assertEquals(Light.YELLOW, Light.of(item, due.minusDays(5), weekdays, 3), "Friday: Monday, Tuesday, Wednesday");
        assertEquals(Light.YELLOW, Light.of(item, due.minusDays(2), weekdays, 3), "Monday: due within three");
        assertEquals(Light.YELLOW, Light.of(item, due.minusDays(3), weekdays, 3), "Sunday counts from Monday");
        assertEquals(Light.YELLOW, Light.of(item, due, weekdays, 3));
        assertEquals(Light.RED, Light.of(item, due.plusDays(1), weekdays, 3));
        WorkingCalendar dueIsHoliday = new WorkingCalendar(List.of(
                new org.duban.calendar.CalendarDay(due, org.duban.calendar.DayKind.HOLIDAY, "假日")));
        assertEquals(Light.YELLOW, Light.of(item, due.plusDays(1), dueIsHoliday, 3), "due on a holiday: the next day still counts");
    }
}
