package org.duban.it.screens;

import org.duban.it.support.Browser;
import org.duban.it.support.ScreenTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Work comes to people, in the browser: one item through the seven steps, each step taken from the to-do list of
 * the person whose turn it is. After each hand-off the receiver's to-do count is one more, the item is in their 待办
 * with the right action, their inbox has exactly one notice of it; after they act it leaves their 待办 and is in their
 * 已办.
 */
class ToDoScreensIT extends ScreenTest {

    private final Map<String, Long> before = new HashMap<>();
    private String title;

    @Test
    void eachStepComesToWhoseTurnItIs() throws Exception {
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
        title = "待办直达 " + UUID.randomUUID().toString().substring(0, 6);
        for (String person : List.of("office", "director", "leader", "jw.head", "jw.staff")) {
            screens.signIn(person);
            before.put(person, count());
        }

        // 拟办: the office's own draft waits for it until it is submitted
        screens.signIn("office");
        itemIdOfTitle = screens.draftItem("党委会、院长办公会、党政联席会议议定事项", title, "完成待办直达功能验收", due);
        waits("office", "SUBMIT_DRAFT", 1);
        takeFromToDo("SUBMIT_DRAFT");
        screens.act("SUBMIT_FOR_APPROVAL", null);
        leftFor("office");

        handedTo("leader", "APPROVE", "APPROVAL_ASKED");
        screens.act("APPROVE", "同意立项");
        leftFor("leader");

        handedTo("office", "ASSIGN", "APPROVED");
        screens.act("ASSIGN", null);
        leftFor("office");

        handedTo("jw.head", "ACKNOWLEDGE", "ASSIGNED");
        Browser.screenshot(browser, "todo-unit-head-zh");
        screens.act("ACKNOWLEDGE", null);
        screens.select(By.id("act_HAND_OVER:staff"), "李老师");
        screens.act("HAND_OVER", null);
        leftFor("jw.head");

        handedTo("jw.staff", "HANDLE", "HANDED_OVER");
        screens.act("DRAFT_COMPLETION", "已完成验收，报告见附件");
        leftFor("jw.staff");

        screens.signIn("jw.head");
        // 延期: the unit asks for more time, the director decides it from 待办
        screens.open("items/item.xhtml?id=" + itemId());
        screens.type(By.id("act_REQUEST_EXTENSION:proposedDue"), due.plusDays(20).toString());
        screens.act("REQUEST_EXTENSION", "设备到货延迟");
        handedTo("director", "DECIDE_EXTENSION", "EXTENSION_REQUESTED");
        screens.decide("DECIDE_EXTENSION", true, "同意延期二十天");
        leftFor("director");
        // the link of a to-do already done says so and opens no form
        screens.open("items/item.xhtml?id=" + itemId() + "&do=DECIDE_EXTENSION");
        assertTrue(screens.globalMessages().contains("不需要您办理"), screens.globalMessages());
        assertTrue(browser.findElements(By.id("panel_DECIDE_EXTENSION")).isEmpty(), "no form for what is done");

        screens.signIn("jw.head");
        waits("jw.head", "SUBMIT_REPORT", 1);
        takeFromToDo("SUBMIT_REPORT");
        screens.act("SUBMIT_COMPLETION", "已完成验收");
        leftFor("jw.head");

        handedTo("office", "REVIEW_REPORT", "COMPLETION_SUBMITTED");
        screens.act("ACCEPT", "同意办结");
        // the next step is the office's own: the feedback waits in its 待办 without a notice
        waits("office", "FEED_BACK", 1);
        takeFromToDo("FEED_BACK");
        screens.act("FEED_BACK", "已按期办结");
        leftFor("office");

        handedTo("leader", "READ_FEEDBACK", "FED_BACK");
        screens.act("MARK_READ", null);
        leftFor("leader");

        screens.signIn("office");
        waits("office", "ARCHIVE", 1);
        takeFromToDo("ARCHIVE");
        screens.act("ARCHIVE", null);
        leftFor("office");

        // people by name, never by login: the item with its history, the 事项情况表, the dossier and its access log
        screens.open("home.xhtml?list=done");
        browser.findElements(By.cssSelector("#done-list a.item-link")).stream()
                .filter(link -> link.getText().contains(title)).findFirst().orElseThrow().click();
        noLogins("the item page", screens.text(By.id("item")));
        assertTrue(screens.text(By.id("history")).contains("张督办（党政办公室）"), screens.text(By.id("history")));
        byte[] notice = screens.download(browser.findElement(By.cssSelector("#documents a.document-ASSIGNMENT_NOTICE"))
                .getAttribute("href")).body();
        String noticeText = org.duban.it.support.PdfText.of(notice);
        assertTrue(noticeText.matches("(?s).*交办〔\\d{4}〕\\d+号.*"), "the 交办单 with its number: " + noticeText);
        noLogins("the 交办单", noticeText);
        org.duban.it.support.PdfText.pages(notice, "assignment-notice");
        java.net.http.HttpResponse<byte[]> word = screens.download(browser.findElement(
                By.cssSelector("#documents a.word-ASSIGNMENT_NOTICE")).getAttribute("href"));
        assertEquals(200, word.statusCode());
        assertTrue(word.headers().firstValue("Content-Type").orElse("").contains("wordprocessingml"), "an editable Word copy");
        String summary = browser.findElement(By.cssSelector("#documents a.document-ITEM_SUMMARY")).getAttribute("href");
        noLogins("the 事项情况表", org.duban.it.support.PdfText.of(screens.download(summary).body()));
        screens.signIn("archivist");
        screens.open("items/item.xhtml?id=" + itemId());
        browser.findElement(By.id("open-dossier")).click();
        noLogins("the dossier", browser.findElement(By.tagName("main")).getText());
    }

    /** The item's id, from its row in the office's 已办. */
    private long itemId() {
        return itemIdOfTitle;
    }

    private long itemIdOfTitle;

    /** No demo login stands where a person is meant. */
    private static void noLogins(String where, String text) {
        for (String login : List.of("office", "director", "leader", "leader2", "jw.head", "jw.staff", "archivist")) {
            assertTrue(!java.util.regex.Pattern.compile("(?<![\\w.])" + java.util.regex.Pattern.quote(login) + "(?![\\w.])")
                    .matcher(text).find(), where + " names someone by the login " + login + ": " + text);
        }
    }

    /** Each role's home page with its to-dos, in Chinese and in English, for the README and for people to read. */
    @Test
    void eachRolesHomePageInBothLanguages() throws Exception {
        for (String person : List.of("office", "director", "leader", "jw.head", "jw.staff", "archivist")) {
            screens.signIn(person);
            screens.open("home.xhtml");
            assertTrue(browser.findElement(By.id("todo")).getText().contains("待办"), person);
            Browser.screenshot(browser, "home-todo-" + person + "-zh");
            screens.submit(By.id("header:lang-en"));
            assertTrue(browser.findElement(By.id("todo")).getText().contains("To-dos"), person);
            assertFalse(browser.getPageSource().contains("???"), person + ": a key without English text");
            Browser.screenshot(browser, "home-todo-" + person + "-en");
            screens.submit(By.id("header:lang-zh"));
        }
    }

    /** Signs in as the person: one to-do more, of this action, and exactly one notice of the item; opens it. */
    private void handedTo(String person, String todo, String notice) throws java.io.IOException {
        screens.signIn(person);
        waits(person, todo, 1);
        screens.open("inbox.xhtml");
        Browser.screenshot(browser, "inbox-" + person + "-" + notice);
        List<WebElement> notices = browser.findElements(By.cssSelector("#notices tbody tr"))
                .stream().filter(row -> row.getText().contains(title)).toList();
        assertEquals(1, notices.size() - earlierNotices(person), person + "'s inbox: one notice of the hand-off "
                + notices.stream().map(WebElement::getText).toList());
        screens.open("home.xhtml");
        assertTrue(toDoRow(todo) != null, person + " has " + todo + " for the item in 待办");
        takeFromToDo(todo);
    }

    /** Notices of this item the person had before this hand-off (a person may be handed the item twice). */
    private final Map<String, Integer> seen = new HashMap<>();

    private int earlierNotices(String person) {
        return seen.merge(person, 1, Integer::sum) - 1;
    }

    /** The person's header counts {@code more} to-dos than before, and the item waits in 待办 for this action. */
    private void waits(String person, String todo, int more) {
        assertEquals(before.get(person) + more, count(), person + "'s to-do count");
        screens.open("home.xhtml");
        assertTrue(toDoRow(todo) != null, person + " has " + todo + " for the item in 待办");
    }

    /** Opens the item at the action's form from the to-do list. */
    private void takeFromToDo(String todo) {
        toDoRow(todo).findElement(By.className("todo-link")).click();
        String url = browser.getCurrentUrl();
        assertTrue(url.contains("#act_"), "opened at the action: " + url);
        String action = url.substring(url.indexOf("#act_") + 5);
        assertTrue(browser.findElement(By.id("panel_" + action)).getAttribute("open") != null,
                "the action's form is open: " + action);
    }

    /** After acting: the count is as before, the item is not in 待办 and is in 已办. */
    private void leftFor(String person) {
        screens.open("home.xhtml");
        assertEquals(before.get(person), count(), person + "'s to-do count after acting");
        assertTrue(toDoRow("row") == null, person + ": no longer in 待办");
        screens.open("home.xhtml?list=done");
        assertTrue(screens.text(By.id("done-list")).contains(title), person + ": in 已办");
    }

    /** The item's row of this to-do in 待办, turning its pages as a person would; none when it is not there. */
    private WebElement toDoRow(String todo) {
        while (true) {
            List<WebElement> rows = browser.findElements(By.cssSelector("#todo-list tr.todo-" + todo)).stream()
                    .filter(row -> row.getText().contains(title)).toList();
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            List<WebElement> next = browser.findElements(By.cssSelector("#todo-pager .duban-pager-next"));
            if (next.isEmpty()) {
                return null;
            }
            screens.submit(By.cssSelector("#todo-pager .duban-pager-next"));
        }
    }

    private long count() {
        return Long.parseLong(browser.findElement(By.id("todo-total")).getText().strip());
    }
}
