package org.duban.it.screens;

import org.duban.it.support.Browser;
import org.duban.it.support.ScreenTest;
import org.duban.it.support.Screens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A form sent after the session ended (the idle timeout, at least five minutes, is the container's to keep; the
 * server sees the same as here, where the browser names a session the server does not have): the sign-in form says so, and after
 * signing in the person is back on the page with the text they typed, not yet saved — never an error page.
 */
class SessionEndsOnAFormIT extends ScreenTest {

    @Test
    void whatWasTypedComesBackAfterSigningInAgain() throws Exception {
        String title = "会话过期 " + UUID.randomUUID().toString().substring(0, 6);
        screens.signIn("office");
        browser.findElement(By.id("menu-new")).click();
        screens.type(By.id("draft:title"), title);
        screens.type(By.id("draft:mainTasks"), "过期前输入的任务");
        String due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString();
        screens.type(By.id("draft:due"), due);

        sessionEnds();
        screens.submit(By.id("draft:save"));
        assertTrue(screens.text(By.id("login:session-ended")).contains("登录已过期"), "the sign-in form says why");
        Browser.screenshot(browser, "session-ended-sign-in-zh");
        signInAgain();
        assertTrue(browser.getCurrentUrl().contains("office/draft.xhtml"), "back on the page: " + browser.getCurrentUrl());
        assertTrue(screens.globalMessages().contains("已恢复"), screens.globalMessages());
        assertEquals(title, browser.findElement(By.id("draft:title")).getAttribute("value"), "the title typed is back");
        assertEquals("过期前输入的任务", browser.findElement(By.id("draft:mainTasks")).getAttribute("value"));
        assertEquals(due, browser.findElement(By.id("draft:due_input")).getAttribute("value"), "the date typed is back");
        Browser.screenshot(browser, "session-ended-restored-zh");

        // and it is saved only when sent again: the draft is complete enough to save now
        screens.select(By.id("draft:category"), "党委会、院长办公会、党政联席会议议定事项");
        screens.type(By.cssSelector("input[id$='0:targetDescription']"), "报告");
        screens.type(By.cssSelector("input[id$='0:targetMeasure']"), "1份");
        screens.select(By.id("draft:leadUnit"), "教务处");
        screens.select(By.id("draft:leader"), "王院长");
        screens.submit(By.id("draft:save"));
        long id = screens.currentItemId();

        // the same on an item page: the action's form opens again with its text
        screens.type(By.id("act_SEND_FOR_CONSULTATION:text"), "请各单位提出意见（过期前）");
        screens.tick("act_SEND_FOR_CONSULTATION:units", "教务处");
        sessionEnds();
        screens.submit(By.id("act_SEND_FOR_CONSULTATION:submit"));
        assertTrue(screens.text(By.id("login:session-ended")).contains("登录已过期"));
        signInAgain();
        assertTrue(browser.getCurrentUrl().contains("item.xhtml?id=" + id), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.id("item-state")).isEmpty(), "the item page, not an error");
        assertEquals("拟办", screens.state(), "nothing was done");
        assertTrue(browser.findElement(By.id("panel_SEND_FOR_CONSULTATION")).getAttribute("open") != null,
                "the form is open again");
        assertEquals("请各单位提出意见（过期前）",
                browser.findElement(By.id("act_SEND_FOR_CONSULTATION:text")).getAttribute("value"));
        assertFalse(browser.getPageSource().contains("HTTP Status 500"));
    }

    /** The server no longer knows the browser's session: the browser names one that has ended. */
    private void sessionEnds() {
        org.openqa.selenium.Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        browser.manage().deleteCookie(session);
        browser.manage().addCookie(new org.openqa.selenium.Cookie.Builder("JSESSIONID", "ended" + session.getValue())
                .path(session.getPath()).isHttpOnly(true).build());
    }

    private void signInAgain() {
        screens.type(By.id("login:username"), "office");
        screens.type(By.id("login:password"), Screens.DEMO_PASSWORD);
        screens.submit(By.id("login:submit"));
    }
}
