package org.duban.item;

import org.duban.organization.Caller;
import org.duban.organization.Role;
import org.duban.shared.AccessDeniedException;

import java.util.EnumSet;
import java.util.Set;

/**
 * The object half of the access rules (the role half is {@code @RolesAllowed} on the services): the office acts on all
 * items, leaders on all, a unit's people only on items their unit leads or co-handles, an archivist only on archived
 * items. Queries apply the same rules in {@link ItemQueries}.
 */
public final class ItemAccess {

    /** What only the lead unit may do; the rest of a unit's actions are open to co-units too. */
    private static final Set<ItemAction> LEAD_UNIT_ONLY = EnumSet.of(ItemAction.HAND_OVER,
            ItemAction.REQUEST_EXTENSION, ItemAction.DRAFT_COMPLETION, ItemAction.SUBMIT_COMPLETION,
            ItemAction.COMPLETE_MILESTONE);

    private ItemAccess() {
    }

    public static boolean maySee(Caller caller, SupervisionItem item) {
        if (caller.isOffice() || caller.holds(Role.LEADER)) {
            return true;
        }
        if ((caller.holds(Role.UNIT_HEAD) || caller.holds(Role.UNIT_STAFF)) && concernsUnit(caller, item)) {
            return true;
        }
        return caller.holds(Role.ARCHIVIST) && item.getState() == ItemState.ARCHIVED;
    }

    /** May the caller take this action on this item? The state is the domain's business, not checked here. */
    public static boolean mayAct(Caller caller, SupervisionItem item, ItemAction action) {
        if (!action.mayBeTakenBy(caller.roles())) {
            return false;
        }
        Role role = caller.roleFor(action);
        if (role.isOffice()) {
            return true;
        }
        if (role == Role.LEADER) {
            return action != ItemAction.COMMENT || item.isConsulted(caller.account());
        }
        if (action == ItemAction.COMMENT) {
            return item.isConsulted(caller.unit());
        }
        if (LEAD_UNIT_ONLY.contains(action)) {
            return caller.unit().sameAs(item.getLeadUnit()) && item.getAssignmentNotice() != null;
        }
        return isAssignedTo(caller, item);
    }

    public static void requireSee(Caller caller, SupervisionItem item) {
        if (!maySee(caller, item)) {
            throw new AccessDeniedException("error.access.item");
        }
    }

    public static void requireAct(Caller caller, SupervisionItem item, ItemAction action) {
        requireSee(caller, item);
        if (!mayAct(caller, item, action)) {
            throw new AccessDeniedException("error.access.action");
        }
    }

    /** A unit sees an item once it is assigned to it (lead or co-unit), or while it is asked for its opinion. */
    private static boolean concernsUnit(Caller caller, SupervisionItem item) {
        return isAssignedTo(caller, item) || item.isConsulted(caller.unit());
    }

    private static boolean isAssignedTo(Caller caller, SupervisionItem item) {
        return item.getAssignmentNotice() != null && item.isLeadOrCoUnit(caller.unit());
    }
}
