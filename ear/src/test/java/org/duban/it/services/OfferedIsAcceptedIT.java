package org.duban.it.services;

import org.duban.it.support.*;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import org.duban.deadline.DeadlineScan;
import org.duban.item.HaltKind;
import org.duban.item.ItemAction;
import org.duban.item.ItemDraft.MilestonePlan;
import org.duban.item.ItemQueries;
import org.duban.item.ItemWorkflow;
import org.duban.item.Milestone;
import org.duban.item.ReworkKind;
import org.duban.item.SupervisionItem;
import org.duban.item.Urging.UrgingRecord;
import org.duban.item.UrgingMethod;
import org.duban.organization.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The rules decide, the screens ask: for every action, every kind of person and the situations that matter (nothing
 * pending / pending; before / after a receipt or a 阅知; with / without open milestones; escalated or not), what the
 * item page offers is exactly what the service accepts. Each action is tried for real, with valid input, in a
 * transaction that is then rolled back, so the item stays in its situation for the next try.
 */
class OfferedIsAcceptedIT extends InServerTest {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.microWarForInContainerTests();
    }

    @EJB
    private ItemWorkflow workflow;
    @EJB
    private ItemQueries queries;
    @EJB
    private DeadlineScan scan;
    @Resource
    private UserTransaction transaction;

    private final LocalDate today = LocalDate.now();
    private final LocalDate due = today.plusDays(40);

    @Test
    void everythingOfferedIsAcceptedAndNothingElse() throws Exception {
        List<String> mismatches = new ArrayList<>();
        Situations situations = new Situations();
        situations.each((name, itemId) -> mismatches.addAll(check(name, itemId)));
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    /**
     * What the regulation gives each person in each situation at the least (DESIGN.md's table), so that a rule
     * refusing everyone cannot pass for agreement: situation → person → actions offered.
     */
    private static final Map<String, Map<String, Set<ItemAction>>> AT_LEAST = Map.ofEntries(
            Map.entry("draft", Map.of("office", EnumSet.of(ItemAction.EDIT_DRAFT, ItemAction.SEND_FOR_CONSULTATION,
                    ItemAction.SUBMIT_FOR_APPROVAL), "director", EnumSet.of(ItemAction.SUBMIT_FOR_APPROVAL))),
            Map.entry("draft without targets", Map.of("office", EnumSet.of(ItemAction.EDIT_DRAFT))),
            Map.entry("in consultation", Map.of("leadHead", EnumSet.of(ItemAction.COMMENT),
                    "leader", EnumSet.of(ItemAction.COMMENT), "office", EnumSet.of(ItemAction.SUBMIT_FOR_APPROVAL))),
            Map.entry("pending approval", Map.of("leader", EnumSet.of(ItemAction.APPROVE, ItemAction.RETURN_DRAFT,
                    ItemAction.CANCEL))),
            Map.entry("assigned, no receipt", Map.of("leadHead", EnumSet.of(ItemAction.ACKNOWLEDGE,
                    ItemAction.HAND_OVER, ItemAction.REQUEST_EXTENSION), "coHead", EnumSet.of(ItemAction.ACKNOWLEDGE),
                    "office", EnumSet.of(ItemAction.URGE, ItemAction.RECORD_HELP, ItemAction.REQUEST_HALT),
                    "leader", EnumSet.of(ItemAction.INSTRUCT))),
            Map.entry("lead unit acknowledged, co-unit not, a milestone open", Map.of("leadHead", EnumSet.of(
                    ItemAction.REPORT_PROGRESS, ItemAction.COMPLETE_MILESTONE, ItemAction.DRAFT_COMPLETION,
                    ItemAction.SUBMIT_COMPLETION, ItemAction.REQUEST_EXTENSION), "leadStaff", EnumSet.of(
                    ItemAction.REPORT_PROGRESS, ItemAction.COMPLETE_MILESTONE, ItemAction.DRAFT_COMPLETION),
                    "coHead", EnumSet.of(ItemAction.ACKNOWLEDGE, ItemAction.REPORT_PROGRESS))),
            Map.entry("extension and halt pending", Map.of("director", EnumSet.of(ItemAction.DECIDE_EXTENSION),
                    "leader", EnumSet.of(ItemAction.DECIDE_HALT))),
            Map.entry("submitted with a milestone open", Map.of("office", EnumSet.of(ItemAction.RETURN_FOR_REWORK))),
            Map.entry("escalated", Map.of("director", EnumSet.of(ItemAction.ISSUE_NOTICE))),
            Map.entry("fed back, not read", Map.of("leader", EnumSet.of(ItemAction.MARK_READ, ItemAction.INSTRUCT))),
            Map.entry("fed back and read", Map.of("office", EnumSet.of(ItemAction.ARCHIVE))),
            Map.entry("suspended", Map.of("leader", EnumSet.of(ItemAction.RESUME),
                    "office", EnumSet.of(ItemAction.ARCHIVE))));

    /** The person's offer on the page, and each action tried through the service: the two must agree. */
    private List<String> check(String situation, long itemId) {
        List<String> mismatches = new ArrayList<>();
        long milestone = openMilestone(itemId);
        Map<String, Account> people = new LinkedHashMap<>();
        people.put("office", world.officeStaff);
        people.put("director", world.director);
        people.put("leader", world.leader);
        people.put("leadHead", world.leadHead);
        people.put("leadStaff", world.leadStaff);
        people.put("coHead", world.coHead);
        people.put("foreignHead", world.foreignHead);
        people.put("admin", world.admin);
        for (Map.Entry<String, Account> entry : people.entrySet()) {
            Account person = entry.getValue();
            as(person);
            Set<ItemAction> offered = offered(itemId);
            Set<ItemAction> expected = AT_LEAST.getOrDefault(situation, Map.of()).getOrDefault(entry.getKey(), Set.of());
            if (!offered.containsAll(expected)) {
                mismatches.add(situation + ": " + entry.getKey() + " should be offered " + expected + ", is offered "
                        + offered);
            }
            for (ItemAction action : ItemAction.values()) {
                if (!action.isTakenOnItem()) {
                    continue;
                }
                String refusal = attempt(itemId, action, milestone);
                boolean accepted = refusal == null;
                if (offered.contains(action) != accepted) {
                    mismatches.add(situation + ": " + person.getUsername().replaceAll("-.*", "") + " " + action
                            + (accepted ? " accepted but not offered" : " offered but refused: " + refusal));
                }
            }
        }
        return mismatches;
    }

    private Set<ItemAction> offered(long itemId) {
        try {
            List<ItemAction> actions = queries.offer(queries.detail(itemId)).actions();
            return actions.isEmpty() ? EnumSet.noneOf(ItemAction.class) : EnumSet.copyOf(actions);
        } catch (RuntimeException cannotSeeIt) {
            return EnumSet.noneOf(ItemAction.class);
        }
    }

    /** Tries the action with valid input and rolls it back; null when the service accepted it, else why not. */
    private String attempt(long itemId, ItemAction action, long milestone) {
        try {
            transaction.begin();
            try {
                take(itemId, action, milestone);
                return null;
            } catch (RuntimeException refused) {
                return refused.getClass().getSimpleName() + " " + refused.getMessage();
            } finally {
                transaction.rollback();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void take(long id, ItemAction action, long milestone) {
        switch (action) {
            case EDIT_DRAFT -> workflow.edit(id, null, world.draft("改 " + world.id, due, List.of()));
            case SEND_FOR_CONSULTATION -> workflow.sendForConsultation(id, null, Set.of(world.leadUnit.getId()), Set.of(), "请提意见");
            case COMMENT -> workflow.comment(id, "同意", List.of());
            case SUBMIT_FOR_APPROVAL -> workflow.submitForApproval(id, null, null);
            case APPROVE -> workflow.approve(id, null, null);
            case RETURN_DRAFT -> workflow.returnDraft(id, null, "请修改");
            case CANCEL -> workflow.cancel(id, null, "重复");
            case ASSIGN -> workflow.assign(id, null, null);
            case ACKNOWLEDGE -> workflow.acknowledge(id, null);
            case HAND_OVER -> workflow.handOver(id, null, world.leadStaff.getUsername());
            case REPORT_PROGRESS -> workflow.reportProgress(id, "进展", List.of());
            case COMPLETE_MILESTONE -> workflow.completeMilestone(id, null, milestone);
            case URGE -> workflow.urge(id, new UrgingRecord(UrgingMethod.PHONE, today, null, "电话督查", null), List.of());
            case RECORD_HELP -> workflow.recordHelp(id, "协调场地", List.of());
            case REQUEST_EXTENSION -> workflow.requestExtension(id, null, "设备未到", due.plusDays(30));
            case DECIDE_EXTENSION -> workflow.decideExtension(id, null, true, "同意");
            case DRAFT_COMPLETION -> workflow.draftCompletion(id, null, "办结草稿");
            case SUBMIT_COMPLETION -> workflow.submitCompletion(id, null, "办结报告", List.of());
            case ACCEPT -> workflow.accept(id, null, null);
            case RETURN_FOR_REWORK -> workflow.returnForRework(id, null, ReworkKind.SUPPLEMENT, "补充材料");
            case FEED_BACK -> workflow.feedBack(id, null, "已办结");
            case MARK_READ -> workflow.markRead(id);
            case INSTRUCT -> workflow.instruct(id, "继续跟踪");
            case REQUEST_HALT -> workflow.requestHalt(id, null, HaltKind.SUSPEND, "政策调整");
            case DECIDE_HALT -> workflow.decideHalt(id, null, true, "同意");
            case RESUME -> workflow.resume(id, null, null);
            case ARCHIVE -> workflow.archive(id, null, null, null);
            case ISSUE_NOTICE -> workflow.issueNotice(id, null, "通报");
            default -> fail("no way to try " + action);
        }
    }

    /** The page's milestone list holds the open ones; with none there is nothing to choose (-1 is no milestone). */
    private long openMilestone(long id) {
        as(world.officeStaff);
        List<Milestone> open = queries.detail(id).getMilestones().stream().filter(Milestone::isOpen).toList();
        return open.isEmpty() ? -1 : open.get(0).getId();
    }

    private interface Check {
        void of(String situation, long itemId);
    }

    /** Items brought to each situation by the people whose turn it is, through the services. */
    private final class Situations {

        void each(Check check) {
            long drafted = drafted(List.of());
            check.of("draft", drafted);
            long notReady = drafted(List.of());
            as(world.officeStaff);
            workflow.edit(notReady, null, new org.duban.item.DraftInput(org.duban.item.Category.PLAN, null, null,
                    "未量化 " + world.id, null, null, List.of(), world.leadUnit.getId(), Set.of(), world.leader.getId(),
                    null, due, null, null));
            check.of("draft without targets", notReady);

            long consulted = drafted(List.of());
            as(world.officeStaff);
            workflow.sendForConsultation(consulted, null, Set.of(world.leadUnit.getId()), Set.of(world.leader.getId()), "请提意见");
            check.of("in consultation", consulted);

            long pending = drafted(List.of());
            as(world.officeStaff);
            workflow.submitForApproval(pending, null, null);
            check.of("pending approval", pending);

            long assigned = assigned(List.of());
            check.of("assigned, no receipt", assigned);

            long received = assigned(List.of(new MilestonePlan("排查", due.minusDays(10))));
            as(world.leadHead);
            workflow.acknowledge(received, null);
            check.of("lead unit acknowledged, co-unit not, a milestone open", received);

            long requests = assigned(List.of());
            as(world.leadHead);
            workflow.acknowledge(requests, null);
            workflow.requestExtension(requests, null, "设备未到", due.plusDays(20));
            as(world.officeStaff);
            workflow.requestHalt(requests, null, HaltKind.SUSPEND, "政策调整");
            check.of("extension and halt pending", requests);

            long submitted = assigned(List.of(new MilestonePlan("排查", due.minusDays(10))));
            as(world.coHead);
            workflow.acknowledge(submitted, null);
            as(world.leadHead);
            workflow.acknowledge(submitted, null);
            workflow.submitCompletion(submitted, null, "办结报告", List.of());
            check.of("submitted with a milestone open", submitted);

            long escalated = assigned(List.of());
            as(world.leadHead);
            workflow.acknowledge(escalated, null);
            assertTrue(scan.escalate(escalated, 5));
            check.of("escalated", escalated);

            long fedBack = fedBack();
            check.of("fed back, not read", fedBack);
            as(world.leader);
            workflow.markRead(fedBack);
            check.of("fed back and read", fedBack);

            long suspended = assigned(List.of());
            as(world.officeStaff);
            workflow.requestHalt(suspended, null, HaltKind.SUSPEND, "政策调整");
            as(world.leader);
            workflow.decideHalt(suspended, null, true, "同意");
            check.of("suspended", suspended);
        }

        private long drafted(List<MilestonePlan> milestones) {
            as(world.officeStaff);
            return workflow.draft(world.draft("规则 " + world.id, due, milestones), List.of());
        }

        private long assigned(List<MilestonePlan> milestones) {
            long id = drafted(milestones);
            workflow.submitForApproval(id, null, null);
            as(world.leader);
            workflow.approve(id, null, null);
            as(world.officeStaff);
            workflow.assign(id, null, null);
            return id;
        }

        private long fedBack() {
            long id = assigned(List.of());
            as(world.leadHead);
            workflow.acknowledge(id, null);
            workflow.submitCompletion(id, null, "办结报告", List.of());
            as(world.officeStaff);
            workflow.accept(id, null, null);
            workflow.feedBack(id, null, "已办结");
            SupervisionItem item = queries.detail(id);
            assertEquals(org.duban.item.ItemState.FED_BACK, item.getState());
            return id;
        }
    }
}
