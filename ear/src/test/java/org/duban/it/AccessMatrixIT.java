package org.duban.it;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.duban.archive.ArchiveSearch;
import org.duban.archive.DossierFilter;
import org.duban.assessment.Dashboard;
import org.duban.assessment.Grouping;
import org.duban.assessment.Period;
import org.duban.job.JobKind;
import org.duban.assessment.NoticeBoard;
import org.duban.audit.AuditFilter;
import org.duban.audit.AuditLog;
import org.duban.history.NewFile;
import org.duban.item.ItemQueries;
import org.duban.item.ItemWorkflow;
import org.duban.organization.Account;
import org.duban.organization.Administration;
import org.duban.organization.Role;
import org.duban.shared.AccessDeniedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/**
 * DESIGN.md's table of who may do what, checked for every role and for a person of another unit: each service
 * method is called and each page is asked for directly by id or address. Refused means an exception from the
 * service, and on the web 403, 404 or the login form — never the data.
 */
class AccessMatrixIT extends InServerTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(WebClient.class);
    }

    @EJB
    private ItemWorkflow workflow;
    @EJB
    private ItemQueries queries;
    @EJB
    private Dashboard dashboard;
    @EJB
    private NoticeBoard notices;
    @EJB
    private ArchiveSearch archive;
    @EJB
    private org.duban.assessment.Statistics statistics;
    @EJB
    private org.duban.assessment.Assessments assessments;
    @EJB
    private org.duban.archive.Loans loans;
    @EJB
    private org.duban.job.Jobs jobs;
    @EJB
    private Administration administration;
    @EJB
    private AuditLog audit;

    private Account archivist;
    private Map<String, Account> people;
    private String title;
    private long itemId;
    private long attachmentId;

    @BeforeEach
    void makeTheirOwnPeople() {
        archivist = fixtures.account("archivist-" + world.id, world.office, Role.ARCHIVIST);
        people = new LinkedHashMap<>();
        people.put("OFFICE_STAFF", world.officeStaff);
        people.put("OFFICE_DIRECTOR", world.director);
        people.put("LEADER", world.leader);
        people.put("UNIT_HEAD", world.leadHead);
        people.put("UNIT_STAFF", world.leadStaff);
        people.put("OTHER_UNIT_HEAD", world.foreignHead);
        people.put("OTHER_UNIT_STAFF", world.foreignStaff);
        people.put("ARCHIVIST", archivist);
        people.put("ADMIN", world.admin);

        title = "权限矩阵 " + world.id;
        signIn.as(world.officeStaff.getUsername(), Fixtures.PASSWORD);
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        itemId = workflow.draft(world.draft(title, LocalDate.now().plusDays(30), List.of()),
                List.of(new NewFile("依据.pdf", "application/pdf", pdf)));
        workflow.submitForApproval(itemId, null, null);
        signIn.as(world.leader.getUsername(), Fixtures.PASSWORD);
        workflow.approve(itemId, null, "同意");
        signIn.as(world.officeStaff.getUsername(), Fixtures.PASSWORD);
        workflow.assign(itemId, null, null);
        attachmentId = queries.detail(itemId).getAttachments().get(0).getId();
    }

    private static final Set<String> SEE_ITEM = Set.of("OFFICE_STAFF", "OFFICE_DIRECTOR", "LEADER", "UNIT_HEAD", "UNIT_STAFF");
    private static final Set<String> LEADERSHIP = Set.of("OFFICE_STAFF", "OFFICE_DIRECTOR", "LEADER");

    private interface Call {
        void run() throws Exception;
    }

    private static boolean allowed(Call call) {
        try {
            call.run();
            return true;
        } catch (EJBAccessException | AccessDeniedException e) {
            return false;
        } catch (EJBException e) {
            if (e.getCause() instanceof AccessDeniedException || e.getCausedByException() instanceof EJBAccessException) {
                return false;
            }
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> pairs(Object... keysAndRoles) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndRoles.length; i += 2) {
            map.put((String) keysAndRoles[i], (Set<String>) keysAndRoles[i + 1]);
        }
        return map;
    }

    @Test
    void everyServiceAnswersEachRoleAsTheDesignSays() {
        Map<String, Call> services = new LinkedHashMap<>();
        services.put("item detail", () -> queries.detail(itemId));
        services.put("item attachment", () -> queries.attachment(attachmentId));
        services.put("dashboard", () -> dashboard.view());
        services.put("notices", () -> notices.list());
        services.put("statistics", () -> statistics.figures(Period.year(LocalDate.now().getYear()), Grouping.UNIT));
        services.put("assessment periods", () -> assessments.periods());
        services.put("my loans", () -> loans.mine());
        services.put("open loans", () -> loans.open());
        services.put("background jobs", () -> jobs.recent(JobKind.CATALOGUE));
        services.put("archive search", () -> archive.count(DossierFilter.none()));
        services.put("units administration", () -> administration.units());
        services.put("audit trail", () -> audit.page(AuditFilter.everything(), 0, 1));
        Map<String, Set<String>> design = pairs(
                "item detail", SEE_ITEM, "item attachment", SEE_ITEM,
                "dashboard", LEADERSHIP, "notices", LEADERSHIP, "statistics", LEADERSHIP,
                "assessment periods", LEADERSHIP, "my loans", Set.of("OFFICE_STAFF", "OFFICE_DIRECTOR", "LEADER",
                        "UNIT_HEAD", "UNIT_STAFF", "OTHER_UNIT_HEAD", "OTHER_UNIT_STAFF"),
                "open loans", Set.of("ARCHIVIST"), "background jobs", Set.of("ARCHIVIST"),
                "archive search", Set.of("ARCHIVIST"),
                "units administration", Set.of("ADMIN"), "audit trail", Set.of("ADMIN"));

        List<String> wrong = new ArrayList<>();
        people.forEach((role, account) -> {
            signIn.as(account.getUsername(), Fixtures.PASSWORD);
            services.forEach((name, call) -> {
                boolean expected = design.get(name).contains(role);
                if (allowed(call) != expected) {
                    wrong.add(role + " " + (expected ? "refused" : "allowed") + " " + name);
                }
            });
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPageAnswersEachRoleAsTheDesignSays() {
        Map<String, Set<String>> design = new LinkedHashMap<>();
        Map<String, Predicate<HttpResponse<String>>> shows = new LinkedHashMap<>();
        design.put("item.xhtml?id=" + itemId, SEE_ITEM);
        shows.put("item.xhtml?id=" + itemId, r -> r.statusCode() == 200 && r.body().contains(title));
        design.put("files/" + attachmentId, SEE_ITEM);
        shows.put("files/" + attachmentId, r -> r.statusCode() == 200 && r.body().startsWith("%PDF"));
        design.put("download/document/" + itemId + "/ASSIGNMENT_NOTICE", Set.of("OFFICE_STAFF", "OFFICE_DIRECTOR", "LEADER", "UNIT_HEAD", "UNIT_STAFF"));
        shows.put("download/document/" + itemId + "/ASSIGNMENT_NOTICE", r -> r.statusCode() == 200 && r.body().startsWith("%PDF"));
        Predicate<HttpResponse<String>> opened = r -> r.statusCode() == 200 && !r.body().contains("login:username")
                && r.uri().getPath().endsWith(".xhtml") && !r.body().contains("id=\"error-id\"");
        Set<String> everyoneButTheAdministrator = Set.of("OFFICE_STAFF", "OFFICE_DIRECTOR", "LEADER", "UNIT_HEAD",
                "UNIT_STAFF", "OTHER_UNIT_HEAD", "OTHER_UNIT_STAFF", "ARCHIVIST");
        for (String page : List.of("home.xhtml", "inbox.xhtml", "password.xhtml")) {
            design.put(page, Set.copyOf(people.keySet()));
            shows.put(page, opened);
        }
        for (String page : List.of("worklist.xhtml", "loans.xhtml")) {
            design.put(page, everyoneButTheAdministrator);
            shows.put(page, opened);
        }
        design.put("draft.xhtml", Set.of("OFFICE_STAFF", "OFFICE_DIRECTOR"));
        shows.put("draft.xhtml", opened);
        for (String page : List.of("statistics.xhtml", "assessment.xhtml", "notices.xhtml")) {
            design.put(page, LEADERSHIP);
            shows.put(page, opened);
        }
        design.put("dashboard.xhtml", LEADERSHIP);
        shows.put("dashboard.xhtml", r -> r.statusCode() == 200 && r.body().contains("duban-dashboard"));
        for (String admin : List.of("admin/index.xhtml", "admin/units.xhtml", "admin/accounts.xhtml",
                "admin/import.xhtml", "admin/audit.xhtml", "admin/settings.xhtml", "admin/signin.xhtml",
                "admin/calendar.xhtml", "admin/scoring.xhtml", "admin/archive.xhtml")) {
            design.put(admin, Set.of("ADMIN"));
            shows.put(admin, r -> r.statusCode() == 200 && r.body().contains("id=\"menu-admin\""));
        }
        for (String archivePage : List.of("archive/search.xhtml", "archive/checks.xhtml", "archive/catalogue.xhtml")) {
            design.put(archivePage, Set.of("ARCHIVIST"));
            shows.put(archivePage, r -> r.statusCode() == 200 && r.body().contains("id=\"menu-archive\""));
        }

        List<String> wrong = new ArrayList<>();
        people.forEach((role, account) -> {
            WebClient client = WebClient.ofThisServer();
            client.signIn(account.getUsername(), Fixtures.PASSWORD);
            design.forEach((page, roles) -> {
                HttpResponse<String> first = client.get(page);
                boolean expected = roles.contains(role);
                // Once in many runs Payara Micro has answered one allowed request with 403; asked again, it answers.
                // Only a refusal of what is allowed is asked again (and reported): never something shown.
                HttpResponse<String> answer = expected && !shows.get(page).test(first) ? client.get(page) : first;
                if (answer != first && shows.get(page).test(answer)) {
                    System.err.println("AccessMatrixIT: " + role + " was refused " + page + " once ("
                            + first.statusCode() + "), then shown");
                }
                boolean shown = shows.get(page).test(answer);
                boolean properlyRefused = answer.statusCode() == 403 || answer.statusCode() == 404
                        || answer.body().contains("login:username") || answer.statusCode() == 200 && !shown;
                if (expected && !shown) {
                    wrong.add(role + " refused " + page + " (" + answer.statusCode() + ")");
                } else if (!expected && (shown || !properlyRefused)) {
                    wrong.add(role + " shown " + page + " (" + answer.statusCode() + ")");
                }
                if (!expected && answer.body().contains(title)) {
                    wrong.add(role + " sees the title on " + page);
                }
            });
        });
        assertEquals(List.of(), wrong);

        // each refused address is in the audit trail, with who asked
        signIn.as(world.admin.getUsername(), Fixtures.PASSWORD);
        List<org.duban.audit.AuditEvent> refusals = audit.page(new AuditFilter(org.duban.audit.AuditKind.REFUSED,
                world.foreignHead.getUsername(), null, null), 0, 100);
        assertTrue(refusals.stream().allMatch(e -> "127.0.0.1".equals(e.getAddress())), "from where, 403 pages too");
        List<String> refused = refusals.stream().map(e -> e.getSubject()).toList();
        assertTrue(refused.stream().anyMatch(s -> s.endsWith("/admin/units.xhtml")), refused.toString());
        assertTrue(refused.stream().anyMatch(s -> s.contains("ItemQueries.attachment(" + attachmentId + ")")), refused.toString());
        assertTrue(refused.stream().anyMatch(s -> s.endsWith("/dashboard.xhtml")), refused.toString());
        assertTrue(refused.stream().anyMatch(s -> s.contains("ItemQueries.detail(" + itemId + ")")), refused.toString());
    }
}
