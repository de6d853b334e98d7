package org.duban.it.screens;

import org.duban.it.support.*;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The archive in the browser: the office prints an item's documents and files it; the archivist finds the dossier
 * by several conditions, opens it, checks it and downloads it as a ZIP whose manifest matches its files; a unit head
 * asks to borrow it and opens it once the archivist approves.
 */
class ArchiveScreensIT extends ScreenTest {

    @Test
    void anArchivistFindsOpensChecksAndDownloadsADossierAndAUnitBorrowsIt() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String title = "档案检索演示 " + UUID.randomUUID().toString().substring(0, 6);
        long id = itemFedBack(title, today.plusDays(20));

        // the office prints the 交办单, then files the item for good
        screens.signIn("office");
        screens.openItem(id);
        String href = browser.findElement(By.className("document-ASSIGNMENT_NOTICE")).getAttribute("href");
        HttpResponse<byte[]> notice = screens.download(href);
        assertEquals(200, notice.statusCode());
        String text = PdfText.of(notice.body());
        assertTrue(text.contains("督办事项交办单") && text.contains(title), text);
        screens.select(By.id("act_ARCHIVE:retention"), "永久");
        screens.act("ARCHIVE", null);
        assertEquals("已归档", screens.state());
        String number = screens.text(By.id("archival-number"));
        assertTrue(number.matches("J001-WS·\\d{4}-Y-JW-\\d{4}"), number);

        // the archivist finds it by number prefix, title, unit, retention and year together
        screens.signIn("archivist");
        browser.findElement(By.id("menu-archive")).click();
        screens.type(By.id("search:number"), number.substring(0, 12));
        screens.type(By.id("search:title"), title.substring(7));
        screens.select(By.id("search:unit"), "教务处");
        screens.select(By.id("search:retention"), "永久");
        screens.type(By.id("search:year"), String.valueOf(today.getYear()));
        screens.submit(By.id("search:find"));
        List<WebElement> links = browser.findElements(By.className("dossier-link"));
        assertEquals(List.of(number), links.stream().map(WebElement::getText).toList());
        Browser.screenshot(browser, "archive-search-archivist-zh");
        screens.submit(By.className("dossier-link"));
        assertEquals(title, screens.text(By.id("dossier-title")));
        screens.submit(By.id("check:run"));
        assertTrue(screens.globalMessages().contains("四性检测通过"), screens.globalMessages());
        Browser.screenshot(browser, "dossier-archivist-zh");

        HttpResponse<byte[]> zip = screens.download(browser.findElement(By.id("zip")).getAttribute("href"));
        assertEquals(200, zip.statusCode());
        Map<String, byte[]> entries = unzip(zip.body());
        List<String> manifest = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8).lines().skip(1).toList();
        assertEquals(entries.size() - 1, manifest.size(), "every file is in the manifest");
        for (String line : manifest) {
            String[] cells = line.split(",");
            assertEquals(cells[4], sha256(entries.get(cells[1])), cells[1]);
        }

        // the check of all dossiers runs in the background; its progress bar fills and its report opens
        browser.findElement(By.id("menu-checks")).click();
        screens.submit(By.id("checks:startAll"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(120))
                .until(d -> !d.findElements(By.id("checks:report")).isEmpty());
        Browser.screenshot(browser, "checks-archivist-zh");
        screens.submit(By.id("checks:report"));
        assertTrue(Integer.parseInt(screens.text(By.id("checked"))) >= 1);
        assertFalse(browser.findElement(By.id("report-view")).getText().contains(number),
                "the dossier filed just now is intact, so the report names no failure of it");

        // the year's catalogue is made in the background, then downloaded
        browser.findElement(By.id("menu-catalogue")).click();
        screens.select(By.id("catalogue:retention"), "永久");
        screens.submit(By.id("catalogue:pdf"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(120))
                .until(d -> !d.findElements(By.id("catalogue:download")).isEmpty());
        HttpResponse<byte[]> catalogue = screens.download(browser.findElement(By.id("catalogue:download")).getAttribute("href"));
        String listed = PdfText.of(catalogue.body());
        assertTrue(listed.contains("归档文件目录") && listed.contains(number.substring(0, 15)), listed);

        // a unit head may not open it, asks to borrow it, and opens it once approved
        screens.signIn("jw.head");
        screens.openItem(id);
        assertTrue(browser.findElements(By.id("open-dossier")).isEmpty());
        screens.type(By.id("borrow:purpose"), "编写年度工作总结");
        screens.type(By.id("borrow:dueBack"), today.plusDays(5).toString());
        screens.submit(By.id("borrow:ask"));
        assertTrue(screens.globalMessages().contains("借阅申请已提交"), screens.globalMessages());
        screens.signIn("archivist");
        browser.findElement(By.id("menu-loans")).click();
        WebElement row = browser.findElements(By.cssSelector("#loans\\:list tbody tr")).stream()
                .filter(r -> r.getText().contains(number)).findFirst().orElseThrow();
        screens.submit(By.xpath("//tr[contains(., '" + number + "')]//input[contains(@class,'loan-approve')]"));
        assertTrue(screens.text(By.id("loans:list")).contains("借出中"), row.toString());
        screens.signIn("jw.head");
        screens.openItem(id);
        screens.submit(By.id("open-dossier"));
        assertEquals(number, screens.text(By.id("dossier-number")));
        assertTrue(browser.findElements(By.id("check:run")).isEmpty(), "checks are the archivist's");
    }

    /** An item taken to 反馈 by the demo accounts, as they would do it. */
    private long itemFedBack(String title, LocalDate due) {
        screens.signIn("office");
        long id = screens.draftItem("年度工作目标、短期计划、项目任务", title, "完成档案检索演示", due);
        screens.act("SUBMIT_FOR_APPROVAL", null);
        assertEquals("待审定", screens.state(), screens.globalMessages());
        screens.signIn("leader");
        screens.openItem(id);
        screens.act("APPROVE", "同意");
        screens.signIn("office");
        screens.openItem(id);
        screens.act("ASSIGN", null);
        screens.signIn("jw.head");
        screens.openItem(id);
        screens.act("ACKNOWLEDGE", null);
        screens.act("SUBMIT_COMPLETION", "已全部完成");
        screens.signIn("office");
        screens.openItem(id);
        screens.act("ACCEPT", "符合要求");
        screens.act("FEED_BACK", "已按期办结");
        assertEquals("已反馈", screens.state());
        screens.signIn("leader");
        screens.openItem(id);
        screens.act("MARK_READ", null);
        screens.signIn("office");
        screens.openItem(id);
        return id;
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
