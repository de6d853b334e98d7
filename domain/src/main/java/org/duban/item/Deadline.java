package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.duban.shared.DomainException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The deadline (完成时限) and the one first set (原定时限). Extending keeps the original: assessment counts lateness
 * against it unless an extension was granted before it passed.
 */
@Embeddable
public class Deadline implements java.io.Serializable {

    @Column(name = "DUE")
    private LocalDate due;

    @Column(name = "ORIGINAL_DUE")
    private LocalDate original;

    protected Deadline() {
    }

    private Deadline(LocalDate due, LocalDate original) {
        this.due = due;
        this.original = original;
    }

    public static Deadline of(LocalDate due) {
        if (due == null) {
            throw new DomainException("error.deadline.required");
        }
        return new Deadline(due, due);
    }

    /** A new deadline after an approved extension; only a later date extends. */
    public Deadline extendTo(LocalDate newDue) {
        if (newDue == null || !newDue.isAfter(due)) {
            throw new DomainException("error.deadline.extensionNotLater", due);
        }
        return new Deadline(newDue, original);
    }

    public LocalDate getDue() {
        return due;
    }

    public LocalDate getOriginal() {
        return original;
    }

    public boolean isExtended() {
        return !due.equals(original);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Deadline other && Objects.equals(due, other.due) && Objects.equals(original, other.original);
    }

    @Override
    public int hashCode() {
        return Objects.hash(due, original);
    }

    @Override
    public String toString() {
        return isExtended() ? due + " (" + original + ")" : String.valueOf(due);
    }
}
