package org.duban.it.screens;

import org.duban.it.support.*;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Each role's main page in Chinese and English (screenshots under target/screenshots), the menu each role gets,
 * a phone-width screen, an expired session, and a concurrent change explained without losing what was typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolesAndLanguagesIT {

    /** On a weekday clock: the watch run from the settings page sends nothing on a rest day. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.microWar().addClass(WeekdayClock.class);
    }

    @ArquillianResource
    private URL base;

    private final List<WebDriver> browsers = new ArrayList<>();

    private Screens browser(int width, int height) throws Exception {
        WebDriver driver = Browser.open(width, height);
        browsers.add(driver);
        return new Screens(driver, base);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    private static boolean present(Screens screens, String id) {
        return !screens.browser().findElements(By.id(id)).isEmpty();
    }

    @Test
    void everyRoleHasItsMainPageAndMenuInBothLanguages() throws Exception {
        Screens screens = browser(1366, 768);
        String[][] roles = {{"office", "office"}, {"director", "director"}, {"leader", "leader"},
                {"jw.head", "unit-head"}, {"jw.staff", "unit-staff"}, {"archivist", "archivist"}, {"admin", "admin"}};
        for (String[] role : roles) {
            screens.signIn(role[0]);
            boolean admin = role[0].equals("admin");
            assertEquals(admin ? "系统管理" : "我的督办事项", screens.text(By.tagName("h1")), role[0]);
            assertEquals(admin, present(screens, "units"), role[0] + ": the administration pages on the home page");
            boolean office = role[0].equals("office") || role[0].equals("director");
            assertEquals(office, present(screens, "menu-new"), role[0] + " may draft: " + office);
            assertEquals(!role[0].equals("admin"), present(screens, "menu-worklist"), role[0]);
            Browser.screenshot(screens.browser(), "main-" + role[1] + "-zh");
            screens.submit(By.id("header:lang-en"));
            assertEquals(admin ? "Administration" : "My supervision items", screens.text(By.tagName("h1")), role[0]);
            String body = screens.text(By.tagName("body"));
            assertFalse(body.contains("退出") || body.contains("督办编号") || body.contains("没有需要您关注"),
                    role[0] + ": no Chinese UI text left on the English page");
            Browser.screenshot(screens.browser(), "main-" + role[1] + "-en");
            if (office) {
                screens.open("items/worklist.xhtml");
                assertEquals("Supervision items", screens.text(By.tagName("h1")));
                Browser.screenshot(screens.browser(), "worklist-" + role[1] + "-en");
            }
            screens.signIn(role[0].equals("office") ? "office" : role[0]);
        }
        // the language is remembered per account: signIn() above found English and switched back to Chinese
        screens.signIn("office");
        assertEquals("我的督办事项", screens.text(By.tagName("h1")));
        screens.open("items/worklist.xhtml");
        Browser.screenshot(screens.browser(), "worklist-office-zh");
    }

    @Test
    void theDeadlineWatchFillsTheInboxAndTheHeaderCountsTheUnread() throws Exception {
        Screens screens = browser(1366, 768);
        screens.signIn("admin");
        screens.browser().findElement(By.id("menu-settings")).click();
        screens.submit(By.id("settings:scanNow"));
        assertTrue(screens.globalMessages().contains("期限检查完成"), screens.globalMessages());
        Browser.screenshot(screens.browser(), "settings-admin-zh");
        screens.browser().findElement(By.id("menu-calendar")).click();
        screens.browser().findElement(By.id("calendar:days"));
        Browser.screenshot(screens.browser(), "calendar-admin-zh");

        screens.signIn("jw.head");
        int unread = Integer.parseInt(screens.text(By.id("unread")).strip());
        assertTrue(unread > 0, "the demo college has overdue items of 教务处");
        screens.browser().findElement(By.id("menu-inbox")).click();
        screens.browser().findElement(By.id("notices"));
        Browser.screenshot(screens.browser(), "inbox-unit-head-zh");
        // an unread reminder of the watch's: the database may keep notices this account read in an earlier run, and
        // other tests' hand-offs that only inform (已审核办结)
        By unreadLink = By.cssSelector(".notice-unread .notice-link");
        java.util.Optional<org.openqa.selenium.WebElement> reminder;
        while ((reminder = screens.browser().findElements(unreadLink).stream()
                .filter(link -> link.getText().contains("请")).findFirst()).isEmpty()) { // twenty a page, newest first
            screens.submit(By.cssSelector("#notices-pager .duban-pager-next"));
        }
        String notice = reminder.get().getText();
        assertTrue(notice.contains("《"), "a notice names its item: " + notice);
        String address = reminder.get().getAttribute("href");
        screens.submit(By.cssSelector(".notice-link[href$='" + address.substring(address.indexOf("open=")) + "']"));
        assertTrue(present(screens, "item-state"), "the notice opens its item");
        int after = present(screens, "unread") ? Integer.parseInt(screens.text(By.id("unread")).strip()) : 0;
        assertEquals(unread - 1, after, "opening a notice marks it read");
    }

    @Test
    void aUnitHeadSubscribesACalendarToTheirDeadlinesAndRenewsTheAddress() throws Exception {
        Screens screens = browser(1366, 768);
        screens.signIn("jw.head");
        screens.browser().findElement(By.id("header:menu-feed")).click();
        screens.submit(By.id("feed:renew"));
        assertTrue(screens.globalMessages().contains("已生成新的日历订阅地址"), screens.globalMessages());
        String address = screens.text(By.id("address")).strip();
        assertTrue(screens.text(By.id("feed-state")).contains("当前地址生成于"), screens.text(By.id("feed-state")));
        Browser.screenshot(screens.browser(), "feed-unit-head-zh");
        HttpClient calendar = HttpClient.newHttpClient(); // a calendar program: no session, the address alone
        HttpResponse<String> feed = calendar.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode());
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR") && feed.body().contains("【办结期限】"),
                "the demo college's items of 教务处 are in the feed");
        screens.submit(By.id("feed:renew"));
        assertNotEquals(address, screens.text(By.id("address")).strip());
        assertEquals(404, calendar.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "the old address ends at once");
    }

    @Test
    void anOfficeClerkMakesAnAccessTokenForAScriptAndRevokesIt() throws Exception {
        Screens screens = browser(1366, 768);
        screens.signIn("office");
        screens.browser().findElement(By.id("header:menu-tokens")).click();
        String name = "门户待办 " + org.duban.it.support.Fixtures.unique(); // a database kept from an earlier run has others
        screens.type(By.id("tokens:name"), name);
        screens.submit(By.id("tokens:create"));
        assertTrue(screens.globalMessages().contains("已生成访问令牌"), screens.globalMessages());
        String token = screens.text(By.id("token")).strip();
        assertTrue(token.startsWith("dbn_") && token.length() == 47, token);
        assertTrue(screens.text(By.id("tokens:list")).contains(name) && screens.text(By.id("tokens:list")).contains("只读"),
                screens.text(By.id("tokens:list")));
        Browser.screenshot(screens.browser(), "tokens-office-zh");

        HttpClient script = HttpClient.newHttpClient(); // a script: no session, the token alone
        HttpRequest me = HttpRequest.newBuilder(URI.create(base + "api/me")).header("Authorization", "Bearer " + token).build();
        HttpResponse<String> answer = script.send(me, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"login\":\"office\"") && answer.body().contains("\"scope\":\"READ\""), answer.body());
        HttpResponse<String> todos = script.send(HttpRequest.newBuilder(URI.create(base + "api/todos"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, todos.statusCode(), todos.body());

        screens.open("tokens.xhtml"); // the token is shown once: not on the page again
        assertTrue(screens.browser().findElements(By.id("token")).isEmpty(), "the token is shown only when it is made");
        ((org.openqa.selenium.JavascriptExecutor) screens.browser()).executeScript("window.confirm = () => true;"); // 确定
        screens.submit(By.xpath("//tr[td[contains(., '" + name + "')]]//input[contains(@id, 'revoke')]"));
        assertTrue(screens.globalMessages().contains("已撤销访问令牌"), screens.globalMessages());
        assertEquals(401, script.send(me, HttpResponse.BodyHandlers.ofString()).statusCode(), "revoked: refused at once");
    }

    @Test
    void thePortalListedByTheAdministratorShowsTheToDoWidgetInAFrameAndNoOtherSiteCan() throws Exception {
        HttpServer listed = portal();
        HttpServer other = portal();
        try {
            String listedOrigin = "http://" + base.getHost() + ":" + listed.getAddress().getPort();
            Screens screens = browser(1366, 768);
            screens.signIn("admin");
            screens.open("admin/signin.xhtml");
            screens.type(By.id("portal:origins"), listedOrigin);
            screens.submit(By.id("portal:save"));
            assertTrue(screens.globalMessages().contains("已保存"), screens.globalMessages());

            screens.signIn("jw.head"); // the portal's frame is the same site: the browser sends Duban's session
            WebDriver browser = screens.browser();
            browser.get(listedOrigin + "/");
            browser.switchTo().frame("duban");
            Browser.waitFor(browser, 20).until(b -> !b.findElements(By.id("widget")).isEmpty());
            int toDos = Integer.parseInt(browser.findElement(By.id("widget-count")).getText().strip());
            assertEquals(toDos == 0 ? 0 : Math.min(toDos, 10), browser.findElements(By.className("widget-row")).size(),
                    "the person's to-dos in the frame, as many as the count says (a page of ten)");
            assertEquals(toDos == 0, !browser.findElements(By.id("widget-empty")).isEmpty());
            browser.switchTo().defaultContent();
            Browser.screenshot(browser, "widget-in-portal-zh");

            browser.get("http://" + base.getHost() + ":" + other.getAddress().getPort() + "/");
            browser.switchTo().frame("duban");
            assertThrows(TimeoutException.class, () -> Browser.waitFor(browser, 5)
                    .until(b -> !b.findElements(By.id("widget")).isEmpty()), "a site not listed cannot frame the widget");
            browser.switchTo().defaultContent();

            // the headers that decide it; a visitor signed in nowhere gets a link, no form and no session
            HttpClient visitor = HttpClient.newHttpClient();
            HttpResponse<String> widget = visitor.send(HttpRequest.newBuilder(base.toURI().resolve("widget.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, widget.statusCode());
            assertTrue(widget.body().contains("widget-sign-in") && !widget.body().contains("login:username"));
            assertTrue(widget.headers().firstValue("Set-Cookie").isEmpty(), "no session for a visitor");
            assertTrue(widget.headers().firstValue("Content-Security-Policy").orElseThrow()
                    .contains("frame-ancestors 'self' " + listedOrigin + ";"));
            assertTrue(widget.headers().firstValue("X-Frame-Options").isEmpty());
            HttpResponse<String> login = visitor.send(HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("SAMEORIGIN", login.headers().firstValue("X-Frame-Options").orElseThrow());
            assertTrue(login.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'self';"));

            screens.signIn("admin"); // no portal again: the widget is framed by Duban alone
            screens.open("admin/signin.xhtml");
            screens.type(By.id("portal:origins"), "");
            screens.submit(By.id("portal:save"));
        } finally {
            listed.stop(0);
            other.stop(0);
        }
    }

    /** A portal page of its own on a free loopback port, framing Duban's to-do widget. */
    private HttpServer portal() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>门户</title></head><body><h1>学校门户</h1>"
                + "<iframe name=\"duban\" src=\"" + base + "widget.xhtml\" width=\"480\" height=\"320\"></iframe>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void aDateIsPickedFromACalendarInThePageLanguageOrTyped() throws Exception {
        Screens screens = browser(1366, 768);
        screens.signIn("office");
        screens.open("items/worklist.xhtml");
        WebElement from = openCalendar(screens, "worklist:dueFrom");
        String calendar = from.getText();
        assertTrue(calendar.contains("月") && calendar.contains("今天") && calendar.contains("六"), calendar);
        Browser.screenshot(screens.browser(), "date-picker-zh");
        from.findElement(By.xpath(".//button[normalize-space()='今天']")).click();
        String today = java.time.LocalDate.now().toString(); // the browser's day, on this machine
        assertEquals(today, screens.browser().findElement(By.id("worklist:dueFrom_input")).getAttribute("value"),
                "the day picked is written YYYY-MM-DD");
        screens.browser().findElement(By.tagName("h1")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(screens.browser(), java.time.Duration.ofSeconds(5))
                .until(b -> !from.isDisplayed()); // a click beside the calendar closes it

        screens.submit(By.id("header:lang-en"));
        calendar = openCalendar(screens, "worklist:dueTo").getText();
        assertTrue(calendar.contains("Today") && calendar.contains("Sa"), calendar);
        assertFalse(calendar.contains("今天"), calendar);
        Browser.screenshot(screens.browser(), "date-picker-en");
        screens.submit(By.id("header:lang-zh"));
    }

    /** Opens the calendar of a date field by its button (typing never opens it) and returns its panel. */
    private static WebElement openCalendar(Screens screens, String field) {
        WebElement panel = screens.browser().findElement(By.id(field + "_panel"));
        screens.browser().findElement(By.id(field + "_input")).click();
        assertFalse(panel.isDisplayed(), "typing into the field leaves the calendar closed");
        screens.browser().findElement(By.cssSelector("[id='" + field + "'] button.ui-datepicker-trigger")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(screens.browser(), java.time.Duration.ofSeconds(5))
                .until(b -> panel.isDisplayed());
        return panel;
    }

    @Test
    void aPhoneWidthScreenNeedsNoSidewaysScrolling() throws Exception {
        Screens phone = browser(390, 844);
        phone.signIn("jw.head");
        assertNoSidewaysScrolling(phone, "home");
        Browser.screenshot(phone.browser(), "phone-home-unit-head-zh");
        phone.browser().findElements(By.className("item-link")).get(0).click();
        phone.browser().findElement(By.id("history"));
        assertNoSidewaysScrolling(phone, "item");
        Browser.screenshot(phone.browser(), "phone-item-unit-head-zh");
    }

    private static void assertNoSidewaysScrolling(Screens screens, String page) {
        long overflow = (Long) ((JavascriptExecutor) screens.browser()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow <= 1, page + " overflows by " + overflow + "px");
    }

    @Test
    void anExpiredSessionGoesToTheLoginPageAndBack() throws Exception {
        Screens screens = browser(1366, 768);
        screens.signIn("office");
        screens.open("items/worklist.xhtml?x=1");
        screens.browser().manage().deleteCookieNamed("JSESSIONID");
        screens.open("items/worklist.xhtml?x=1");
        assertTrue(present(screens, "login:username"), "the login page instead of the work list");
        screens.type(By.id("login:username"), "office");
        screens.type(By.id("login:password"), Screens.DEMO_PASSWORD);
        screens.submit(By.id("login:submit"));
        assertTrue(screens.browser().getCurrentUrl().contains("items/worklist.xhtml"), "back where the user was: "
                + screens.browser().getCurrentUrl());
    }

    @Test
    void aConcurrentChangeIsExplainedAndWhatWasTypedIsKept() throws Exception {
        Screens first = browser(1366, 768);
        Screens second = browser(1366, 768);
        first.signIn("office");
        first.open("items/worklist.xhtml");
        first.select(By.id("worklist:state"), "办理中");
        first.submit(By.id("worklist:search"));
        List<Long> inProgress = first.browser().findElements(By.className("item-link")).stream()
                .map(link -> Long.parseLong(link.getAttribute("href").replaceAll(".*id=(\\d+).*", "$1"))).toList();
        long id = inProgress.stream().filter(candidate -> {
            first.openItem(candidate);
            return first.offers("REQUEST_HALT"); // not one whose halt another test asked for
        }).findFirst().orElseThrow();
        first.tick("act_REQUEST_HALT:haltKind", "中止");
        first.type(By.id("act_REQUEST_HALT:text"), "经费未落实，建议暂缓");

        second.signIn("director");
        second.openItem(id);
        second.act("RECORD_HELP", "协调财务处落实经费");

        first.act("REQUEST_HALT", null);
        assertTrue(first.globalMessages().contains("刚刚被他人修改"), first.globalMessages());
        assertEquals("经费未落实，建议暂缓", first.browser().findElement(By.id("act_REQUEST_HALT:text")).getAttribute("value"),
                "what the user typed is still there");
        assertTrue(first.text(By.id("history")).contains("协调财务处落实经费"), "the other change is shown");
        first.act("REQUEST_HALT", null);
        assertTrue(present(first, "pending-halt"), "submitted again, it goes through");
    }
}
