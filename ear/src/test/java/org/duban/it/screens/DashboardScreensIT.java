package org.duban.it.screens;

import org.duban.it.support.*;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The leaders' dashboard and the statistics in the browser, on the demo college: a leader clicks a unit's overdue
 * figure and lands on exactly those items; the office counts a year and opens the items behind a figure.
 */
class DashboardScreensIT extends ScreenTest {

    @Test
    void aLeaderClicksAUnitsOverdueFigureAndSeesExactlyThoseItems() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        screens.signIn("leader");
        browser.findElement(By.id("menu-dashboard")).click();
        Browser.screenshot(browser, "dashboard-leader-zh");
        WebElement row = browser.findElements(By.cssSelector("#lights-unit tbody tr")).stream()
                .filter(r -> !r.findElements(By.className("overdue-link")).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the demo college has overdue items"));
        String unit = row.findElement(By.className("figure-label")).getText();
        int red = Integer.parseInt(row.findElement(By.className("overdue-link")).getText());
        screens.submit(By.cssSelector("#lights-unit a.overdue-link"));

        List<WebElement> items = browser.findElements(By.cssSelector("#items tbody tr"));
        assertEquals(red, items.size(), "as many items as the figure said");
        for (WebElement item : items) {
            List<WebElement> cells = item.findElements(By.tagName("td"));
            assertEquals(unit, cells.get(3).getText().replaceAll("^.*\\n", "").strip(), "of that unit");
            LocalDate due = LocalDate.parse(cells.get(4).getText().replaceAll("^.*\\n", "").strip());
            assertTrue(due.isBefore(today), "and overdue: " + due);
        }
        Browser.screenshot(browser, "dashboard-overdue-items-zh");

        // the office counts the year per unit and opens the items behind a figure
        screens.signIn("office");
        browser.findElement(By.id("menu-statistics")).click();
        screens.select(By.id("statistics:kind"), "年度");
        screens.submit(By.id("statistics:count"));
        Browser.screenshot(browser, "statistics-office-zh");
        WebElement completed = browser.findElements(By.cssSelector("#figures td.figure-COMPLETED a")).get(0);
        int count = Integer.parseInt(completed.getText());
        completed.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("figure")).isEmpty());
        assertEquals(count, browser.findElements(By.cssSelector("#items tbody tr")).size());
    }

    @Test
    void theDirectorAssessesAYearWritesAnOpinionAndClosesIt() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        screens.signIn("director");
        browser.findElement(By.id("menu-assessment")).click();
        String name = "考核 " + java.util.UUID.randomUUID().toString().substring(0, 6);
        screens.type(By.id("open:name"), name);
        screens.type(By.id("open:from"), today.withDayOfYear(1).toString());
        screens.type(By.id("open:to"), today.toString());
        screens.submit(By.id("open:create"));
        assertTrue(screens.text(By.id("period-name")).contains(name));
        List<WebElement> rows = browser.findElements(By.cssSelector("#score-table tbody tr"));
        assertFalse(rows.isEmpty(), "the demo units have items this year");
        String firstScore = rows.get(0).findElement(By.className("score")).getText();
        rows.get(0).findElement(By.className("opinion-text")).sendKeys("完成情况良好");
        screens.submit(By.className("opinion-save"));
        assertTrue(screens.globalMessages().contains("考核意见已保存"), screens.globalMessages());
        screens.submit(By.id("units:close"));
        assertEquals("已结束（分数已固定）", screens.text(By.id("period-state")));
        WebElement first = browser.findElements(By.cssSelector("#score-table tbody tr")).get(0);
        assertEquals(firstScore, first.findElement(By.className("score")).getText());
        assertEquals("完成情况良好", first.findElement(By.className("opinion")).getText());
        assertTrue(browser.findElements(By.className("opinion-text")).isEmpty(), "frozen: nothing to edit");
        Browser.screenshot(browser, "assessment-director-zh");
    }

    @Test
    void theDirectorCriticisesAUnitsOverdueItemsInANumberedNotice() throws Exception {
        screens.signIn("director");
        browser.findElement(By.id("menu-dashboard")).click();
        screens.submit(By.cssSelector("#lights-unit a.overdue-link"));
        int overdue = browser.findElements(By.cssSelector("#items tbody tr")).size();
        screens.submit(By.id("export:criticise"));
        String draft = browser.findElement(By.id("notice:text")).getAttribute("value");
        assertTrue(draft.contains("已超过办结时限") && draft.lines().count() == overdue + 2, draft);
        assertEquals(overdue, browser.findElements(By.cssSelector("#cited tbody tr")).size());
        String title = "关于逾期事项的通报 " + java.util.UUID.randomUUID().toString().substring(0, 6);
        screens.type(By.id("notice:title"), title);
        screens.submit(By.id("notice:publish"));
        assertTrue(screens.globalMessages().contains("通报已发布"), screens.globalMessages());
        // the list may hold notices of other tests: this one is found by its title
        WebElement first = browser.findElement(By.xpath("//tr[contains(., '" + title + "')]//a[contains(@class,'notice-pdf')]"));
        String number = first.getText();
        assertTrue(number.matches("通报〔\\d{4}〕\\d+号"), number);
        java.net.http.HttpResponse<byte[]> pdf = screens.download(first.getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        String text = PdfText.of(pdf.body());
        assertTrue(text.contains(number) && text.contains(title), text);
        PdfText.pages(pdf.body(), "notice-official-layout");
        Browser.screenshot(browser, "notices-director-zh");
    }
}
