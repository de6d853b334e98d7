package org.duban.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.duban.shared.Require;

import java.util.Objects;

/** A department or unit of the college (责任单位 / 协作单位), or the office itself. */
@Entity
@Table(name = "UNIT")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CODE", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Version
    @Column(name = "VERSION")
    private int version;

    protected Unit() {
    }

    public Unit(String code, String name) {
        this.code = Require.text(code, "error.unit.codeRequired");
        this.name = Require.text(name, "error.unit.nameRequired");
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
        return other != null && (id != null ? id.equals(other.id) : this == other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit other && (id != null ? Objects.equals(id, other.id) : this == other);
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
