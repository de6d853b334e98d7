package org.duban.web.item;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.duban.item.Category;
import org.duban.archive.Retention;
import org.duban.archive.Secrecy;
import org.duban.item.HaltKind;
import org.duban.item.ItemState;
import org.duban.item.Light;
import org.duban.item.Priority;
import org.duban.item.ReportingCycle;
import org.duban.item.ReworkKind;
import org.duban.item.UrgingMethod;
import org.duban.organization.Account;
import org.duban.organization.Directory;
import org.duban.organization.Unit;

import java.util.List;

/** What the forms' drop-downs and check boxes offer, read once per request. */
@Named
@RequestScoped
public class Choices {

    @EJB
    private Directory directory;

    private List<Unit> units;
    private List<Account> leaders;
    private List<Unit> workingUnits;

    public List<Unit> getUnits() {
        if (units == null) {
            units = directory.units();
        }
        return units;
    }

    /** The units work can go to (lead unit, co-units): active, with a head ({@link Directory#workingUnits}). */
    public List<Unit> getWorkingUnits() {
        if (workingUnits == null) {
            workingUnits = directory.workingUnits();
        }
        return workingUnits;
    }

    /** The units work can go to, and the one already chosen even if it no longer could (an older draft's). */
    public List<Unit> workingUnitsWith(Long chosenId) {
        if (chosenId == null || getWorkingUnits().stream().anyMatch(unit -> unit.getId().equals(chosenId))) {
            return getWorkingUnits();
        }
        List<Unit> with = new java.util.ArrayList<>(getWorkingUnits());
        getUnits().stream().filter(unit -> unit.getId().equals(chosenId)).forEach(with::add);
        return with;
    }

    public List<Account> getLeaders() {
        if (leaders == null) {
            leaders = directory.leaders();
        }
        return leaders;
    }

    public ItemState[] getStates() {
        return ItemState.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public ReportingCycle[] getReportingCycles() {
        return ReportingCycle.values();
    }

    public Light[] getLights() {
        return Light.values();
    }

    public UrgingMethod[] getUrgingMethods() {
        return UrgingMethod.values();
    }

    public ReworkKind[] getReworkKinds() {
        return ReworkKind.values();
    }

    public Retention[] getRetentions() {
        return Retention.values();
    }

    public Secrecy[] getSecrecies() {
        return Secrecy.values();
    }

    public HaltKind[] getHaltKinds() {
        return HaltKind.values();
    }
}
