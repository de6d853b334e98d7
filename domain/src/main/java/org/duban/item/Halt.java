package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.duban.shared.Require;

import java.util.Objects;

/**
 * Suspension or termination (中止) of an item: the office asks with a reason, a leader approves or refuses
 * (DESIGN.md, "suspend / terminate: request — approve"). Immutable: each step gives a new value. Keeps the state the
 * item was in while it is suspended, to resume it there.
 */
@Embeddable
public class Halt implements java.io.Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "PENDING_HALT", length = 20)
    private HaltKind pending;

    @Column(name = "HALT_REASON", length = 4000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE_BEFORE_HALT", length = 30)
    private ItemState stateBefore;

    protected Halt() {
    }

    private Halt(HaltKind pending, String reason, ItemState stateBefore) {
        this.pending = pending;
        this.reason = reason;
        this.stateBefore = stateBefore;
    }

    /** No halt asked for, none in force. */
    public static Halt none() {
        return new Halt();
    }

    /**
     * @throws org.duban.shared.DomainException {@code error.halt.kindRequired} (input {@code haltKind}),
     *                                          {@code error.reason.required} (input {@code text}), or
     *                                          {@code error.halt.alreadyPending}
     */
    Halt requested(HaltKind kind, String reasonGiven) {
        Require.presentIn("haltKind", kind, "error.halt.kindRequired");
        String text = Require.textIn("text", reasonGiven, "error.reason.required");
        Require.that(!isPending(), "error.halt.alreadyPending");
        return new Halt(kind, text, stateBefore);
    }

    /** The leader's decision: approved, the item halts from {@code current}; refused, the request ends. */
    Halt decided(boolean approved, ItemState current) {
        Require.that(isPending(), "error.halt.nonePending");
        return new Halt(null, reason, approved ? current : stateBefore);
    }

    /** Work goes on in the state it was halted in. */
    Halt resumed() {
        Require.present(stateBefore, "error.item.actionNotAllowed");
        return new Halt(null, reason, null);
    }

    public boolean isPending() {
        return pending != null;
    }

    public HaltKind getPendingKind() {
        return pending;
    }

    public String getReason() {
        return reason;
    }

    public ItemState getStateBefore() {
        return stateBefore;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Halt other && pending == other.pending && Objects.equals(reason, other.reason)
                && stateBefore == other.stateBefore;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pending, reason, stateBefore);
    }
}
