package org.duban.it.services;

import jakarta.ejb.EJB;
import org.duban.it.support.Deployments;
import org.duban.it.support.InServerTest;
import org.duban.item.HaltKind;
import org.duban.item.ItemWorkflow;
import org.duban.item.ReworkKind;
import org.duban.notification.Notification;
import org.duban.notification.NoticeTexts;
import org.duban.notification.Notifications;
import org.duban.organization.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A notice at every hand-off: through the seven steps, after each action the people whose turn it is have exactly one
 * notice of it more (with what the person who acted said, where it matters), and the person who acted none.
 */
class HandOffNoticesIT extends InServerTest {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.microWarForInContainerTests();
    }

    @EJB
    private ItemWorkflow workflow;
    @EJB
    private Notifications notifications;

    private final LocalDate due = LocalDate.now().plusDays(40);

    @Test
    void eachHandOffIsToldOnceToWhoseTurnItIs() {
        as(world.officeStaff);
        long id = workflow.draft(world.draft("一事一通知 " + world.id, due, List.of()), List.of());
        workflow.sendForConsultation(id, null, Set.of(world.coUnit.getId()), Set.of(world.leader.getId()), "请提意见");
        told(id, world.coHead, "CONSULTATION_ASKED");
        told(id, world.leader, "CONSULTATION_ASKED");
        told(id, world.officeStaff);

        as(world.coHead);
        workflow.comment(id, "同意分解方案", List.of());
        told(id, world.officeStaff, "CONSULTATION_ANSWERED");
        assertTrue(text(id, world.officeStaff, 0).contains("同意分解方案"), "the opinion in the notice");

        as(world.officeStaff);
        workflow.submitForApproval(id, null, null);
        told(id, world.leader, "APPROVAL_ASKED", "CONSULTATION_ASKED");
        as(world.leader);
        workflow.returnDraft(id, null, "请补充量化目标");
        told(id, world.officeStaff, "DRAFT_RETURNED", "CONSULTATION_ANSWERED");
        assertTrue(text(id, world.officeStaff, 0).contains("请补充量化目标"), "the leader's comments in the notice");
        as(world.officeStaff);
        workflow.submitForApproval(id, null, null);
        told(id, world.leader, "APPROVAL_ASKED", "APPROVAL_ASKED", "CONSULTATION_ASKED");
        as(world.leader);
        workflow.approve(id, null, "同意");
        told(id, world.officeStaff, "APPROVED", "DRAFT_RETURNED", "CONSULTATION_ANSWERED");

        as(world.officeStaff);
        workflow.assign(id, null, null);
        told(id, world.leadHead, "ASSIGNED");
        told(id, world.coHead, "ASSIGNED", "CONSULTATION_ASKED");
        told(id, world.foreignHead);

        as(world.leadHead);
        workflow.acknowledge(id, null);
        workflow.handOver(id, null, world.leadStaff.getUsername());
        told(id, world.leadStaff, "HANDED_OVER");
        as(world.leadHead);
        workflow.requestExtension(id, null, "设备未到", due.plusDays(20));
        told(id, world.director, "EXTENSION_REQUESTED");
        as(world.director);
        workflow.decideExtension(id, null, false, "理由不足");
        told(id, world.leadHead, "EXTENSION_REFUSED", "ASSIGNED");
        told(id, world.leadStaff, "EXTENSION_REFUSED", "HANDED_OVER");

        as(world.leadHead);
        workflow.submitCompletion(id, null, "办结报告", List.of());
        told(id, world.officeStaff, "COMPLETION_SUBMITTED", "APPROVED", "DRAFT_RETURNED", "CONSULTATION_ANSWERED");
        as(world.officeStaff);
        workflow.returnForRework(id, null, ReworkKind.SUPPLEMENT, "数据不全，请补充");
        told(id, world.leadHead, "RETURNED_FOR_REWORK", "EXTENSION_REFUSED", "ASSIGNED");
        assertTrue(text(id, world.leadHead, 0).contains("数据不全，请补充"), "the reason of the return");
        as(world.leadHead);
        workflow.submitCompletion(id, null, "办结报告（补充）", List.of());
        as(world.officeStaff);
        workflow.accept(id, null, null);
        told(id, world.leadHead, "ACCEPTED", "RETURNED_FOR_REWORK", "EXTENSION_REFUSED", "ASSIGNED");
        as(world.officeStaff);
        workflow.feedBack(id, null, "已办结");
        told(id, world.leader, "FED_BACK", "APPROVAL_ASKED", "APPROVAL_ASKED", "CONSULTATION_ASKED");
    }

    @Test
    void aHaltIsToldToBothSides() {
        long id = assigned(workflow, "中止 " + world.id, world.leadUnit, Set.of(), world.leader, due);
        workflow.requestHalt(id, null, HaltKind.SUSPEND, "政策调整");
        told(id, world.leader, "HALT_REQUESTED", "APPROVAL_ASKED");
        told(id, world.leadHead, "HALT_REQUESTED", "ASSIGNED");
        as(world.leader);
        workflow.decideHalt(id, null, true, "同意暂缓");
        told(id, world.officeStaff, "HALT_APPROVED", "APPROVED");
        told(id, world.leadHead, "HALT_APPROVED", "HALT_REQUESTED", "ASSIGNED");
        told(id, world.leader, "HALT_REQUESTED", "APPROVAL_ASKED");
    }

    /** The person's notices of the item, newest first, are exactly these kinds. Signs in as them. */
    private void told(long itemId, Account person, String... kinds) {
        as(person);
        assertEquals(List.of(kinds), mine(itemId).stream().map(n -> n.getKind().name()).toList(),
                person.getUsername() + "'s notices");
    }

    private String text(long itemId, Account person, int index) {
        as(person);
        return NoticeTexts.of(mine(itemId).get(index), Locale.SIMPLIFIED_CHINESE);
    }

    private List<Notification> mine(long itemId) {
        return notifications.mine(0, 500).stream().filter(n -> n.getItem().getId() == itemId).toList();
    }
}
