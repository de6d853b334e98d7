package org.duban.it.services;

import jakarta.ejb.EJB;
import org.duban.audit.AuditEvent;
import org.duban.audit.AuditFilter;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.it.support.Deployments;
import org.duban.it.support.Fixtures;
import org.duban.it.support.InServerTest;
import org.duban.it.support.WebClient;
import org.duban.item.ItemWorkflow;
import org.duban.organization.Account;
import org.duban.organization.Role;
import org.duban.organization.Unit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Twenty people of every role and two units, each in their own session, working at the same time: every page
 * must answer each of them as that person — their name in the header, their unit's items on their home page and
 * work list, no refusal, no empty list, nothing of the other unit. Counts wrong answers; not a timed test. (Under
 * load, Payara's own session-kept caller lost its groups for some requests — Payara issue 6145; Duban keeps the
 * caller and groups itself, {@code SessionAuthenticationMechanism}.)
 */
class ManySessionsIT extends InServerTest {

    private static final int ROUNDS = 40;

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(WebClient.class);
    }

    @EJB
    private ItemWorkflow workflow;
    @EJB
    private AuditLog audit;

    /** A page a person opens, what it must show them and what it must never show them. */
    private record Page(String path, Set<String> mustShow, Set<String> neverShows) {
        static Page named(String path) {
            return new Page(path, Set.of(), Set.of());
        }
    }

    private record Person(Account account, List<Page> pages) {
    }

    @Test
    void twentySessionsAtOnceEachSeeTheirOwnWork() throws Exception {
        String titleA = "并发甲 " + world.id;
        String titleB = "并发乙 " + world.id;
        Account secondLeader = fixtures.account("leader2-" + world.id, world.office, Role.LEADER);
        long itemA = assigned(titleA, world.leadUnit, world.leader);
        long itemB = assigned(titleB, world.foreignUnit, secondLeader);

        Page itemPageA = new Page("items/item.xhtml?id=" + itemA, Set.of(titleA), Set.of());
        Page itemPageB = new Page("items/item.xhtml?id=" + itemB, Set.of(titleB), Set.of());
        // a unit's own lists hold only this test's items: each must be there, and never the other unit's
        List<Page> unitA = List.of(new Page("home.xhtml", Set.of(titleA), Set.of(titleB)),
                new Page("items/worklist.xhtml", Set.of(titleA), Set.of(titleB)), itemPageA);
        List<Page> unitB = List.of(new Page("home.xhtml", Set.of(titleB), Set.of(titleA)),
                new Page("items/worklist.xhtml", Set.of(titleB), Set.of(titleA)), itemPageB);
        // the office's and leaders' lists also hold other tests' items: their pages must answer as them
        List<Page> office = List.of(Page.named("home.xhtml"), Page.named("items/worklist.xhtml?light=RED"), itemPageA,
                itemPageB);

        List<Person> people = new ArrayList<>();
        people.add(new Person(world.leadHead, unitA));
        people.add(new Person(world.leadStaff, unitA));
        people.add(new Person(world.coHead, List.of(new Page("home.xhtml", Set.of(titleA), Set.of(titleB)),
                itemPageA)));
        for (int i = 0; i < 2; i++) {
            people.add(new Person(staffOf(world.coUnit, i), List.of(new Page("home.xhtml", Set.of(titleA),
                    Set.of(titleB)), itemPageA)));
        }
        people.add(new Person(world.foreignHead, unitB));
        people.add(new Person(world.foreignStaff, unitB));
        for (int i = 0; i < 3; i++) {
            people.add(new Person(staffOf(world.leadUnit, i), unitA));
            people.add(new Person(staffOf(world.foreignUnit, i), unitB));
        }
        people.add(new Person(world.officeStaff, office));
        people.add(new Person(world.director, office));
        people.add(new Person(fixtures.account("office2-" + world.id, world.office, Role.OFFICE_STAFF), office));
        people.add(new Person(world.leader, List.of(Page.named("home.xhtml"), itemPageA,
                Page.named("leadership/dashboard.xhtml"))));
        people.add(new Person(secondLeader, List.of(Page.named("home.xhtml"), itemPageB,
                Page.named("leadership/statistics.xhtml"))));
        people.add(new Person(fixtures.account("archivist-" + world.id, world.office, Role.ARCHIVIST),
                List.of(Page.named("home.xhtml"), Page.named("archive/search.xhtml"))));
        people.add(new Person(world.admin, List.of(Page.named("admin/accounts.xhtml"),
                Page.named("admin/units.xhtml"))));
        assertEquals(20, people.size());

        List<WebClient> clients = new ArrayList<>();
        for (Person person : people) {
            WebClient client = WebClient.ofThisServer();
            HttpResponse<String> home = client.signIn(person.account().getUsername(), Fixtures.PASSWORD);
            assertTrue(home.uri().getPath().endsWith("/home.xhtml"), person.account().getUsername() + " signed in");
            clients.add(client);
        }

        AtomicInteger requests = new AtomicInteger();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int p = 0; p < people.size(); p++) {
                Person person = people.get(p);
                WebClient client = clients.get(p);
                running.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        for (Page page : person.pages()) {
                            requests.incrementAndGet();
                            String fault = check(person, page, client.get(page.path()));
                            if (fault != null) {
                                wrong.add(person.account().getUsername() + " " + page.path() + ": " + fault);
                            }
                        }
                    }
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertTrue(requests.get() >= 2000, "a few thousand requests: " + requests.get());
        assertEquals(List.of(), List.copyOf(wrong), wrong.size() + " wrong answers of " + requests.get());
        signIn.as(world.admin.getUsername(), Fixtures.PASSWORD);
        for (Person person : people) {
            List<AuditEvent> refusals = audit.page(new AuditFilter(AuditKind.REFUSED,
                    person.account().getUsername(), null, null), 0, 10);
            assertEquals(List.of(), refusals.stream().map(AuditEvent::getDetail).toList(),
                    "no refusal recorded for " + person.account().getUsername());
        }
    }

    /** What is wrong with the answer for this person, or null when it is right. */
    private static String check(Person person, Page page, HttpResponse<String> response) {
        String body = response.body();
        if (response.statusCode() != 200) {
            return "status " + response.statusCode();
        }
        if (response.uri().getPath().endsWith("/login.xhtml") || body.contains("id=\"login\"")) {
            return "sent to the sign-in page";
        }
        if (!body.contains(person.account().getFullName())) {
            return "the header does not name " + person.account().getFullName();
        }
        for (String title : page.mustShow()) {
            if (!body.contains(title)) {
                return "missing " + title;
            }
        }
        for (String title : page.neverShows()) {
            if (body.contains(title)) {
                return "shows " + title;
            }
        }
        return null;
    }

    private Account staffOf(Unit unit, int n) {
        return fixtures.account("staff" + n + "-" + unit.getCode() + "-" + world.id, unit, Role.UNIT_STAFF);
    }

    private long assigned(String title, Unit leadUnit, Account leader) {
        return assigned(workflow, title, leadUnit, leadUnit.sameAs(world.leadUnit) ? Set.of(world.coUnit.getId())
                : Set.of(), leader, LocalDate.now().plusDays(30));
    }
}
