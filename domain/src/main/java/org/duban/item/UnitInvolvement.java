package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.duban.organization.Unit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A unit's part in an item — lead unit (责任单位), co-unit (协作单位) or consulted on the draft (征求意见) — with what a
 * unit's lists ask of the item: whether the unit's people see it, whether it is open, its state and its deadline.
 * One row per unit and item, kept by the item in the same transaction as every change ({@link SupervisionItem}),
 * so that "the items that concern this unit" is one index range (UNIT_ID, SEES, OPEN_ITEM, DUE) at any size,
 * instead of an OR over the lead unit, the co-units and the consulted units that makes the database read every item.
 * Likewise the unit's receipts still to give (待签收) are one range (UNIT_ID, AWAITS_RECEIPT, DUE).
 */
@Entity
@Table(name = "UNIT_INVOLVEMENT")
@IdClass(UnitInvolvement.Key.class)
public class UnitInvolvement implements java.io.Serializable {

    /** A unit's part; where a unit has two (lead and consulted), the first of these. */
    public enum Part { LEAD, CO_UNIT, CONSULTED }

    /** The key: the item's and the unit's ids (a class, not a record: the provider sets its fields). */
    public static class Key implements Serializable {
        private Long item;
        private Long unit;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(item, key.item) && Objects.equals(unit, key.unit);
        }

        @Override
        public int hashCode() {
            return Objects.hash(item, unit);
        }
    }

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "ITEM_ID")
    private SupervisionItem item;

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "UNIT_ID")
    private Unit unit;

    /** The item's key as a column of this row: a list orders by (DUE, ITEM_ID) from the index alone. */
    @Column(name = "ITEM_ID", insertable = false, updatable = false)
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "PART", nullable = false, length = 12)
    private Part part;

    /** The unit's people may see the item: it was assigned to the unit, or the unit was consulted (ItemAccess). */
    @Column(name = "SEES", nullable = false)
    private boolean sees;

    @Column(name = "OPEN_ITEM", nullable = false)
    private boolean open;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 30)
    private ItemState state;

    @Column(name = "DUE")
    private LocalDate due;

    /**
     * The unit owes the item its receipt (签收): assigned to it as lead or co-unit, under way, not yet acknowledged —
     * {@link Rulebook#awaited}'s ACKNOWLEDGE for the unit's head, kept here so that the to-do is an index range.
     */
    @Column(name = "AWAITS_RECEIPT", nullable = false)
    private boolean awaitsReceipt;

    protected UnitInvolvement() {
    }

    UnitInvolvement(SupervisionItem item, Unit unit) {
        this.item = Objects.requireNonNull(item);
        this.unit = Objects.requireNonNull(unit);
    }

    /** Brings the row up to date with the item; writes only what changed. */
    void update(Part part, boolean sees, ItemState state, LocalDate due, boolean acknowledged) {
        this.part = part;
        this.sees = sees;
        this.open = !state.isFinal();
        this.state = state;
        this.due = due;
        this.awaitsReceipt = part != Part.CONSULTED && sees && ItemAction.ACKNOWLEDGE.isAllowedIn(state)
                && !acknowledged;
    }

    public Unit getUnit() { return unit; }
    public Part getPart() { return part; }
    public boolean isSees() { return sees; }
    public boolean isOpen() { return open; }
    public ItemState getState() { return state; }
    public LocalDate getDue() { return due; }
    public boolean isAwaitingReceipt() { return awaitsReceipt; }
}
