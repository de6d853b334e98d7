package org.duban.it.support;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.duban.item.DraftInput;
import org.duban.item.ItemWorkflow;
import org.duban.organization.Account;
import org.duban.organization.Unit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A test that runs inside the server (deployed with {@link Deployments#microWarForInContainerTests}): each test
 * gets its own people in their units, and signs in as them through the application's own mechanism.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InServerTest {

    @Inject
    protected SignIn signIn;
    @EJB
    protected Fixtures fixtures;

    protected World world;

    @BeforeEach
    void makeTheWorld() {
        world = new World(fixtures);
    }

    protected void as(Account account) {
        signIn.as(account.getUsername(), Fixtures.PASSWORD);
    }

    /**
     * An item the office drafted, its leader in charge approved and the office assigned (交办) to the lead unit, with
     * the given co-units: where a unit's work begins. Signed in as the office afterwards.
     */
    protected long assigned(ItemWorkflow workflow, String title, Unit leadUnit, Set<Long> coUnitIds, Account leader,
                            LocalDate due) {
        DraftInput template = world.draft(title, due, List.of());
        return assigned(workflow, new DraftInput(template.category(), template.source(), template.sourceReference(),
                title, template.mainTasks(), template.requirements(), template.targets(), leadUnit.getId(), coUnitIds,
                leader.getId(), template.priority(), template.due(), template.reportingCycle(), template.milestones()),
                leader);
    }

    /** The draft as the office drafted it, approved by {@code leader} (its leader in charge) and assigned (交办). */
    protected long assigned(ItemWorkflow workflow, DraftInput draft, Account leader) {
        as(world.officeStaff);
        long id = workflow.draft(draft, List.of());
        workflow.submitForApproval(id, null, null);
        as(leader);
        workflow.approve(id, null, "同意");
        as(world.officeStaff);
        workflow.assign(id, null, null);
        return id;
    }
}
