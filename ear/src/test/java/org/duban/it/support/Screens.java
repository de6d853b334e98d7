package org.duban.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Test only: what a person does on Duban's pages, as browser steps: sign in, open an item, fill a form, submit. */
public final class Screens {

    public static final String DEMO_PASSWORD = "duban2026";

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final String base;

    public Screens(WebDriver browser, URL base) {
        this.browser = browser;
        this.wait = Browser.waitFor(browser, 30);
        this.base = base.toString();
    }

    public WebDriver browser() {
        return browser;
    }

    /** A fresh session for this person: the previous one's cookies are gone, as on another computer. */
    public void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(base + "login.xhtml");
        // a server just started on a busy machine has answered the first page without the form (once, in a CI run):
        // ask again as a person would, and keep what was shown if it never comes
        try {
            wait.until(driver -> {
                if (!driver.findElements(By.id("login:username")).isEmpty()) {
                    return true;
                }
                driver.navigate().refresh();
                return false;
            });
        } catch (org.openqa.selenium.TimeoutException noForm) {
            keepEvidence("sign-in-form-missing");
            throw noForm;
        }
        type(By.id("login:username"), username);
        type(By.id("login:password"), DEMO_PASSWORD);
        submit(By.id("login:submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        if (!browser.findElements(By.id("header:lang-zh")).isEmpty()) {
            // the account remembers English from an earlier test; these steps read the Chinese pages
            submit(By.id("header:lang-zh"));
        }
    }

    public void open(String page) {
        browser.get(base + page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        everyTextFound();
    }

    /** No text on the page is a bundle key without its text (Faces shows ???key???): a page must say what it means. */
    private void everyTextFound() {
        String text = browser.findElement(By.tagName("body")).getText();
        int missing = text.indexOf("???");
        if (missing >= 0) {
            keepEvidence("missing-text");
            throw new AssertionError("text missing on " + browser.getCurrentUrl() + ": "
                    + text.substring(missing, Math.min(text.length(), missing + 80)));
        }
    }

    public void openItem(long id) {
        open("items/item.xhtml?id=" + id);
    }

    /**
     * An action's form on the item page is closed until its button is pressed: presses it, as a person would, when
     * the element is in a closed one.
     */
    private WebElement revealed(By located) {
        WebElement element = browser.findElement(located);
        List<WebElement> closed = element.findElements(By.xpath("ancestor::details[not(@open)]/summary"));
        if (!closed.isEmpty()) {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", closed.get(0));
            closed.get(0).click();
        }
        return element;
    }

    /** Waits until no ajax request of the page is running (PrimeFaces' requests go through jQuery). */
    private void ajaxDone() {
        wait.until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || window.jQuery.active === 0)")));
    }

    /**
     * As the signed-in office: a new item with what approval needs (one target, 教务处 leading, 王院长 in charge, the
     * deadline), saved as a draft; the browser is on its page. Its id.
     */
    public long draftItem(String category, String title, String tasks, java.time.LocalDate due) {
        browser.findElement(By.id("menu-new")).click();
        select(By.id("draft:category"), category);
        type(By.id("draft:title"), title);
        type(By.id("draft:mainTasks"), tasks);
        type(By.cssSelector("input[id$='0:targetDescription']"), "验收报告");
        type(By.cssSelector("input[id$='0:targetMeasure']"), "1份");
        select(By.id("draft:leadUnit"), "教务处");
        select(By.id("draft:leader"), "王院长");
        type(By.id("draft:due"), due.toString());
        submit(By.id("draft:save"));
        return currentItemId();
    }

    /** Opens an action's form on the item page by its button. */
    public void openAction(String action) {
        revealed(By.id("act_" + action));
    }

    /** Chooses a file for a file field. */
    public void attach(By field, java.nio.file.Path file) {
        revealed(field).sendKeys(file.toString());
    }

    public void type(By field, String text) {
        WebElement element = revealed(field);
        if (!List.of("input", "textarea").contains(element.getTagName())) {
            // a date: PrimeFaces' span around its input, which puts its last date back when emptied and left, so
            // select what is there and type over it, as a person does
            WebElement date = element.findElement(By.tagName("input"));
            date.click();
            date.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
            date.sendKeys(text);
            return;
        }
        element.clear();
        element.sendKeys(text);
    }

    public void select(By field, String visibleText) {
        new Select(revealed(field)).selectByVisibleText(visibleText);
        ajaxDone(); // a choice may redraw part of the form (the lead unit: the co-units offered)
    }

    public void tick(String checkboxGroupId, String label) {
        By box = By.xpath("//*[@id='" + checkboxGroupId + "']//label[normalize-space(.)='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement element = revealed(box);
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
                element.click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                // the group was just redrawn by an ajax answer: find it again
                if (attempt == 3) {
                    throw redrawn;
                }
                ajaxDone();
            }
        }
    }

    /** Clicks a button that reloads the page, and waits until the new page is there. */
    public void submit(By button) {
        WebElement html = browser.findElement(By.tagName("html"));
        WebElement target = revealed(button);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", target);
        target.click();
        try {
            wait.until(gone(html));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        } catch (org.openqa.selenium.TimeoutException e) {
            keepEvidence("failure-" + button.toString().replaceAll("\\W", "_"));
            throw e;
        }
        everyTextFound();
    }

    /** A screenshot and the page source, for a step that did not go as expected. */
    public void keepEvidence(String name) {
        try {
            Browser.screenshot(browser, name);
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("it.screenshots", "target/screenshots"),
                    name + ".html"), "<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource());
        } catch (Exception ignored) {
            // evidence is best effort; the test's own failure is what counts
        }
    }

    /** Clicks a button that updates part of the page by ajax, and waits for that part to be replaced. */
    public void ajax(By button, By updated) {
        WebElement old = browser.findElement(updated);
        browser.findElement(button).click();
        wait.until(gone(old));
        wait.until(ExpectedConditions.presenceOfElementLocated(updated));
    }

    /**
     * The element left the page. Chromium sometimes answers a question about an element of a document being
     * replaced with an inspector error rather than "stale element"; both mean it is gone.
     */
    private static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
            }
        };
    }

    public boolean offers(String action) {
        return !browser.findElements(By.id("act_" + action)).isEmpty();
    }

    /** Fills the action's text (if given) and takes the action with its main button. */
    public void act(String action, String text) {
        if (text != null) {
            type(By.id("act_" + action + ":text"), text);
        }
        submit(By.id("act_" + action + ":submit"));
    }

    public void decide(String action, boolean yes, String opinion) {
        if (opinion != null) {
            type(By.id("act_" + action + ":text"), opinion);
        }
        submit(By.id("act_" + action + (yes ? ":yes" : ":no")));
    }

    public String state() {
        return browser.findElement(By.id("item-state")).getText().strip();
    }

    public String text(By element) {
        return browser.findElement(element).getText();
    }

    public String globalMessages() {
        return browser.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public String fieldMessage(String fieldClientId) {
        List<WebElement> messages = browser.findElements(By.id(fieldClientId + "_message"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    public long currentItemId() {
        String url = browser.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Downloads a link's target in this browser's session, as the browser would. */
    public HttpResponse<byte[]> download(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
