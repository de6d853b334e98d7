package org.duban.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.duban.shared.Require;
import org.duban.shared.TypedText;

import java.util.Objects;

/** A department or unit of the college (责任单位 / 协作单位), or the office itself. */
@Entity
@Table(name = "UNIT")
public class Unit implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CODE", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    /** The unit's head (负责人), one of its own people; empty until the administrator names one. */
    /** Lazy: a list of items names each row's unit, not the unit's head (read where the head is wanted). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "HEAD_ID")
    private Account head;

    @Version
    @Column(name = "VERSION")
    private int version;

    protected Unit() {
    }

    public Unit(String code, String name) {
        this.code = checkedCode(code);
        this.name = Require.text(name, "error.unit.nameRequired");
    }

    private static String checkedCode(String code) {
        String value = Require.text(TypedText.canonical(code), "error.unit.codeRequired"); // ＪＷ typed is JW
        Require.that(value.matches("[A-Za-z0-9_-]{1,20}"), "error.unit.codeFormat");
        return value;
    }

    /** The code (used in archive numbers), name and head, checked together: the head must be one of the unit's people. */
    public void describe(String code, String name, Account head) {
        String newCode = checkedCode(code);
        String newName = Require.text(name, "error.unit.nameRequired");
        Require.that(head == null || sameAs(head.getUnit()), "error.unit.headElsewhere");
        this.code = newCode;
        this.name = newName;
        this.head = head;
    }

    /** The head moved to another unit or left: the unit has no head until the administrator names one. */
    public void releaseHead(Account account) {
        if (head != null && head.equals(account)) {
            head = null;
        }
    }

    /** An inactive unit is no longer offered for new items; its items and history stay. */
    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public boolean isActive() {
        return active;
    }

    public Account getHead() {
        return head;
    }

    public int getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean sameAs(Unit other) {
        // the other's key through its getter: a lazy reference may be a provider's proxy with empty fields
        return other != null && (id != null ? id.equals(other.getId()) : this == other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit other && (id != null ? Objects.equals(id, other.getId()) : this == other);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
