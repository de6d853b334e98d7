package org.duban.it.services;

import org.duban.it.support.*;

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
    private org.duban.settings.SettingsService settings;
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
        byte[] pdf = Fixtures.pdf("依据");
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
        } catch (org.duban.shared.DomainException e) {
            return true; // past the role check, stopped by the rules (here: no item -1)
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
    void everyStepOfTheWorkflowAndEveryChangeAnswersEachRoleAsTheDesignSays() {
        Set<String> office = Set.of("OFFICE_STAFF", "OFFICE_DIRECTOR");
        Set<String> leader = Set.of("LEADER");
        Set<String> heads = Set.of("UNIT_HEAD", "OTHER_UNIT_HEAD");
        Set<String> unitPeople = Set.of("UNIT_HEAD", "OTHER_UNIT_HEAD", "UNIT_STAFF", "OTHER_UNIT_STAFF");
        Set<String> admin = Set.of("ADMIN");
        long none = -1;
        Map<String, Call> calls = new LinkedHashMap<>();
        Map<String, Set<String>> design = new LinkedHashMap<>();
        // DESIGN.md's table, row by row; item -1 does not exist, so nothing changes for those allowed
        calls.put("edit draft", () -> workflow.edit(none, null, null));
        design.put("edit draft", office);
        calls.put("send for consultation", () -> workflow.sendForConsultation(none, null, Set.of(), Set.of(), "?"));
        design.put("send for consultation", office);
        calls.put("submit for approval", () -> workflow.submitForApproval(none, null, null));
        design.put("submit for approval", office);
        calls.put("comment", () -> workflow.comment(none, "意见", List.of()));
        design.put("comment", Set.of("LEADER", "UNIT_HEAD", "OTHER_UNIT_HEAD"));
        calls.put("approve", () -> workflow.approve(none, null, null));
        design.put("approve", leader);
        calls.put("return draft", () -> workflow.returnDraft(none, null, "退回"));
        design.put("return draft", leader);
        calls.put("cancel", () -> workflow.cancel(none, null, "撤销"));
        design.put("cancel", leader);
        calls.put("assign", () -> workflow.assign(none, null, null));
        design.put("assign", office);
        calls.put("record help", () -> workflow.recordHelp(none, "协调", List.of()));
        design.put("record help", office);
        calls.put("urge at a meeting", () -> workflow.urgeAtMeeting(Set.of(), null, List.of()));
        design.put("urge at a meeting", office);
        calls.put("acknowledge", () -> workflow.acknowledge(none, null));
        design.put("acknowledge", heads);
        calls.put("hand over", () -> workflow.handOver(none, null, "nobody-" + world.id));
        design.put("hand over", heads);
        calls.put("report progress", () -> workflow.reportProgress(none, "进展", List.of()));
        design.put("report progress", unitPeople);
        calls.put("draft completion", () -> workflow.draftCompletion(none, null, "草稿"));
        design.put("draft completion", unitPeople);
        calls.put("submit completion", () -> workflow.submitCompletion(none, null, "办结", List.of()));
        design.put("submit completion", heads);
        calls.put("request extension", () -> workflow.requestExtension(none, null, "理由", LocalDate.now().plusDays(40)));
        design.put("request extension", heads);
        calls.put("accept", () -> workflow.accept(none, null, null));
        design.put("accept", office);
        calls.put("return for rework", () -> workflow.returnForRework(none, null, org.duban.item.ReworkKind.SUPPLEMENT, "补充"));
        design.put("return for rework", office);
        calls.put("decide extension", () -> workflow.decideExtension(none, null, true, null));
        // leaders too only when the setting says so (ItemLifecycleIT turns it on and off)
        design.put("decide extension", settings.current().isLeadersDecideExtensions()
                ? Set.of("OFFICE_DIRECTOR", "LEADER") : Set.of("OFFICE_DIRECTOR"));
        calls.put("feed back", () -> workflow.feedBack(none, null, "反馈"));
        design.put("feed back", office);
        calls.put("mark read", () -> workflow.markRead(none));
        design.put("mark read", leader);
        calls.put("instruct", () -> workflow.instruct(none, "批示"));
        design.put("instruct", leader);
        calls.put("request halt", () -> workflow.requestHalt(none, null, org.duban.item.HaltKind.SUSPEND, "理由"));
        design.put("request halt", office);
        calls.put("decide halt", () -> workflow.decideHalt(none, null, true, null));
        design.put("decide halt", leader);
        calls.put("resume", () -> workflow.resume(none, null, null));
        design.put("resume", leader);
        calls.put("archive", () -> workflow.archive(none, null, null, null));
        design.put("archive", office);
        calls.put("issue a notice", () -> workflow.issueNotice(none, null, "通报"));
        design.put("issue a notice", Set.of("OFFICE_DIRECTOR"));
        calls.put("lend: decide a loan", () -> loans.decide(none, 0, true));
        design.put("lend: decide a loan", Set.of("ARCHIVIST"));
        calls.put("borrow: ask for a dossier", () -> loans.request(none, "查阅", LocalDate.now().plusDays(10)));
        design.put("borrow: ask for a dossier", Set.of("OFFICE_STAFF", "OFFICE_DIRECTOR", "LEADER", "UNIT_HEAD",
                "OTHER_UNIT_HEAD", "UNIT_STAFF", "OTHER_UNIT_STAFF"));
        calls.put("accounts: reset a password", () -> administration.resetPassword(none));
        design.put("accounts: reset a password", admin);
        calls.put("units: delete", () -> administration.deleteUnit(none));
        design.put("units: delete", admin);

        List<String> wrong = new ArrayList<>();
        people.forEach((role, account) -> {
            signIn.as(account.getUsername(), Fixtures.PASSWORD);
            calls.forEach((name, call) -> {
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
        design.put("items/item.xhtml?id=" + itemId, SEE_ITEM);
        shows.put("items/item.xhtml?id=" + itemId, r -> r.statusCode() == 200 && r.body().contains(title));
        design.put("files/" + attachmentId, SEE_ITEM);
        shows.put("files/" + attachmentId, r -> r.statusCode() == 200 && r.body().startsWith("%PDF"));
        design.put("download/document/" + itemId + "/ASSIGNMENT_NOTICE", Set.of("OFFICE_STAFF", "OFFICE_DIRECTOR", "LEADER", "UNIT_HEAD", "UNIT_STAFF"));
        shows.put("download/document/" + itemId + "/ASSIGNMENT_NOTICE", r -> r.statusCode() == 200 && r.body().startsWith("%PDF"));
        Predicate<HttpResponse<String>> opened = r -> r.statusCode() == 200 && !r.body().contains("login:username")
                && r.uri().getPath().endsWith(".xhtml") && !r.body().contains("id=\"error-id\"");
        Set<String> everyoneButTheAdministrator = Set.of("OFFICE_STAFF", "OFFICE_DIRECTOR", "LEADER", "UNIT_HEAD",
                "UNIT_STAFF", "OTHER_UNIT_HEAD", "OTHER_UNIT_STAFF", "ARCHIVIST");
        for (String page : List.of("home.xhtml", "inbox.xhtml", "password.xhtml", "feed.xhtml", "tokens.xhtml", "widget.xhtml")) {
            design.put(page, Set.copyOf(people.keySet()));
            shows.put(page, opened);
        }
        for (String page : List.of("items/worklist.xhtml", "items/loans.xhtml")) {
            design.put(page, everyoneButTheAdministrator);
            shows.put(page, opened);
        }
        design.put("office/draft.xhtml", Set.of("OFFICE_STAFF", "OFFICE_DIRECTOR"));
        shows.put("office/draft.xhtml", opened);
        for (String page : List.of("leadership/statistics.xhtml", "leadership/assessment.xhtml", "leadership/notices.xhtml")) {
            design.put(page, LEADERSHIP);
            shows.put(page, opened);
        }
        design.put("leadership/dashboard.xhtml", LEADERSHIP);
        shows.put("leadership/dashboard.xhtml", r -> r.statusCode() == 200 && r.body().contains("duban-dashboard"));
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
        assertTrue(refused.stream().anyMatch(s -> s.endsWith("/leadership/dashboard.xhtml")), refused.toString());
        assertTrue(refused.stream().anyMatch(s -> s.contains("ItemQueries.detail(" + itemId + ")")), refused.toString());
    }
}
