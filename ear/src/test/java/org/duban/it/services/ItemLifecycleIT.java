package org.duban.it.services;

import org.duban.it.support.*;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.duban.history.ItemEvent;
import org.duban.history.NewFile;
import org.duban.item.ItemAction;
import org.duban.item.ItemNumber;
import org.duban.item.ItemQueries;
import org.duban.item.ItemQueries.SortBy;
import org.duban.item.ItemState;
import org.duban.item.ItemWorkflow;
import org.duban.item.ReworkKind;
import org.duban.item.SupervisionItem;
import org.duban.item.Urging.UrgingRecord;
import org.duban.item.UrgingMethod;
import org.duban.shared.AccessDeniedException;
import org.duban.shared.ConcurrentChangeException;
import org.duban.shared.DomainException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One item through all seven steps on Payara Micro with real Derby, signed in as the people who do each step,
 * and the refusals: a wrong role, a foreign unit, a stale or concurrent change; two registrations at once.
 */
class ItemLifecycleIT extends InServerTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(Parallel.class);
    }



    @EJB
    private ItemWorkflow workflow;

    @EJB
    private ItemQueries queries;

    @EJB
    private Parallel parallel;
    @EJB
    private org.duban.item.DecisionImport decisions;


    private SupervisionItem item(long id) {
        return queries.detail(id);
    }

    private long registeredAndAssignedItem(String title) {
        as(world.officeStaff);
        long id = workflow.draft(world.draft(title, LocalDate.now().plusDays(30), List.of()), List.of());
        workflow.submitForApproval(id, null, null);
        as(world.leader);
        workflow.approve(id, null, "同意");
        as(world.officeStaff);
        workflow.assign(id, null, null);
        return id;
    }

    private static <T extends Throwable> T refused(Class<T> type, Executable action) {
        return assertThrows(type, action);
    }

    /**
     * A meeting's sheet of {@code rows} matters in this test's units, a title row above its header; matter
     * {@code wrongCategory} names a category nobody knows and matter {@code wrongLeader} a leader nobody is (0: none).
     */
    private String decisionSheet(int rows, LocalDate due, int wrongCategory, int wrongLeader) {
        StringBuilder sheet = new StringBuilder("2026年第5次院长办公会议定事项\n"
                + "事项名称,类别,来源,纪要编号,主要任务,量化指标,牵头单位,协办单位,分管领导,完成时限,紧急程度,报送周期\n");
        for (int i = 1; i <= rows; i++) {
            sheet.append("议定事项").append(i).append(' ').append(world.id)
                    .append(i == wrongCategory ? ",会议议定事宜" : ",会议议定事项").append(",,,\"按纪要落实\n第").append(i)
                    .append("项\",完成率：100%；检查：").append(i).append("次,").append(world.leadUnit.getCode()).append(',')
                    .append(world.coUnit.getName()).append(',').append(i == wrongLeader ? "无此人" : world.leader.getUsername())
                    .append(',').append(due.getYear()).append('/').append(due.getMonthValue()).append('/')
                    .append(due.getDayOfMonth()).append(",重要,每月\n");
        }
        return sheet.toString();
    }

    @Test
    void aMeetingsDecisionsAreCheckedWholeThenBecomeDraftsInOneGo() {
        as(world.officeStaff);
        LocalDate due = LocalDate.now().plusDays(40);
        String meeting = "院长办公会 " + world.id;
        String good = decisionSheet(6, due, 0, 0);
        String bad = decisionSheet(6, due, 2, 5);
        var checked = decisions.check(bad.getBytes(java.nio.charset.Charset.forName("GBK")), meeting, "院办纪〔2026〕5号");
        assertFalse(checked.ready());
        assertEquals(6, checked.rows().size());
        // the title row is line 1, the header line 2; a task spans two lines, so matter n starts on line 3 + 2(n-1)
        assertEquals(List.of(5, 11), checked.rows().stream().filter(row -> !row.problems().isEmpty())
                .map(org.duban.item.DecisionImport.CheckedRow::line).toList(), checked.rows().toString());
        assertEquals("error.decision.category", checked.rows().get(1).problems().get(0).messageKey());
        assertEquals("error.decision.leader", checked.rows().get(4).problems().get(0).messageKey());
        assertEquals("error.decision.notReady", assertThrows(DomainException.class,
                () -> decisions.create(bad.getBytes(StandardCharsets.UTF_8), meeting, null)).getMessageKey());
        assertTrue(queries.list(new org.duban.item.ItemFilter(false, null, null, null, null, null, null, null, meeting),
                0, 50, SortBy.DUE, true).isEmpty(), "nothing created from a wrong sheet");

        assertTrue(decisions.check(good.getBytes(StandardCharsets.UTF_8), meeting, "院办纪〔2026〕5号").ready());
        List<Long> ids = decisions.create(good.getBytes(StandardCharsets.UTF_8), meeting, "院办纪〔2026〕5号");
        assertEquals(6, ids.size());
        SupervisionItem first = item(ids.get(0));
        assertEquals(ItemState.DRAFT, first.getState());
        assertEquals(meeting, first.getSource(), "linked to the meeting as its source");
        assertEquals("院办纪〔2026〕5号", first.getSourceReference());
        assertEquals(world.leadUnit.getId(), first.getLeadUnit().getId());
        assertEquals(due, first.getDeadline().getDue());
        assertEquals(2, first.getTargets().size());
        assertEquals(6, queries.count(new org.duban.item.ItemFilter(false, null, null, null, null, null, null, null,
                meeting)), "the meeting's name finds its drafts");
        assertEquals(6, queries.count(new org.duban.item.ItemFilter(false, null, null, null, null, null, null, null,
                "院长办公会\u3000" + toFullWidth(world.id.toUpperCase()))), "typed in full width and either case, too");
        // the drafts go through the seven steps as usual
        workflow.submitForApproval(ids.get(0), null, null);
        as(world.leader);
        workflow.approve(ids.get(0), null, "同意");
        assertEquals(ItemState.REGISTERED, item(ids.get(0)).getState());
    }

    @Test
    void oneItemWalksThroughAllSevenSteps() {
        LocalDate due = LocalDate.now().plusDays(20);
        // 拟办: the office drafts and consults
        as(world.officeStaff);
        long id = workflow.draft(world.draft("实验室安全整改 " + world.id, due, List.of()), List.of());
        assertEquals(ItemState.DRAFT, item(id).getState());
        workflow.sendForConsultation(id, item(id).getVersion(), Set.of(world.leadUnit.getId()), Set.of(), "请提意见");
        as(world.leadHead);
        workflow.comment(id, "同意，时限可行", List.of());
        as(world.officeStaff);
        workflow.submitForApproval(id, item(id).getVersion(), null);
        assertEquals(ItemState.PENDING_APPROVAL, item(id).getState());

        // 审定 and 立项: the leader approves; the item gets its number
        as(world.leader);
        ItemNumber number = workflow.approve(id, item(id).getVersion(), "同意立项");
        assertEquals(LocalDate.now().getYear(), number.getYear());
        assertEquals(ItemState.REGISTERED, item(id).getState());
        assertEquals(number, item(id).getNumber());
        // the number as people type it into the work list's search box, in full width and with other brackets
        String typed = "督办［" + toFullWidth(String.valueOf(number.getYear())) + "］" + number.getSequence() + "号";
        assertTrue(queries.list(new org.duban.item.ItemFilter(false, null, null, null, null, null, null, null, typed),
                0, 50, ItemQueries.SortBy.DUE, true).stream().anyMatch(found -> found.getId() == id), typed + " finds " + number);

        // 交办 and 签收
        as(world.officeStaff);
        workflow.assign(id, item(id).getVersion(), "请按时办结");
        assertEquals(ItemState.ASSIGNED, item(id).getState());
        assertNotNull(item(id).getAssignmentNoticeNumber());
        as(world.coHead);
        workflow.acknowledge(id, null);
        assertEquals(ItemState.ASSIGNED, item(id).getState());
        as(world.leadHead);
        workflow.acknowledge(id, null);
        assertEquals(ItemState.IN_PROGRESS, item(id).getState());
        workflow.handOver(id, null, world.leadStaff.getUsername());

        // 查办: progress with a file, urging by letter, an extension asked and granted
        as(world.leadStaff);
        byte[] pdf = Fixtures.pdf("进展");
        workflow.reportProgress(id, "已检查20间", List.of(new NewFile("进展.pdf", "application/pdf", pdf)));
        as(world.officeStaff);
        workflow.urge(id, new UrgingRecord(UrgingMethod.LETTER, LocalDate.now(), null, "发催办函", null), List.of());
        as(world.leadHead);
        workflow.requestExtension(id, null, "设备未到", due.plusDays(10));
        as(world.director);
        workflow.decideExtension(id, null, true, "同意");
        assertEquals(due.plusDays(10), item(id).getDeadline().getDue());
        assertEquals(due, item(id).getDeadline().getOriginal());

        // 办结: drafted by staff, submitted by the head, returned once, then accepted
        as(world.leadStaff);
        workflow.draftCompletion(id, null, "全部完成");
        as(world.leadHead);
        workflow.submitCompletion(id, null, null, List.of());
        assertEquals(ItemState.SUBMITTED, item(id).getState());
        as(world.officeStaff);
        workflow.returnForRework(id, null, ReworkKind.SUPPLEMENT, "缺少照片");
        assertEquals(ItemState.IN_PROGRESS, item(id).getState());
        as(world.leadHead);
        workflow.submitCompletion(id, null, "补充了照片", List.of());
        as(world.officeStaff);
        workflow.accept(id, null, "符合要求");
        assertEquals(ItemState.COMPLETED, item(id).getState());

        // 反馈: to the leader, who reads it and gives an instruction
        workflow.feedBack(id, null, "已办结");
        as(world.leader);
        workflow.markRead(id);
        workflow.instruct(id, "推广经验");
        assertEquals(ItemState.FED_BACK, item(id).getState());

        // 归档
        as(world.officeStaff);
        workflow.archive(id, null, null, null);
        SupervisionItem archived = item(id);
        assertEquals(ItemState.ARCHIVED, archived.getState());
        DomainException readOnly = refused(DomainException.class, () -> workflow.recordHelp(id, "再协调", List.of()));
        assertEquals("error.item.actionNotAllowed", readOnly.getMessageKey());

        List<ItemEvent> history = archived.getEvents();
        assertEquals(List.of(ItemAction.CREATE, ItemAction.SEND_FOR_CONSULTATION, ItemAction.COMMENT,
                ItemAction.SUBMIT_FOR_APPROVAL, ItemAction.APPROVE, ItemAction.ASSIGN, ItemAction.ACKNOWLEDGE,
                ItemAction.ACKNOWLEDGE, ItemAction.HAND_OVER, ItemAction.REPORT_PROGRESS, ItemAction.URGE,
                ItemAction.REQUEST_EXTENSION, ItemAction.DECIDE_EXTENSION, ItemAction.DRAFT_COMPLETION,
                ItemAction.SUBMIT_COMPLETION, ItemAction.RETURN_FOR_REWORK, ItemAction.SUBMIT_COMPLETION,
                ItemAction.ACCEPT, ItemAction.FEED_BACK, ItemAction.MARK_READ, ItemAction.INSTRUCT, ItemAction.ARCHIVE),
                history.stream().map(ItemEvent::getAction).toList());
        assertEquals(world.leader.getUsername(), history.get(4).getActor().getUsername());
        assertEquals("LEADER", history.get(4).getActor().getRole().name());
        for (int i = 1; i < history.size(); i++) {
            assertEquals(history.get(i - 1).getHash(), history.get(i).getPreviousHash(), "hash chain at " + i);
            assertEquals(history.get(i).getHash(), history.get(i).computeHash(), "stored event " + i + " unchanged");
        }
        List<org.duban.item.Attachment> uploaded = archived.getAttachments().stream()
                .filter(file -> file.getIssuedAs() == null).toList();
        assertEquals(1, uploaded.size());
        assertTrue(uploaded.get(0).isIntact());
        // each document issued is kept with the step that issued it, its hash in that step's event
        List<org.duban.item.Attachment> issued = archived.getAttachments().stream()
                .filter(file -> file.getIssuedAs() != null).toList();
        assertEquals(List.of("ASSIGNMENT_NOTICE ASSIGN", "URGING_LETTER URGE", "COMPLETION_REPORT SUBMIT_COMPLETION",
                        "COMPLETION_REPORT SUBMIT_COMPLETION", "FEEDBACK_REPORT FEED_BACK"),
                issued.stream().map(file -> file.getIssuedAs() + " " + file.getEvent().getAction()).toList());
        for (org.duban.item.Attachment document : issued) {
            assertTrue(document.isIntact(), document.getFileName());
            assertEquals(document.getSha256(), document.getEvent().getIssuedSha256(), document.getFileName());
        }
        assertEquals(issued.size(), issued.stream().map(org.duban.item.Attachment::getFileName).distinct().count(),
                "each under its own name (a second 办结报告 is -BJ-2)");
    }

    @Test
    void aWrongRoleIsRefusedByTheContainer() {
        as(world.officeStaff);
        long id = workflow.draft(world.draft("角色测试 " + world.id, LocalDate.now().plusDays(30), List.of()), List.of());
        workflow.submitForApproval(id, null, null);
        refused(EJBAccessException.class, () -> workflow.approve(id, null, "自己批准"));
        as(world.leadHead);
        refused(EJBAccessException.class, () -> workflow.approve(id, null, null));
        refused(EJBAccessException.class, () -> workflow.draft(world.draft("越权", LocalDate.now(), List.of()), List.of()));
        as(world.leader);
        refused(EJBAccessException.class, () -> workflow.assign(id, null, null));
        as(world.leadStaff);
        long assigned = registeredAndAssignedItem("角色测试二 " + world.id);
        as(world.leadStaff);
        refused(EJBAccessException.class, () -> workflow.acknowledge(assigned, null));
        as(world.director);
        refused(EJBAccessException.class, () -> workflow.markRead(assigned));
        assertEquals(ItemState.ASSIGNED, item(assigned).getState(), "nothing changed");
        as(world.leader);
        assertNotNull(workflow.approve(id, null, "同意"), "the right role passes the same check");
    }

    @Test
    void aForeignUnitNeitherSeesNorActs() {
        long id = registeredAndAssignedItem("单位隔离 " + world.id);
        as(world.foreignHead);
        AccessDeniedException denied = refused(AccessDeniedException.class, () -> workflow.acknowledge(id, null));
        assertEquals("error.access.item", denied.getMessageKey());
        refused(AccessDeniedException.class, () -> queries.detail(id));
        assertTrue(queries.concerningMe(0, 1000, SortBy.DUE, true).stream().noneMatch(i -> i.getId() == id));
        as(world.foreignStaff);
        refused(AccessDeniedException.class, () -> workflow.reportProgress(id, "越界", List.of()));

        as(world.leadStaff);
        assertTrue(queries.concerningMe(0, 1000, SortBy.DUE, true).stream().anyMatch(i -> i.getId() == id));
        as(world.coHead);
        workflow.acknowledge(id, null);
        refused(AccessDeniedException.class, () -> workflow.requestExtension(id, null, "协作单位不能申请",
                LocalDate.now().plusDays(60)));
        assertEquals(ItemState.ASSIGNED, item(id).getState());
    }

    @EJB
    private org.duban.settings.SettingsService settings;

    @Test
    void leadersDecideExtensionsOnlyWhenTheSettingSaysSo() {
        long id = registeredAndAssignedItem("延期审批权 " + world.id);
        as(world.leadHead);
        workflow.acknowledge(id, null);
        workflow.requestExtension(id, null, "设备未到", LocalDate.now().plusDays(60));
        as(world.leader);
        assertEquals("error.access.action", refused(AccessDeniedException.class,
                () -> workflow.decideExtension(id, null, true, "同意")).getMessageKey());
        as(world.admin);
        org.duban.settings.Settings before = settings.current();
        settings.change(before.getVersion(), before.getWarningDays(), before.getAckReminderDays(),
                before.getOverdueRepeatDays(), before.getEscalationUrges(), before.getEscalationDays(),
                before.getScanHour(), before.isMailEnabled(), true);
        try {
            as(world.leader);
            workflow.decideExtension(id, null, true, "同意");
            assertEquals(LocalDate.now().plusDays(60), item(id).getDeadline().getDue());
        } finally {
            as(world.admin);
            org.duban.settings.Settings now = settings.current();
            settings.change(now.getVersion(), now.getWarningDays(), now.getAckReminderDays(), now.getOverdueRepeatDays(),
                    now.getEscalationUrges(), now.getEscalationDays(), now.getScanHour(), now.isMailEnabled(), false);
        }
    }

    @Test
    void twoRegistrationsAtOnceGetConsecutiveNumbers() throws Exception {
        as(world.officeStaff);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long id = workflow.draft(world.draft("并发立项" + i + " " + world.id, LocalDate.now().plusDays(30), List.of()),
                    List.of());
            workflow.submitForApproval(id, null, null);
            ids.add(id);
        }
        as(world.leader);
        Parallel.Gate gate = parallel.gate(2);
        Future<ItemNumber> first = parallel.approve(gate.id(), ids.get(0));
        Future<ItemNumber> second = parallel.approve(gate.id(), ids.get(1));
        ItemNumber a = first.get();
        ItemNumber b = second.get();
        assertNotEquals(a, b);
        assertEquals(1, Math.abs(a.getSequence() - b.getSequence()), a + " and " + b + " are consecutive");
    }

    @Test
    void aConcurrentEditIsDetected() throws Exception {
        as(world.officeStaff);
        long id = workflow.draft(world.draft("并发修改 " + world.id, LocalDate.now().plusDays(30), List.of()), List.of());
        int seen = item(id).getVersion();
        workflow.edit(id, seen, world.draft("并发修改（甲）" + world.id, LocalDate.now().plusDays(30), List.of()));
        ConcurrentChangeException stale = refused(ConcurrentChangeException.class,
                () -> workflow.edit(id, seen, world.draft("并发修改（乙）" + world.id, LocalDate.now().plusDays(30), List.of())));
        assertEquals("error.concurrentChange", stale.getMessageKey());
        assertTrue(item(id).getTitle().contains("甲"), "the second change was not applied");

        int now = item(id).getVersion();
        Parallel.Gate gate = parallel.gate(2);
        Future<String> one = parallel.edit(gate.id(), id, now, world.draft("同时甲 " + world.id, LocalDate.now().plusDays(30), List.of()));
        Future<String> two = parallel.edit(gate.id(), id, now, world.draft("同时乙 " + world.id, LocalDate.now().plusDays(30), List.of()));
        List<String> outcomes = List.of(one.get(), two.get());
        assertTrue(outcomes.contains("saved"), outcomes.toString());
        assertTrue(outcomes.contains("error.concurrentChange"), outcomes.toString());
    }

    private static String toFullWidth(String digits) {
        StringBuilder wide = new StringBuilder();
        digits.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
        return wide.toString();
    }
}
