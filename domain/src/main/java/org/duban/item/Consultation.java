package org.duban.item;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import org.duban.organization.Account;
import org.duban.organization.Unit;
import org.duban.shared.Require;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Who a draft was sent to for their opinion (征求意见, 第六条 拟办): units and leaders. A consulted unit's head sees
 * the draft and may comment; so may a consulted leader.
 */
@Embeddable
public class Consultation implements java.io.Serializable {

    @ManyToMany
    @JoinTable(name = "ITEM_CONSULTED_UNIT", joinColumns = @JoinColumn(name = "ITEM_ID"),
            inverseJoinColumns = @JoinColumn(name = "UNIT_ID"))
    private Set<Unit> units = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "ITEM_CONSULTED_LEADER", joinColumns = @JoinColumn(name = "ITEM_ID"),
            inverseJoinColumns = @JoinColumn(name = "ACCOUNT_ID"))
    private Set<Account> leaders = new HashSet<>();

    protected Consultation() {
    }

    public static Consultation none() {
        return new Consultation();
    }

    /** @throws org.duban.shared.DomainException {@code error.consultation.nobodyAsked} when both are empty */
    static Consultation of(Set<Unit> units, Set<Account> leaders) {
        Require.that(!units.isEmpty() || !leaders.isEmpty(), "error.consultation.nobodyAsked");
        Consultation consultation = new Consultation();
        consultation.units.addAll(units);
        consultation.leaders.addAll(leaders);
        return consultation;
    }

    public boolean asks(Unit unit) {
        return units.stream().anyMatch(u -> u.sameAs(unit));
    }

    public boolean asks(Account leader) {
        return leaders.contains(leader);
    }

    public Set<Unit> getUnits() {
        return Collections.unmodifiableSet(units);
    }

    public Set<Account> getLeaders() {
        return Collections.unmodifiableSet(leaders);
    }
}
