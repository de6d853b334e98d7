package org.duban.item;

import jakarta.annotation.security.RolesAllowed;
import org.duban.organization.Role;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The services' {@code @RolesAllowed} say the same as the rulebook's roles ({@link ItemAction#roles()}): each public
 * step of {@link ItemWorkflow} is guarded by exactly the roles its action names, and every action taken on an item has
 * its step.
 */
class RolesInStepTest {

    /** Steps whose name is not their action's, in camel case. */
    private static final Map<String, ItemAction> NAMED_OTHERWISE = Map.of(
            "draft", ItemAction.CREATE, "edit", ItemAction.EDIT_DRAFT, "urgeAtMeeting", ItemAction.URGE);

    @Test
    void everyStepIsGuardedByItsActionsRoles() {
        Set<ItemAction> covered = EnumSet.noneOf(ItemAction.class);
        for (Method step : ItemWorkflow.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(step.getModifiers())) {
                continue;
            }
            ItemAction action = NAMED_OTHERWISE.containsKey(step.getName()) ? NAMED_OTHERWISE.get(step.getName())
                    : actionNamed(step.getName());
            RolesAllowed allowed = step.getAnnotation(RolesAllowed.class);
            assertNotNull(allowed, step.getName() + " has @RolesAllowed");
            Set<String> roles = new HashSet<>(Arrays.asList(allowed.value()));
            assertEquals(action.roles().stream().map(Role::name).collect(Collectors.toSet()), roles,
                    step.getName() + " is guarded by the roles of " + action);
            covered.add(action);
        }
        for (ItemAction action : ItemAction.values()) {
            assertTrue(covered.contains(action) || action == ItemAction.ESCALATE,
                    action + " has a step in ItemWorkflow (only the deadline watch escalates)");
        }
    }

    @Test
    void aNoticeOfCriticismIsPublishedByThoseWhoIssueOne() throws Exception {
        RolesAllowed allowed = org.duban.assessment.NoticeBoard.class
                .getMethod("publish", String.class, String.class, java.util.List.class, Long.class)
                .getAnnotation(RolesAllowed.class);
        assertEquals(ItemAction.ISSUE_NOTICE.roles().stream().map(Role::name).collect(Collectors.toSet()),
                Set.of(allowed.value()));
    }

    private static ItemAction actionNamed(String camelCase) {
        return ItemAction.valueOf(camelCase.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
    }
}
