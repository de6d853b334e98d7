package org.duban.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.organization.Account;
import org.duban.organization.Administration;
import org.duban.organization.Unit;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** The administrator's units: the list, one form to add or change a unit, deactivation and deletion. */
@Named
@ViewScoped
public class UnitsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Administration administration;
    @Inject
    private Messages messages;

    private transient List<Unit> units;
    private transient Set<Long> inUse;

    private Long editing;
    private int version;
    private String code;
    private String name;
    private Long headId;

    public List<Unit> getUnits() {
        if (units == null) {
            units = administration.units();
            inUse = administration.unitsInUse();
        }
        return units;
    }

    public boolean inUse(Unit unit) {
        getUnits();
        return inUse.contains(unit.getId());
    }

    public void edit(long id) {
        Unit unit = administration.unit(id);
        editing = unit.getId();
        version = unit.getVersion();
        code = unit.getCode();
        name = unit.getName();
        headId = unit.getHead() == null ? null : unit.getHead().getId();
    }

    public void startNew() {
        editing = null;
        code = null;
        name = null;
        headId = null;
    }

    /** The people who can be named the head of the unit being changed: its own. */
    public List<Account> getPeople() {
        return editing == null ? List.of() : administration.accounts(null, editing);
    }

    public void save() {
        if (editing == null) {
            administration.createUnit(code, name);
        } else {
            administration.changeUnit(editing, version, code, name, headId);
        }
        changed("page.units.saved");
        startNew();
    }

    public void deactivate(long id) {
        administration.deactivateUnit(id);
        changed("page.units.deactivated");
    }

    public void activate(long id) {
        administration.activateUnit(id);
        changed("page.units.activated");
    }

    public void delete(long id) {
        administration.deleteUnit(id);
        changed("page.units.deleted");
    }

    /** Says what was done; the list is read again. */
    private void changed(String done) {
        messages.info(done);
        units = null;
    }

    public boolean isEditing() { return editing != null; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getHeadId() { return headId; }
    public void setHeadId(Long headId) { this.headId = headId; }
}
