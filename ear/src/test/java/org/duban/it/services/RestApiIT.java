package org.duban.it.services;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.duban.it.support.ApiClient;
import org.duban.it.support.ApiClient.Answer;
import org.duban.it.support.Deployments;
import org.duban.it.support.Fixtures;
import org.duban.it.support.InServerTest;
import org.duban.it.support.WebClient;
import org.duban.item.ActionInput;
import org.duban.item.DraftInput;
import org.duban.item.ItemAction;
import org.duban.item.ItemActions;
import org.duban.item.ItemWorkflow;
import org.duban.item.Urging.UrgingRecord;
import org.duban.item.UrgingMethod;
import org.duban.organization.AccessToken.Scope;
import org.duban.organization.AccessTokens;
import org.duban.organization.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST API as a portal or a script uses it, over HTTP with personal access tokens: one item taken through the
 * seven steps by API calls alone, its history the same as an item taken through the item page's way in
 * ({@link ItemActions}); refusals as problems (400, 401, 403, 404, 409) in the caller's language; scopes and revoked
 * tokens; the browser's session reading only; and who may reach which resource — every role and another unit's
 * people, by id.
 */
class RestApiIT extends InServerTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(WebClient.class, ApiClient.class, ApiClient.Answer.class);
    }

    @EJB
    private AccessTokens tokens;
    @EJB
    private ItemWorkflow workflow;
    @jakarta.inject.Inject
    private ItemActions actions;
    @EJB
    private org.duban.item.ItemQueries queries;
    @EJB
    private org.duban.organization.Directory directory;

    private final LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);

    private ApiClient api(Account account, Scope scope) {
        as(account);
        return ApiClient.withToken(tokens.create("测试脚本", scope, 30));
    }

    private String draftJson(String title) {
        return "{\"category\":\"MEETING\",\"source\":\"院长办公会\",\"sourceReference\":\"纪要〔2026〕3号\",\"title\":\""
                + title + "\",\"mainTasks\":\"排查全部实验室\",\"requirements\":\"两周内报送整改清单\",\"leadUnit\":"
                + world.leadUnit.getId() + ",\"leader\":" + world.leader.getId()
                + ",\"priority\":\"IMPORTANT\",\"due\":\"" + due + "\",\"reportingCycle\":\"WEEKLY\","
                + "\"targets\":[{\"description\":\"检查实验室\",\"measure\":\"42间\"}]}";
    }

    private DraftInput draftInput(String title) {
        return new DraftInput(org.duban.item.Category.MEETING, "院长办公会", "纪要〔2026〕3号", title, "排查全部实验室",
                "两周内报送整改清单", List.of(new org.duban.item.QuantifiedTarget("检查实验室", "42间")), world.leadUnit.getId(), Set.of(), world.leader.getId(),
                org.duban.item.Priority.IMPORTANT, due, org.duban.item.ReportingCycle.WEEKLY, List.of());
    }

    /** The seven steps: who takes which action with which body, in order. */
    private record Step(Account by, ItemAction action, String json, ActionInput input) {
    }

    private List<Step> sevenSteps() {
        return List.of(
                new Step(world.officeStaff, ItemAction.SUBMIT_FOR_APPROVAL, "{\"text\":\"请审定\"}", text("请审定")),
                new Step(world.leader, ItemAction.APPROVE, "{\"text\":\"同意\"}", text("同意")),
                new Step(world.officeStaff, ItemAction.ASSIGN, "{\"text\":\"请按期办结\"}", text("请按期办结")),
                new Step(world.leadHead, ItemAction.ACKNOWLEDGE, "", text(null)),
                new Step(world.leadHead, ItemAction.REPORT_PROGRESS, "{\"text\":\"已排查 20 间\"}", text("已排查 20 间")),
                new Step(world.officeStaff, ItemAction.URGE,
                        "{\"urging\":{\"method\":\"phone\",\"urgedOn\":\"" + due.minusDays(30) + "\",\"notes\":\"电话询问进度\"}}",
                        new ActionInput(null, null, null, null, null, null, null, null,
                                new UrgingRecord(UrgingMethod.PHONE, due.minusDays(30), null, "电话询问进度", null),
                                null, null, null, null)),
                new Step(world.leadHead, ItemAction.SUBMIT_COMPLETION, "{\"text\":\"42 间全部整改完毕\"}", text("42 间全部整改完毕")),
                new Step(world.officeStaff, ItemAction.ACCEPT, "{\"text\":\"同意办结\"}", text("同意办结")),
                new Step(world.officeStaff, ItemAction.FEED_BACK, "{\"text\":\"已按期办结\"}", text("已按期办结")),
                new Step(world.leader, ItemAction.MARK_READ, "", text(null)),
                new Step(world.officeStaff, ItemAction.ARCHIVE, "{\"secrecy\":\"INTERNAL\"}", text(null)));
    }

    private static ActionInput text(String text) {
        return new ActionInput(text, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void oneItemThroughTheSevenStepsByApiCallsAloneWithTheHistoryOfTheScreens() {
        Map<Account, ApiClient> clients = new LinkedHashMap<>();
        for (Account person : List.of(world.officeStaff, world.leader, world.leadHead)) {
            clients.put(person, api(person, Scope.READ_WRITE));
        }
        Answer drafted = clients.get(world.officeStaff).post("items", draftJson("接口督办：实验室安全整改 " + world.id));
        assertEquals(201, drafted.status(), drafted.toString());
        long id = drafted.json().getJsonObject("item").getJsonNumber("id").longValue();
        assertTrue(drafted.response().headers().firstValue("Location").orElse("").endsWith("/api/items/" + id));

        for (Step step : sevenSteps()) {
            ApiClient client = clients.get(step.by());
            JsonObject before = client.get("items/" + id).json();
            assertTrue(names(before, "actions").contains(step.action().name()),
                    step.action() + " is offered to " + step.by().getUsername() + ": " + before.get("actions"));
            int version = before.getJsonObject("item").getInt("version");
            String body = step.json().isEmpty() ? "{\"version\":" + version + "}"
                    : "{\"version\":" + version + "," + step.json().substring(1);
            Answer taken = client.post("items/" + id + "/actions/" + step.action().name().toLowerCase(), body);
            assertEquals(200, taken.status(), step.action() + ": " + taken);
        }
        JsonObject archived = clients.get(world.officeStaff).get("items/" + id).json();
        assertEquals("ARCHIVED", archived.getJsonObject("item").getString("state"));

        // the same steps through the item page's way in
        as(world.officeStaff);
        long screens = workflow.draft(draftInput("页面督办：实验室安全整改 " + world.id), List.of());
        for (Step step : sevenSteps()) {
            as(step.by());
            actions.take(screens, queries.detail(screens).getVersion(), step.action(), step.input()); // as the page
        }
        JsonObject throughScreens = clients.get(world.officeStaff).get("items/" + screens).json();
        assertEquals(history(throughScreens), history(archived));
        assertEquals(12, history(archived).size(), history(archived).toString());
    }

    /** Each event as "ACTION role 姓名（单位） opinion". */
    private static List<String> history(JsonObject item) {
        return item.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action") + " " + e.getString("role", "") + " " + e.getString("actor")
                        + " " + e.getString("opinion", "")).toList();
    }

    private static List<String> names(JsonObject object, String member) {
        return object.getJsonArray(member).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void refusalsAreProblemsInTheCallersLanguage() {
        ApiClient office = api(world.officeStaff, Scope.READ_WRITE);
        long id = office.post("items", draftJson("接口拒绝 " + world.id)).json().getJsonObject("item")
                .getJsonNumber("id").longValue();

        // 409: the item's situation (a draft cannot be approved before it is submitted; approving twice)
        ApiClient leader = api(world.leader, Scope.READ_WRITE);
        Answer early = leader.post("items/" + id + "/actions/approve", "{\"version\":" + version(office, id) + "}");
        assertProblem(early, 409, null);
        assertEquals(200, office.post("items/" + id + "/actions/submit_for_approval",
                "{\"version\":" + version(office, id) + "}").status());
        Answer stale = leader.post("items/" + id + "/actions/approve", "{\"version\":0}");
        assertProblem(stale, 409, "error.concurrentChange");
        // 400: the version is required, so that nobody overwrites a change unseen
        Answer noVersion = leader.post("items/" + id + "/actions/approve", "{\"text\":\"同意\"}");
        assertProblem(noVersion, 400, "error.api.versionRequired");
        assertEquals("version", noVersion.json().getString("field"));
        assertEquals(200, leader.post("items/" + id + "/actions/APPROVE",
                "{\"text\":\"同意\",\"version\":" + version(office, id) + "}").status());
        assertProblem(leader.post("items/" + id + "/actions/approve", "{\"version\":" + version(office, id) + "}"),
                409, null);

        // 403: a role that may not (unit staff approving), another unit's head reading the item or acting on it,
        // even with a version it could not know (it learns nothing of the item's changes)
        assertProblem(api(world.leadStaff, Scope.READ_WRITE).post("items/" + id + "/actions/approve",
                "{\"version\":" + version(office, id) + "}"), 403, null);
        assertProblem(api(world.foreignHead, Scope.READ).get("items/" + id), 403, null);
        assertProblem(api(world.foreignHead, Scope.READ_WRITE).post("items/" + id + "/actions/comment",
                "{\"version\":0,\"text\":\"?\"}"), 403, null);

        // a decision needs its answer: nothing is decided by leaving it out
        assertEquals(200, office.post("items/" + id + "/actions/request_halt", "{\"version\":" + version(office, id)
                + ",\"haltKind\":\"suspend\",\"text\":\"政策调整，暂缓\"}").status());
        Answer noAnswer = leader.post("items/" + id + "/actions/decide_halt", "{\"version\":" + version(office, id) + "}");
        assertProblem(noAnswer, 400, "error.answer.required");
        assertEquals("yes", noAnswer.json().getString("field"));
        Answer refused = leader.post("items/" + id + "/actions/decide_halt",
                "{\"version\":" + version(office, id) + ",\"yes\":false,\"text\":\"继续办理\"}");
        assertEquals(200, refused.status(), refused.toString());
        assertEquals("REGISTERED", refused.json().getJsonObject("item").getString("state"), "not halted");
        assertProblem(office.post("items/" + id + "/actions/edit_draft", "{\"version\":1}"), 400, "error.item.notTakenHere");
        assertProblem(office.get("items?unit=99999999999999999999"), 400, "error.api.number");
        assertProblem(office.post("items/" + id + "/actions/assign", "{\"version\":1e400}"), 400, "error.api.number");
        assertProblem(office.get("todos?first=2147483647"), 400, "error.api.range");

        // 400: bad input, its value shown; 404: no such item
        Answer badDay = office.get("items?dueFrom=2026-13-45");
        assertProblem(badDay, 400, "error.api.date");
        assertTrue(badDay.json().getString("detail").contains("2026-13-45"), badDay.toString());
        assertEquals("dueFrom", badDay.json().getString("field"));
        Answer badChoice = office.get("items?state=%E5%8A%9E%E7%BB%93"); // 办结
        assertProblem(badChoice, 400, "error.api.choice");
        assertTrue(badChoice.json().getString("detail").contains("办结"));
        assertProblem(office.post("items", "[1, 2]"), 400, "error.api.json");
        assertProblem(office.post("items", "{\"title\": "), 400, "error.api.jsonSyntax");
        assertProblem(office.post("items/" + id + "/actions/fly", "{}"), 400, "error.api.choice");
        assertProblem(office.get("items/999999999"), 404, "error.item.notFound");
        assertProblem(office.get("nothing-here"), 404, "error.api.noSuchResource");
        assertEquals(200, office.get("items?sort=number&order=desc&size=5&light=red&mine=false&order=").status());
        assertProblem(office.get("items?size=500"), 400, "error.api.range");
        // full-width digits and a Chinese date are read as an office types them
        assertEquals(200, office.get("items?size=%EF%BC%95&dueFrom=2026%E5%B9%B41%E6%9C%881%E6%97%A5").status());

        // in the caller's language: Chinese by default, English for an account that chose it
        assertTrue(badDay.json().getString("detail").contains("日期"), badDay.toString());
        as(world.officeStaff);
        directory.chooseLanguage("en"); // as 中文/English in the header remembers it
        Answer english = office.get("items?dueFrom=2026-13-45");
        assertTrue(english.json().getString("detail").startsWith("Parameter dueFrom must be a date"), english.toString());
        assertEquals("error.api.date", english.json().getString("key"));
    }

    @Test
    void tokensScopesAndTheBrowsersSession() {
        // no token, a made-up one: 401 with a problem, in the language asked for
        Answer none = ApiClient.withToken(null).inLanguage("en-GB,en;q=0.8").get("todos");
        assertProblem(none, 401, "error.api.signIn");
        assertTrue(none.json().getString("detail").startsWith("Give an access token"), none.toString());
        assertTrue(none.response().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertProblem(ApiClient.withToken("dbn_" + "A".repeat(43)).get("todos"), 401, "error.api.token");
        assertProblem(ApiClient.withToken("duban2026").get("todos"), 401, "error.api.token");
        assertTrue(none.response().headers().firstValue("Set-Cookie").isEmpty(), "no session for a program");

        // a read token reads and may not act; a read-write one may
        ApiClient reading = api(world.officeStaff, Scope.READ);
        Answer me = reading.get("me");
        assertEquals(200, me.status(), me.toString());
        assertEquals(world.officeStaff.getUsername(), me.json().getString("login"));
        assertEquals("READ", me.json().getString("scope"));
        assertTrue(me.json().getString("name").contains(world.office.getName()), me.toString());
        assertProblem(reading.post("items", draftJson("只读令牌 " + world.id)), 403, "error.api.readOnly");
        assertEquals(201, api(world.officeStaff, Scope.READ_WRITE).post("items", draftJson("读写令牌 " + world.id)).status());
        assertTrue(reading.get("todos").response().headers().firstValue("Set-Cookie").isEmpty(), "no session for a token");

        // listed and revoked by the owner alone; a revoked token answers 401 at once
        as(world.officeStaff);
        String token = tokens.create("门户", Scope.READ, 90);
        ApiClient portal = ApiClient.withToken(token);
        assertEquals(200, portal.get("todos").status());
        String fingerprint = tokens.mine().stream().filter(t -> t.getName().equals("门户")).findFirst().orElseThrow()
                .getTokenSha256();
        as(world.director);
        assertTrue(tokens.mine().stream().noneMatch(t -> t.getTokenSha256().equals(fingerprint)), "another's tokens are not listed");
        org.junit.jupiter.api.Assertions.assertThrows(org.duban.shared.DomainException.class, () -> tokens.revoke(fingerprint));
        assertEquals(200, portal.get("todos").status(), "another person cannot revoke it");
        as(world.officeStaff);
        tokens.revoke(fingerprint);
        assertProblem(portal.get("todos"), 401, "error.api.token");
        // a deactivated account's tokens end with it
        ApiClient staff = api(world.leadStaff, Scope.READ);
        assertEquals(200, staff.get("me").status());
        fixtures.deactivate(world.leadStaff);
        assertProblem(staff.get("me"), 401, "error.api.token");

        // a signed-in browser reads (the portal's widget) and may not act
        WebClient browser = WebClient.ofThisServer();
        browser.signIn(world.leadHead.getUsername(), Fixtures.PASSWORD);
        var todos = browser.get("api/todos");
        assertEquals(200, todos.statusCode(), todos.body());
        assertTrue(todos.body().contains("\"total\""), todos.body());
        var posted = browser.post("api/items", Map.of("title", "跨站"));
        assertEquals(403, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains("error.api.readOnly"), posted.body());

        // the description is open
        Answer openApi = ApiClient.withToken(null).get("openapi.json");
        assertEquals(200, openApi.status());
        assertEquals("3.1.0", openApi.json().getString("openapi"));
    }

    @Test
    void whoMayReachWhichResourceEveryRoleAndAnotherUnitById() {
        long id = assigned(workflow, draftInput("接口权限 " + world.id), world.leader);
        as(world.leadHead);
        workflow.acknowledge(id, null);
        Account archivist = fixtures.account("archivist-" + world.id, world.office, org.duban.organization.Role.ARCHIVIST);
        ApiClient office = api(world.officeStaff, Scope.READ);
        Map<Account, Integer> itemStatus = new LinkedHashMap<>();
        itemStatus.put(world.officeStaff, 200);
        itemStatus.put(world.director, 200);
        itemStatus.put(world.leader, 200);
        itemStatus.put(world.leadHead, 200);
        itemStatus.put(world.leadStaff, 200);
        itemStatus.put(world.coHead, 403);
        itemStatus.put(world.foreignHead, 403);
        itemStatus.put(world.foreignStaff, 403);
        itemStatus.put(world.admin, 403);
        itemStatus.put(archivist, 403); // the archive's clerks see items once they are archived
        Set<Account> statisticians = Set.of(world.officeStaff, world.director, world.leader);
        Set<Account> drafters = Set.of(world.officeStaff, world.director);
        for (Map.Entry<Account, Integer> entry : itemStatus.entrySet()) {
            Account person = entry.getKey();
            String who = person.getUsername();
            ApiClient client = api(person, Scope.READ_WRITE);
            assertEquals(200, client.get("me").status(), who);
            assertEquals(200, client.get("todos").status(), who);
            Answer entries = client.get("directory");
            assertEquals(200, entries.status(), who + ": " + entries);
            assertTrue(entries.body().contains("\"id\":" + world.leadUnit.getId() + ",")
                    && entries.body().contains("\"id\":" + world.leader.getId() + ","), who + ": " + entries);
            Answer item = client.get("items/" + id);
            assertEquals(entry.getValue(), item.status(), who + ": " + item);
            Answer list = client.get("items?size=100&q=" + java.net.URLEncoder.encode(world.id, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(200, list.status(), who + ": " + list);
            boolean listed = list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(row -> row.getJsonNumber("id").longValue() == id);
            assertEquals(entry.getValue() == 200, listed, who + " finds the item in the list only when they may see it");
            assertEquals(statisticians.contains(person) ? 200 : 403, client.get("statistics").status(), who);
            assertEquals(drafters.contains(person) ? 201 : 403,
                    client.post("items", draftJson("接口权限草稿 " + who)).status(), who);
            // nobody but the lead unit's head may acknowledge again, nor anyone act on another unit's item
            Answer urged = client.post("items/" + id + "/actions/report_progress",
                    "{\"text\":\"进展\",\"version\":" + version(office, id) + "}");
            boolean mayReport = person.equals(world.leadHead) || person.equals(world.leadStaff);
            assertEquals(mayReport ? 200 : 403, urged.status(), who + ": " + urged);
        }
        // what the head's to-dos say is theirs
        JsonObject todos = api(world.leadHead, Scope.READ).get("todos").json();
        assertNotNull(todos.getJsonObject("counts"));
        assertFalse(todos.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .anyMatch(row -> row.getJsonObject("item").getString("title").startsWith("接口权限草稿")),
                "no other person's drafts among a unit head's to-dos");
    }

    /** The item's version as the office sees it now. */
    private static int version(ApiClient office, long id) {
        return office.get("items/" + id).json().getJsonObject("item").getInt("version");
    }

    private static void assertProblem(Answer answer, int status, String key) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.type().startsWith("application/problem+json"), answer.toString());
        JsonObject problem = answer.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        assertTrue(problem.get("key") instanceof JsonString, answer.toString());
        if (key != null) {
            assertEquals(key, problem.getString("key"), answer.toString());
        }
        assertFalse(answer.body().contains("Exception"), "no stack trace: " + answer);
    }
}
