package org.duban.it.screens;

import org.duban.it.support.*;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * In a real browser, as people would: the demo office account and a demo unit account sign in and each sees the
 * items that concern them, and a unit cannot open another unit's item. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInAndSeeMyItemsIT {

    private static final String PASSWORD = "duban2026";
    /** States a unit never sees: nothing has been assigned to it yet (demo units are not consulted on these). */
    private static final Set<String> NOT_FOR_UNITS = Set.of("拟办", "待审定", "已立项");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.microWar();
    }

    @ArquillianResource
    private URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open(1366, 768);
        wait = Browser.waitFor(browser, 20); // rows replaced by an ajax page, pages by a click
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn(String username, String password) {
        browser.findElement(By.id("login:username")).clear();
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private List<WebElement> rows() {
        wait.until(d -> !d.findElements(By.id("items-list")).isEmpty() || !d.findElements(By.id("items-empty")).isEmpty());
        return browser.findElements(By.cssSelector("#items-list tbody tr.item-row"));
    }

    private static String cell(WebElement row, int column) {
        return row.findElements(By.tagName("td")).get(column).getText().replaceAll("^\\S+\\n", "").strip();
    }

    @Test
    void officeAndUnitEachSeeTheirOwnItems() throws Exception {
        browser.get(base + "home.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        assertTrue(browser.getPageSource().contains("督查督办工作系统"), "the login page speaks Chinese by default");
        Browser.screenshot(browser, "login-zh");

        signIn("office", "wrong-password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "用户名或密码不正确"));

        signIn("office", PASSWORD);
        wait.until(ExpectedConditions.urlContains("home.xhtml"));
        assertTrue(browser.findElement(By.id("current-user")).getText().contains("张督办"));
        List<WebElement> officeRows = rows();
        assertEquals(15, officeRows.size(), "a full first page of the office's items");
        Browser.screenshot(browser, "home-office-zh");

        // the next page is read when asked for (a list keeps no rows between requests)
        String firstNumber = cell(officeRows.get(0), 0);
        browser.findElement(By.cssSelector("#items-pager .duban-pager-next")).click();
        wait.until(d -> !rows().isEmpty() && !cell(rows().get(0), 0).equals(firstNumber));
        browser.findElement(By.cssSelector("#items-pager .duban-pager-previous")).click();
        wait.until(d -> !rows().isEmpty() && cell(rows().get(0), 0).equals(firstNumber));

        // the deadline's heading turns the order round, and the pages keep it
        browser.findElement(By.id("sort-due")).click();
        wait.until(ExpectedConditions.urlContains("desc=true"));
        assertNotEquals(firstNumber, cell(rows().get(0), 0), "the latest deadline first");
        browser.findElement(By.id("sort-due")).click();
        wait.until(d -> !d.getCurrentUrl().contains("desc=true") && cell(rows().get(0), 0).equals(firstNumber));

        // every page in turn: the office sees drafts and other units' items
        List<String[]> all = new java.util.ArrayList<>(); // state, lead unit, address
        while (true) {
            List<WebElement> page = rows();
            for (WebElement row : page) {
                all.add(new String[]{cell(row, 3), cell(row, 4),
                        row.findElement(By.className("item-link")).getAttribute("href")});
            }
            List<WebElement> next = browser.findElements(By.cssSelector("#items-pager .duban-pager-next"));
            if (next.isEmpty()) {
                break;
            }
            next.get(0).click();
            wait.until(ExpectedConditions.stalenessOf(page.get(0)));
        }
        assertTrue(all.size() > 15);
        assertTrue(all.stream().anyMatch(r -> r[0].equals("拟办")), "the office sees drafts");
        String foreignItem = all.stream().filter(r -> r[1].equals("财务处") && !r[0].equals("拟办"))
                .findFirst().orElseThrow()[2];

        browser.findElement(By.id("header:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));

        signIn("jw.head", PASSWORD);
        wait.until(ExpectedConditions.urlContains("home.xhtml"));
        List<WebElement> unitRows = rows();
        assertFalse(unitRows.isEmpty(), "the unit head sees the items assigned to 教务处");
        for (WebElement row : unitRows) {
            assertTrue(Set.of("教务处", "科研处").contains(cell(row, 4)),
                    "led by 教务处, or by 科研处 with 教务处 as co-unit: " + row.getText());
            assertFalse(NOT_FOR_UNITS.contains(cell(row, 3)), "not yet assigned: " + row.getText());
        }
        assertTrue(unitRows.size() < all.size());
        Browser.screenshot(browser, "home-unit-head-zh");

        unitRows.get(0).findElement(By.className("item-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        assertTrue(browser.findElement(By.id("history")).getText().contains("交办"), "the history shows the assignment");
        Browser.screenshot(browser, "item-unit-head-zh");

        browser.get(foreignItem);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "您无权查看该事项"));
        assertTrue(browser.findElements(By.id("item-state")).isEmpty(), "nothing of the foreign item is shown");

        browser.findElement(By.id("header:lang-en")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Supervision item"));
        // the choice is remembered for the account: it holds after signing out and in again (checked below)
        browser.get(base + "home.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My supervision items"));
        Browser.screenshot(browser, "home-unit-head-en");

        browser.findElement(By.id("header:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        signIn("jw.head", PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My supervision items"));
        browser.findElement(By.id("header:lang-zh")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "我的督办事项"));
    }
}
