package org.duban.it.services;

import jakarta.ejb.EJB;
import org.duban.deadline.DeadlineScan;
import org.duban.it.support.AwaitedByTheRulebook;
import org.duban.it.support.Deployments;
import org.duban.it.support.Fixtures;
import org.duban.it.support.InServerTest;
import org.duban.it.support.SettableClock;
import org.duban.item.HaltKind;
import org.duban.item.ItemWorkflow;
import org.duban.item.ReworkKind;
import org.duban.item.ToDo;
import org.duban.organization.Account;
import org.duban.organization.Role;
import org.duban.todo.ActedOn;
import org.duban.todo.ToDos;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 待办 from the rulebook: for every kind of person, the to-do queries return exactly what {@code Rulebook.awaited}
 * says of every item in the database (this test's situations of the seven steps, and whatever other tests left),
 * the counts agree with the rows, and the situations made here each wait for the person whose turn it is.
 */
class ToDosIT extends InServerTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Deployment
    public static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(SettableClock.class, AwaitedByTheRulebook.class);
    }

    @EJB
    private ItemWorkflow workflow;
    @EJB
    private DeadlineScan scan;
    @EJB
    private ToDos toDos;
    @EJB
    private ActedOn actedOn;
    @EJB
    private AwaitedByTheRulebook rulebook;
    @EJB
    private org.duban.settings.SettingsService settings;

    private final LocalDate today = LocalDate.now(BEIJING);
    private final LocalDate due = today.plusDays(40);

    @AfterEach
    void realTime() {
        SettableClock.reset();
    }

    @Test
    void theQueriesAreTheRulebookForEveryPerson() {
        SettableClock.set(ZonedDateTime.of(today, LocalTime.of(9, 0), BEIJING));
        Account otherLeader = fixtures.account("leader2-" + world.id, world.office, Role.LEADER);
        Map<String, Long> items = situations();
        // a draft awaiting the approval of a leader who has since left waits for every leader
        Account retired = fixtures.account("leader3-" + world.id, world.office, Role.LEADER);
        items.put("orphaned", submittedTo(retired));
        fixtures.deactivate(retired);
        // a week and a day later: the weekly progress reports are due
        SettableClock.set(ZonedDateTime.of(today.plusDays(8), LocalTime.of(9, 0), BEIJING));

        Map<Account, Set<String>> expected = new LinkedHashMap<>();
        expected.put(world.officeStaff, Set.of("COMPLETE_DRAFT #" + items.get("not ready"), "SUBMIT_DRAFT #" + items.get("draft"),
                "CONSULTATION_ANSWERED #" + items.get("consulted"), "REVIEW_REPORT #" + items.get("submitted"),
                "FEED_BACK #" + items.get("accepted"), "ARCHIVE #" + items.get("read"),
                "ASSIGN #" + items.get("registered")));
        expected.put(world.director, Set.of("DECIDE_EXTENSION #" + items.get("requests"),
                "CRITICISE #" + items.get("escalated")));
        expected.put(world.leader, Set.of("ANSWER_CONSULTATION #" + items.get("consulted"),
                "APPROVE #" + items.get("pending"), "APPROVE #" + items.get("orphaned"),
                "DECIDE_HALT #" + items.get("requests"),
                "READ_FEEDBACK #" + items.get("fed back")));
        if (settings.current().isLeadersDecideExtensions()) {
            Set<String> leaders = new java.util.HashSet<>(expected.get(world.leader));
            leaders.add("DECIDE_EXTENSION #" + items.get("requests"));
            expected.put(world.leader, leaders);
        }
        expected.put(otherLeader, Set.of("APPROVE #" + items.get("orphaned")));
        expected.put(world.leadHead, Set.of("ACKNOWLEDGE #" + items.get("assigned"),
                "RESUBMIT_REPORT #" + items.get("returned"), "RESUBMIT_REPORT #" + items.get("reworked"), "REPORT_PROGRESS #" + items.get("returned"),
                "REPORT_PROGRESS #" + items.get("requests"), "REPORT_PROGRESS #" + items.get("escalated"),
                "SUBMIT_REPORT #" + items.get("drafted"), "REPORT_PROGRESS #" + items.get("drafted")));
        expected.put(world.leadStaff, Set.of("HANDLE #" + items.get("handed"), "REPORT_PROGRESS #" + items.get("handed"),
                "HANDLE #" + items.get("reworked"), "REPORT_PROGRESS #" + items.get("reworked")));
        expected.put(world.coHead, Set.of("ACKNOWLEDGE #" + items.get("assigned")));
        expected.put(world.foreignHead, Set.of());

        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<Account, Set<String>> person : expected.entrySet()) {
            as(person.getKey());
            String who = person.getKey().getUsername();
            Set<String> byRulebook = rulebook.awaited();
            ToDos.Page page = toDos.page(0, 100_000);
            Set<String> byQuery = page.rows().stream().map(row -> row.todo() + " #" + row.item().getId())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!byQuery.equals(new TreeSet<>(byRulebook))) {
                mismatches.add(who + ": queries " + byQuery + ", rulebook " + new TreeSet<>(byRulebook));
            }
            Map<ToDo, Long> counted = new EnumMap<>(ToDo.class);
            page.rows().forEach(row -> counted.merge(row.todo(), 1L, Long::sum));
            assertEquals(counted, page.counts(), who + ": counts");
            assertEquals(counted, toDos.counts(), who + ": counts alone");
            Set<String> mine = byQuery.stream().filter(todo -> items.containsValue(Long.parseLong(todo.split(" #")[1])))
                    .collect(Collectors.toSet());
            if (!mine.equals(person.getValue())) {
                mismatches.add(who + ": this test's items wait as " + new TreeSet<>(mine) + ", expected "
                        + new TreeSet<>(person.getValue()));
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    @Test
    void aPageIsInDeadlineOrderAndActingMovesItToDone() {
        Map<String, Long> items = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            items.put("assigned " + i, assigned(workflow, "签收 " + i + " " + world.id, world.leadUnit, Set.of(),
                    world.leader, due.plusDays(3 - i)));
        }
        as(world.leadHead);
        ToDos.Page first = toDos.page(0, 2);
        assertEquals(3, first.total());
        assertEquals(List.of(items.get("assigned 2"), items.get("assigned 1")),
                first.rows().stream().map(row -> row.item().getId()).toList(), "the nearest deadline first");
        assertEquals(List.of(items.get("assigned 0")), toDos.page(2, 2).rows().stream().map(row -> row.item().getId()).toList());
        assertEquals(0, actedOn.count());

        workflow.acknowledge(items.get("assigned 1"), null);
        assertEquals(2, toDos.page(0, 10).total(), "acknowledged: no longer waiting");
        assertEquals(1, actedOn.count());
        assertEquals(items.get("assigned 1"), actedOn.page(0, 10).get(0).item().getId(), "已办: the item acted on");
        assertFalse(toDos.page(0, 10).rows().stream().anyMatch(row -> row.item().getId().equals(items.get("assigned 1"))));
    }

    /** One item in each situation where somebody's turn comes; the key names the situation. */
    private Map<String, Long> situations() {
        Map<String, Long> items = new LinkedHashMap<>();
        items.put("draft", drafted());
        long notReady = drafted();
        workflow.edit(notReady, null, new org.duban.item.DraftInput(org.duban.item.Category.PLAN, null, null,
                "未量化 " + world.id, null, null, List.of(), world.leadUnit.getId(), Set.of(), world.leader.getId(),
                null, due, null, null));
        items.put("not ready", notReady);

        long consulted = drafted();
        workflow.sendForConsultation(consulted, null, Set.of(world.coUnit.getId()), Set.of(world.leader.getId()), "请提意见");
        as(world.coHead);
        workflow.comment(consulted, "同意", List.of());
        items.put("consulted", consulted);

        long pending = drafted();
        workflow.submitForApproval(pending, null, null);
        items.put("pending", pending);

        long registered = drafted();
        workflow.submitForApproval(registered, null, null);
        as(world.leader);
        workflow.approve(registered, null, "同意");
        items.put("registered", registered);

        items.put("assigned", assigned(workflow, "待签收 " + world.id, world.leadUnit, Set.of(world.coUnit.getId()),
                world.leader, due));

        long handed = received();
        workflow.handOver(handed, null, world.leadStaff.getUsername());
        items.put("handed", handed);

        long reworked = received();
        workflow.handOver(reworked, null, world.leadStaff.getUsername());
        as(world.leadStaff);
        workflow.draftCompletion(reworked, null, "初稿");
        as(world.leadHead);
        workflow.submitCompletion(reworked, null, "办结报告", List.of());
        as(world.officeStaff);
        workflow.returnForRework(reworked, null, ReworkKind.SUPPLEMENT, "请补充数据");
        items.put("reworked", reworked);

        long returned = received();
        workflow.submitCompletion(returned, null, "办结报告", List.of());
        as(world.officeStaff);
        workflow.returnForRework(returned, null, ReworkKind.values()[0], "数据不全");
        items.put("returned", returned);

        long drafted = received();
        workflow.draftCompletion(drafted, null, "办结报告草稿");
        items.put("drafted", drafted);

        long requests = received();
        workflow.requestExtension(requests, null, "设备未到", due.plusDays(20));
        as(world.officeStaff);
        workflow.requestHalt(requests, null, HaltKind.SUSPEND, "政策调整");
        items.put("requests", requests);

        long submitted = received();
        workflow.draftCompletion(submitted, null, "草稿");
        workflow.submitCompletion(submitted, null, "办结报告", List.of());
        items.put("submitted", submitted);

        long accepted = received();
        workflow.submitCompletion(accepted, null, "办结报告", List.of());
        as(world.officeStaff);
        workflow.accept(accepted, null, null);
        items.put("accepted", accepted);

        long fedBack = received();
        workflow.submitCompletion(fedBack, null, "办结报告", List.of());
        as(world.officeStaff);
        workflow.accept(fedBack, null, null);
        workflow.feedBack(fedBack, null, "已办结");
        items.put("fed back", fedBack);

        long read = received();
        workflow.submitCompletion(read, null, "办结报告", List.of());
        as(world.officeStaff);
        workflow.accept(read, null, null);
        workflow.feedBack(read, null, "已办结");
        as(world.leader);
        workflow.markRead(read);
        items.put("read", read);

        long escalated = received();
        assertTrue(scan.escalate(escalated, 5));
        items.put("escalated", escalated);
        return items;
    }

    /** A draft submitted for the approval of this leader in charge. */
    private long submittedTo(Account leader) {
        as(world.officeStaff);
        org.duban.item.DraftInput template = world.draft("离任领导 " + world.id, due, List.of());
        long id = workflow.draft(new org.duban.item.DraftInput(template.category(), template.source(),
                template.sourceReference(), template.title(), template.mainTasks(), template.requirements(),
                template.targets(), template.leadUnitId(), template.coUnitIds(), leader.getId(), template.priority(),
                template.due(), template.reportingCycle(), template.milestones()), List.of());
        workflow.submitForApproval(id, null, null);
        return id;
    }

    private long drafted() {
        as(world.officeStaff);
        return workflow.draft(world.draft("待办 " + world.id, due, List.of()), List.of());
    }

    /** Assigned to the lead unit alone and acknowledged: signed in as its head afterwards. */
    private long received() {
        long id = assigned(workflow, "在办 " + world.id, world.leadUnit, Set.of(), world.leader, due);
        as(world.leadHead);
        workflow.acknowledge(id, null);
        return id;
    }
}
