package org.duban.item;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import org.duban.organization.Unit;
import org.duban.shared.Require;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** The units that acknowledged receipt of an assigned item (签收): the lead unit and co-units, each once. */
@Embeddable
public class Receipts implements java.io.Serializable {

    @ManyToMany
    @JoinTable(name = "ITEM_ACKNOWLEDGED_UNIT", joinColumns = @JoinColumn(name = "ITEM_ID"),
            inverseJoinColumns = @JoinColumn(name = "UNIT_ID"))
    private Set<Unit> units = new HashSet<>();

    protected Receipts() {
    }

    public static Receipts none() {
        return new Receipts();
    }

    /** @throws org.duban.shared.DomainException {@code error.acknowledge.already} (the unit's name) */
    Receipts with(Unit unit) {
        Require.that(!from(unit), "error.acknowledge.already", unit.getName());
        Receipts receipts = new Receipts();
        receipts.units.addAll(units);
        receipts.units.add(unit);
        return receipts;
    }

    public boolean from(Unit unit) {
        return units.stream().anyMatch(u -> u.sameAs(unit));
    }

    public Set<Unit> getUnits() {
        return Collections.unmodifiableSet(units);
    }
}
