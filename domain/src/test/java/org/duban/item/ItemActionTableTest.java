package org.duban.item;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.duban.item.ItemAction.*;
import static org.duban.item.ItemState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The transition table written out by hand from DESIGN.md, state by state, and compared with {@link ItemAction}
 * for every pair of action and state: a move added or lost in the enum fails here.
 */
class ItemActionTableTest {

    private static final Map<ItemState, Set<ItemAction>> EXPECTED = new EnumMap<>(ItemState.class);

    static {
        EXPECTED.put(DRAFT, EnumSet.of(EDIT_DRAFT, SEND_FOR_CONSULTATION, SUBMIT_FOR_APPROVAL));
        EXPECTED.put(IN_CONSULTATION, EnumSet.of(COMMENT, SUBMIT_FOR_APPROVAL));
        EXPECTED.put(PENDING_APPROVAL, EnumSet.of(APPROVE, RETURN_DRAFT, CANCEL));
        EXPECTED.put(REGISTERED, EnumSet.of(ASSIGN, INSTRUCT, REQUEST_HALT, DECIDE_HALT));
        EXPECTED.put(ASSIGNED, EnumSet.of(ACKNOWLEDGE, HAND_OVER, URGE, RECORD_HELP, REQUEST_EXTENSION,
                DECIDE_EXTENSION, INSTRUCT, REQUEST_HALT, DECIDE_HALT, ESCALATE, ISSUE_NOTICE));
        EXPECTED.put(IN_PROGRESS, EnumSet.of(ACKNOWLEDGE, HAND_OVER, REPORT_PROGRESS, COMPLETE_MILESTONE, URGE,
                RECORD_HELP, REQUEST_EXTENSION, DECIDE_EXTENSION, DRAFT_COMPLETION, SUBMIT_COMPLETION, INSTRUCT,
                REQUEST_HALT, DECIDE_HALT, ESCALATE, ISSUE_NOTICE));
        EXPECTED.put(SUBMITTED, EnumSet.of(DECIDE_EXTENSION, ACCEPT, RETURN_FOR_REWORK, INSTRUCT, REQUEST_HALT,
                DECIDE_HALT, ESCALATE, ISSUE_NOTICE));
        EXPECTED.put(COMPLETED, EnumSet.of(FEED_BACK, INSTRUCT));
        EXPECTED.put(FED_BACK, EnumSet.of(MARK_READ, INSTRUCT, ARCHIVE));
        EXPECTED.put(SUSPENDED, EnumSet.of(RESUME, ARCHIVE));
        EXPECTED.put(TERMINATED, EnumSet.of(ARCHIVE));
        EXPECTED.put(CANCELLED, EnumSet.noneOf(ItemAction.class));
        EXPECTED.put(ARCHIVED, EnumSet.noneOf(ItemAction.class));
    }

    @Test
    void everyActionIsAllowedInExactlyTheStatesOfTheDesign() {
        assertEquals(EnumSet.allOf(ItemState.class), EXPECTED.keySet(), "every state is in the table");
        for (ItemState state : ItemState.values()) {
            for (ItemAction action : ItemAction.values()) {
                assertEquals(EXPECTED.get(state).contains(action), action.isAllowedIn(state),
                        action + " in " + state);
            }
        }
    }

    @Test
    void actionsThatMoveTheItemLeadWhereTheDesignSays() {
        Map<ItemAction, ItemState> moves = new EnumMap<>(ItemAction.class);
        moves.put(CREATE, DRAFT);
        moves.put(SEND_FOR_CONSULTATION, IN_CONSULTATION);
        moves.put(SUBMIT_FOR_APPROVAL, PENDING_APPROVAL);
        moves.put(APPROVE, REGISTERED);
        moves.put(RETURN_DRAFT, DRAFT);
        moves.put(CANCEL, CANCELLED);
        moves.put(ASSIGN, ASSIGNED);
        moves.put(SUBMIT_COMPLETION, SUBMITTED);
        moves.put(ACCEPT, COMPLETED);
        moves.put(RETURN_FOR_REWORK, IN_PROGRESS);
        moves.put(FEED_BACK, FED_BACK);
        moves.put(ARCHIVE, ARCHIVED);
        for (ItemAction action : ItemAction.values()) {
            assertEquals(moves.get(action), action.leadsTo().orElse(null), action.name());
        }
    }

    @Test
    void nothingIsAllowedOnceArchivedOrCancelled() {
        for (ItemAction action : ItemAction.values()) {
            assertEquals(false, action.isAllowedIn(ARCHIVED), action.name());
            assertEquals(false, action.isAllowedIn(CANCELLED), action.name());
        }
    }
}
