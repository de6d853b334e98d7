package org.duban.it.services;

import jakarta.ejb.EJB;
import org.duban.it.support.Deployments;
import org.duban.it.support.Fixtures;
import org.duban.it.support.InServerTest;
import org.duban.it.support.Statements;
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
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The number of statements a list page runs does not grow with its rows: the unit's home page and work list, with
 * two items and then with fifteen (one page), each with its own leader in charge and co-unit, counted by the
 * persistence provider; the item page with three events and then with thirteen; the inbox with the notices of two
 * assigned items and then of fifteen.
 */
class StatementCountIT extends InServerTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(WebClient.class, Statements.class);
    }

    @EJB
    private ItemWorkflow workflow;
    @EJB
    private Statements statements;

    @Test
    void aListPageRunsAsManyStatementsForFifteenRowsAsForTwo() {
        for (int i = 0; i < 2; i++) {
            assigned(i);
        }
        WebClient head = WebClient.ofThisServer();
        head.signIn(world.leadHead.getUsername(), Fixtures.PASSWORD);
        long homeWithTwo = statementsOf(head, "home.xhtml", 2);
        long worklistWithTwo = statementsOf(head, "items/worklist.xhtml", 2);

        for (int i = 2; i < 15; i++) {
            assigned(i);
        }
        long homeWithFifteen = statementsOf(head, "home.xhtml", 15);
        List<String> homeStatements = statements.recent().subList(Math.max(0, statements.recent().size()
                - (int) homeWithFifteen), statements.recent().size());
        long worklistWithFifteen = statementsOf(head, "items/worklist.xhtml", 15);

        assertTrue(homeWithTwo > 0, "statements are counted");
        assertEquals(homeWithTwo, homeWithFifteen, "the home page with 2 rows and with 15: " + homeStatements);
        assertEquals(worklistWithTwo, worklistWithFifteen, "the work list with 2 rows and with 15");
    }

    @Test
    void theItemPageRunsAsManyStatementsForThirteenEventsAsForThree() {
        long id = assigned(0);
        WebClient office = WebClient.ofThisServer();
        office.signIn(world.officeStaff.getUsername(), Fixtures.PASSWORD);
        long withThree = statementsOf(office, "items/item.xhtml?id=" + id, 0);
        as(world.officeStaff);
        for (int i = 0; i < 10; i++) {
            workflow.recordHelp(id, "协调第 " + i + " 次", List.of());
        }
        long withThirteen = statementsOf(office, "items/item.xhtml?id=" + id, 0);
        assertEquals(withThree, withThirteen, "the item page with 3 events and with 13");
    }

    @Test
    void theInboxRunsAsManyStatementsForFifteenNoticesAsForTwo() {
        WebClient head = WebClient.ofThisServer();
        head.signIn(world.leadHead.getUsername(), Fixtures.PASSWORD);
        for (int i = 0; i < 2; i++) {
            assigned(i); // each assignment notifies the lead unit's head (交办)
        }
        long withTwo = statementsOf(head, "inbox.xhtml", 2);
        for (int i = 2; i < 15; i++) {
            assigned(i);
        }
        long withFifteen = statementsOf(head, "inbox.xhtml", 15);
        assertEquals(withTwo, withFifteen, "the inbox with 2 notices and with 15");
    }

    /**
     * The fewest statements of three requests of the page (a timer of the server may run meanwhile); the page
     * shows the last of {@code rows} items (or the first, for an item page).
     */
    private long statementsOf(WebClient client, String page, int rows) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = statements.soFar();
            HttpResponse<String> response = client.get(page);
            long after = statements.soFar();
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.body().contains("统计 " + world.id + " 第" + Math.max(0, rows - 1) + "项"), page);
            fewest = Math.min(fewest, after - before);
        }
        return fewest;
    }

    /** An item assigned to the lead unit, with a leader in charge and a co-unit of its own. */
    private long assigned(int n) {
        Account leader = fixtures.account("leader" + n + "-" + world.id, world.office, Role.LEADER);
        Unit coUnit = fixtures.unit("协作" + n + "-" + world.id);
        fixtures.account("cohead" + n + "-" + world.id, coUnit, Role.UNIT_HEAD);
        return assigned(workflow, "统计 " + world.id + " 第" + n + "项", world.leadUnit, Set.of(coUnit.getId()), leader,
                LocalDate.now().plusDays(30 + n));
    }
}
