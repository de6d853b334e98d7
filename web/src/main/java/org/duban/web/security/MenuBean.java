package org.duban.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.organization.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The header's menu for the signed-in person: the pages their roles open, in the header's order, chosen once per
 * request (the header is on every page; asking each link's roles through the page's expressions cost a tenth of a
 * page's time). Which folder a role may open is web.xml's rule; this only leaves out links that would be refused.
 */
@Named("menu")
@RequestScoped
public class MenuBean {

    /** One link of the menu: its element id {@code menu-<id>}, its page below the context root, its label's key. */
    public enum Entry {
        HOME("home", "/home.xhtml", "page.home.title", Audience.SIGNED_IN),
        /** 待办, with their count; an administrator's home is administration and has none. */
        TO_DOS("todo", "/home.xhtml#todo", "page.todo.title", Audience.NOT_ADMINISTRATOR),
        ADMIN("admin", "/admin/index.xhtml", "page.admin.title", Audience.ADMINISTRATOR),
        UNITS("units", "/admin/units.xhtml", "page.units.title", Audience.ADMINISTRATOR),
        ACCOUNTS("accounts", "/admin/accounts.xhtml", "page.accounts.title", Audience.ADMINISTRATOR),
        AUDIT("audit", "/admin/audit.xhtml", "page.audit.title", Audience.ADMINISTRATOR),
        SETTINGS("settings", "/admin/settings.xhtml", "page.settings.title", Audience.ADMINISTRATOR),
        CALENDAR("calendar", "/admin/calendar.xhtml", "page.calendar.title", Audience.ADMINISTRATOR),
        WORKLIST("worklist", "/items/worklist.xhtml", "page.worklist.title", Audience.WORKS_ON_ITEMS),
        /** 通知, with the unread count. */
        INBOX("inbox", "/inbox.xhtml", "page.inbox.title", Audience.SIGNED_IN),
        DASHBOARD("dashboard", "/leadership/dashboard.xhtml", "page.dashboard.title", Audience.OFFICE_AND_LEADERS),
        STATISTICS("statistics", "/leadership/statistics.xhtml", "page.statistics.title", Audience.OFFICE_AND_LEADERS),
        ASSESSMENT("assessment", "/leadership/assessment.xhtml", "page.assessment.title", Audience.OFFICE_AND_LEADERS),
        NOTICES("notices", "/leadership/notices.xhtml", "page.notices.title", Audience.OFFICE_AND_LEADERS),
        ARCHIVE("archive", "/archive/search.xhtml", "page.archive.title", Audience.ARCHIVE_CLERKS),
        CHECKS("checks", "/archive/checks.xhtml", "page.checks.title", Audience.ARCHIVE_CLERKS),
        CATALOGUE("catalogue", "/archive/catalogue.xhtml", "page.catalogue.title", Audience.ARCHIVE_CLERKS),
        LOANS("loans", "/items/loans.xhtml", "page.loans.title", Audience.NOT_ADMINISTRATOR),
        SCORING("scoring", "/admin/scoring.xhtml", "page.scoring.title", Audience.ADMINISTRATOR),
        ARCHIVE_SETTINGS("archive-settings", "/admin/archive.xhtml", "page.archiveSettings.title", Audience.ADMINISTRATOR),
        NEW("new", "/office/draft.xhtml", "page.draft.new", Audience.OFFICE),
        /** 会议议定事项登记: a meeting's decisions as drafts in one go. */
        DECISIONS("decisions", "/office/decisions.xhtml", "page.decisions.title", Audience.OFFICE);

        private final String id;
        private final String page;
        private final String label;
        private final Audience audience;

        Entry(String id, String page, String label, Audience audience) {
            this.id = id;
            this.page = page;
            this.label = label;
            this.audience = audience;
        }

        public String getId() {
            return id;
        }

        public String getPage() {
            return page;
        }

        public String getLabel() {
            return label;
        }
    }

    /** Who a link is for, by the roles held (web.xml's folders). */
    enum Audience {
        SIGNED_IN, ADMINISTRATOR, NOT_ADMINISTRATOR, OFFICE, OFFICE_AND_LEADERS, ARCHIVE_CLERKS, WORKS_ON_ITEMS;

        boolean includes(Set<Role> roles) {
            return switch (this) {
                case SIGNED_IN -> true;
                case ADMINISTRATOR -> roles.contains(Role.ADMIN);
                case NOT_ADMINISTRATOR -> !roles.contains(Role.ADMIN);
                case OFFICE -> roles.contains(Role.OFFICE_STAFF) || roles.contains(Role.OFFICE_DIRECTOR);
                case OFFICE_AND_LEADERS -> OFFICE.includes(roles) || roles.contains(Role.LEADER);
                case ARCHIVE_CLERKS -> roles.contains(Role.ARCHIVIST);
                case WORKS_ON_ITEMS -> roles.stream().anyMatch(role -> role != Role.ADMIN);
            };
        }
    }

    @Inject
    private UserBean user;

    private List<Entry> entries;

    /** The links the signed-in person's roles open, in order; none for nobody signed in. */
    public List<Entry> getEntries() {
        if (entries == null) {
            Set<Role> roles = user.getAccount() == null ? null : user.getRoleSet();
            entries = roles == null ? List.of()
                    : Arrays.stream(Entry.values()).filter(entry -> entry.audience.includes(roles)).toList();
        }
        return entries;
    }
}
