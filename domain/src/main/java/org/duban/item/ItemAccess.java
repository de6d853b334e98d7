package org.duban.item;

import org.duban.organization.Caller;
import org.duban.organization.Role;
import org.duban.shared.AccessDeniedException;

/**
 * Who may see an item (DESIGN.md, "see items"): the office and leaders all items; a unit's people the items their
 * unit leads or co-handles once assigned, and drafts their unit is consulted on; an archivist archived items. What a
 * person may <em>do</em> on an item is the {@link Rulebook}'s answer; the work lists apply the same visibility as a
 * query.
 */
public final class ItemAccess {

    private ItemAccess() {
    }

    public static boolean maySee(Caller caller, SupervisionItem item) {
        if (caller.isOffice() || caller.holds(Role.LEADER)) {
            return true;
        }
        if ((caller.holds(Role.UNIT_HEAD) || caller.holds(Role.UNIT_STAFF))
                && item.isSeenBy(caller.unit())) {
            return true;
        }
        return caller.holds(Role.ARCHIVIST) && item.getState() == ItemState.ARCHIVED;
    }

    /** @throws AccessDeniedException {@code error.access.item} when the caller may not see the item */
    public static void requireSee(Caller caller, SupervisionItem item) {
        if (!maySee(caller, item)) {
            throw new AccessDeniedException("error.access.item");
        }
    }

    /** The item was assigned (交办) and the caller's unit leads or co-handles it. */
    static boolean isAssignedTo(Caller caller, SupervisionItem item) {
        return item.getAssignmentNotice() != null && item.isLeadOrCoUnit(caller.unit());
    }
}
