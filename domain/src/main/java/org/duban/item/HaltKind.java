package org.duban.item;

import static org.duban.item.ItemState.SUSPENDED;
import static org.duban.item.ItemState.TERMINATED;

/** Stopping an item before its end, with a leader's approval: paused for now, or ended for good. */
public enum HaltKind {
    SUSPEND(SUSPENDED), TERMINATE(TERMINATED);

    private final ItemState leadsTo;

    HaltKind(ItemState leadsTo) {
        this.leadsTo = leadsTo;
    }

    public ItemState leadsTo() {
        return leadsTo;
    }
}
