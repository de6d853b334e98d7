package org.duban.item;

import org.duban.organization.Caller;
import org.duban.organization.Role;
import org.duban.settings.Settings;

/** Who decides extension requests: the office director, and leaders when the administrator's setting says so. */
final class ExtensionDeciders {

    private ExtensionDeciders() {
    }

    static boolean mayDecide(Caller caller, Settings settings) {
        return caller.holds(Role.OFFICE_DIRECTOR) || caller.holds(Role.LEADER) && settings.isLeadersDecideExtensions();
    }
}
