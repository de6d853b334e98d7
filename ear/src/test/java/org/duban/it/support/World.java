package org.duban.it.support;

import org.duban.item.Category;
import org.duban.item.DraftInput;
import org.duban.item.ItemDraft.MilestonePlan;
import org.duban.item.Priority;
import org.duban.item.QuantifiedTarget;
import org.duban.item.ReportingCycle;
import org.duban.organization.Account;
import org.duban.organization.Role;
import org.duban.organization.Unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Test only: the people of one test, in their units: the office, a leader, a lead unit, a co-unit and a stranger. */
public final class World {

    public final String id = Fixtures.unique();
    public final Unit office;
    public final Unit leadUnit;
    public final Unit coUnit;
    public final Unit foreignUnit;
    public final Account officeStaff;
    public final Account director;
    public final Account leader;
    public final Account leadHead;
    public final Account leadStaff;
    public final Account coHead;
    public final Account foreignHead;
    public final Account foreignStaff;
    public final Account admin;

    public World(Fixtures fixtures) {
        office = fixtures.unit("党政办公室" + id);
        leadUnit = fixtures.unit("教务处" + id);
        coUnit = fixtures.unit("后勤处" + id);
        foreignUnit = fixtures.unit("财务处" + id);
        officeStaff = fixtures.account("office-" + id, office, Role.OFFICE_STAFF);
        director = fixtures.account("director-" + id, office, Role.OFFICE_DIRECTOR);
        leader = fixtures.account("leader-" + id, office, Role.LEADER);
        leadHead = fixtures.account("jwhead-" + id, leadUnit, Role.UNIT_HEAD);
        leadStaff = fixtures.account("jwstaff-" + id, leadUnit, Role.UNIT_STAFF);
        coHead = fixtures.account("hqhead-" + id, coUnit, Role.UNIT_HEAD);
        foreignHead = fixtures.account("cwhead-" + id, foreignUnit, Role.UNIT_HEAD);
        foreignStaff = fixtures.account("cwstaff-" + id, foreignUnit, Role.UNIT_STAFF);
        admin = fixtures.account("admin-" + id, office, Role.ADMIN);
    }

    public DraftInput draft(String title, LocalDate due, List<MilestonePlan> milestones) {
        return new DraftInput(Category.MEETING, "院长办公会", "纪要〔2026〕3号", title, "排查全部实验室",
                "两周内报送整改清单", List.of(new QuantifiedTarget("检查实验室", "42间")), leadUnit.getId(),
                Set.of(coUnit.getId()), leader.getId(), Priority.IMPORTANT, due, ReportingCycle.WEEKLY, milestones);
    }
}
