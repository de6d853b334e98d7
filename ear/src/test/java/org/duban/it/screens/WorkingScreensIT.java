package org.duban.it.screens;

import org.duban.it.support.*;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One item through all seven steps in the browser, by the demo accounts of each role, clicking and typing as people
 * do: a return for rework, one extension granted and one refused, urging by letter and by interview, a meeting that
 * urges it from the work list, archiving; and what each role sees and cannot do.
 */
class WorkingScreensIT extends ScreenTest {

    private static String day(LocalDate date) {
        return date.toString();
    }

    @Test
    void oneItemThroughAllSevenStepsByTheRolesThatDoThem() throws Exception {
        // the server's calendar is Beijing time (see arquillian.xml)
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate due = today.plusDays(30);
        String title = "实验室安全隐患整改 " + UUID.randomUUID().toString().substring(0, 6);
        Path pdf = Files.createTempFile("整改方案", ".pdf");
        Files.write(pdf, Fixtures.pdf("整改方案"));

        // 拟办: the office drafts, with a mistake first
        screens.signIn("office");
        browser.findElement(By.id("menu-new")).click();
        screens.submit(By.id("draft:save"));
        assertTrue(screens.fieldMessage("draft:category").contains("请选择类别"), "the refusal stands beside the field");
        screens.select(By.id("draft:category"), "党委会、院长办公会、党政联席会议议定事项");
        screens.type(By.id("draft:title"), title);
        screens.type(By.id("draft:source"), "院长办公会");
        screens.type(By.id("draft:sourceReference"), "〔2026〕12号纪要");
        screens.type(By.id("draft:mainTasks"), "排查全部实验室安全隐患并整改");
        screens.type(By.id("draft:requirements"), "两周内报送整改清单，一个月内完成整改");
        screens.type(By.cssSelector("input[id$='0:targetDescription']"), "检查实验室");
        screens.type(By.cssSelector("input[id$='0:targetMeasure']"), "42间");
        screens.ajax(By.id("draft:addTarget"), By.id("draft:targets"));
        screens.type(By.cssSelector("input[id$='1:targetDescription']"), "整改报告");
        screens.type(By.cssSelector("input[id$='1:targetMeasure']"), "1份");
        screens.select(By.id("draft:leadUnit"), "教务处");
        screens.tick("draft:coUnits", "后勤管理处");
        screens.select(By.id("draft:leader"), "王院长");
        screens.type(By.id("draft:due"), day(due));
        screens.ajax(By.id("draft:addMilestone"), By.id("draft:milestones"));
        screens.type(By.cssSelector("input[id$='0:milestoneTitle']"), "完成排查");
        screens.type(By.cssSelector("[id$='0:milestoneDue']"), day(today.plusDays(10)));
        browser.findElement(By.id("draft:files")).sendKeys(pdf.toString());
        screens.submit(By.id("draft:save"));
        long id = screens.currentItemId();
        assertEquals("拟办", screens.state());
        assertTrue(screens.text(By.id("item-targets")).contains("整改报告 1份"));
        Browser.screenshot(browser, "item-draft-office-zh");

        // consultation, then submission to a leader
        assertTrue(screens.offers("SEND_FOR_CONSULTATION"));
        screens.tick("act_SEND_FOR_CONSULTATION:units", "教务处");
        screens.act("SEND_FOR_CONSULTATION", "请对时限提出意见");
        assertEquals("征求意见中", screens.state());
        screens.signIn("jw.head");
        screens.openItem(id);
        screens.act("COMMENT", "时限可行，建议增加照片佐证");
        assertTrue(screens.text(By.id("history")).contains("时限可行"));
        screens.signIn("office");
        screens.openItem(id);
        screens.act("SUBMIT_FOR_APPROVAL", null);
        assertEquals("待审定", screens.state());

        // 审定: returned once, then approved and numbered
        screens.signIn("leader");
        screens.openItem(id);
        assertFalse(screens.offers("ASSIGN"), "a leader does not assign");
        screens.act("RETURN_DRAFT", "请补充量化指标");
        assertEquals("拟办", screens.state());
        screens.signIn("office");
        screens.openItem(id);
        assertTrue(screens.text(By.id("history")).contains("请补充量化指标"), "the office sees the leader's comments");
        screens.act("SUBMIT_FOR_APPROVAL", "已补充");
        screens.signIn("leader");
        screens.openItem(id);
        screens.act("APPROVE", "同意立项");
        assertEquals("已立项", screens.state());
        String number = screens.text(By.id("item-number"));
        assertTrue(number.matches("督办〔\\d{4}〕\\d+号"), number);

        // 交办 and 签收: the co-unit's receipt does not start the work, the lead unit's does
        screens.signIn("office");
        screens.openItem(id);
        screens.act("ASSIGN", null);
        assertEquals("已交办", screens.state());
        screens.signIn("hq.head");
        screens.openItem(id);
        assertFalse(screens.offers("REQUEST_EXTENSION"), "a co-unit does not ask for more time");
        screens.act("ACKNOWLEDGE", null);
        assertEquals("已交办", screens.state());
        assertFalse(screens.offers("ACKNOWLEDGE"), "a unit acknowledges once: the form is gone");
        screens.signIn("xg.head");
        screens.openItem(id);
        assertTrue(screens.globalMessages().contains("您无权查看该事项"), "a foreign unit sees nothing of it");
        assertTrue(browser.findElements(By.id("item-state")).isEmpty());
        screens.signIn("jw.head");
        screens.openItem(id);
        screens.act("ACKNOWLEDGE", null);
        assertEquals("办理中", screens.state());
        assertFalse(screens.offers("ACKNOWLEDGE"), "the lead unit acknowledged: no second 签收");
        assertTrue(screens.offers("COMPLETE_MILESTONE"), "a milestone is open");
        assertTrue(screens.text(By.id("item-acknowledged")).contains("后勤管理处"), "receipts are shown");
        screens.select(By.id("act_HAND_OVER:staff"), "李老师");
        screens.act("HAND_OVER", null);
        String receipts = screens.text(By.id("history"));
        assertTrue(receipts.contains("后勤管理处") && receipts.contains("李老师") && !receipts.contains("jw.staff"),
                "the history names the unit and the person, not their code and login: " + receipts);
        assertTrue(screens.text(By.id("item")).contains("李老师"));

        // 查办: progress with a file by the unit's staff, a milestone done
        screens.signIn("jw.staff");
        screens.openItem(id);
        assertFalse(screens.offers("SUBMIT_COMPLETION"), "staff prepare, the head submits");
        Path fake = Files.createTempFile("not-a-pdf", ".pdf");
        Files.write(fake, new byte[]{'M', 'Z', 0, 0, 1, 2, 3});
        screens.attach(By.id("act_REPORT_PROGRESS:files"), fake);
        screens.act("REPORT_PROGRESS", "附件名不符");
        assertTrue(screens.globalMessages().contains("不是可接受的格式"), "checked by content, not by name");
        assertFalse(screens.text(By.id("history")).contains("附件名不符"), "and nothing was recorded");
        screens.attach(By.id("act_REPORT_PROGRESS:files"), pdf);
        screens.act("REPORT_PROGRESS", "已排查30间");
        screens.select(By.id("act_COMPLETE_MILESTONE:milestone"), "完成排查（" + day(today.plusDays(10)) + "）");
        screens.act("COMPLETE_MILESTONE", null);
        assertFalse(screens.offers("COMPLETE_MILESTONE"), "no open milestone left, no milestone form");
        WebElement file = browser.findElements(By.className("attachment-link")).get(0);
        HttpResponse<byte[]> download = screens.download(file.getAttribute("href"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(Files.readAllBytes(pdf), download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("UTF-8''"));

        // urging by letter and by interview (an interview without its people is refused and changes nothing)
        screens.signIn("office");
        screens.openItem(id);
        screens.select(By.id("act_URGE:method"), "约谈督查");
        screens.type(By.id("act_URGE:notes"), "约谈教务处负责人");
        screens.act("URGE", null);
        assertTrue(screens.fieldMessage("act_URGE:people").contains("参加人员"), "beside the people: "
                + screens.fieldMessage("act_URGE:people"));
        assertEquals("约谈教务处负责人", browser.findElement(By.id("act_URGE:notes")).getAttribute("value"),
                "what was typed stays");
        assertTrue(browser.findElements(By.id("urgings")).isEmpty(), "nothing recorded");
        screens.type(By.id("act_URGE:people"), "李处长、李老师");
        screens.type(By.id("act_URGE:outcome"), "一周内完成整改");
        screens.act("URGE", null);
        screens.select(By.id("act_URGE:method"), "发函督查");
        screens.type(By.id("act_URGE:notes"), "发出催办函");
        screens.act("URGE", null);
        String urgings = screens.text(By.id("urgings"));
        assertTrue(urgings.contains("约谈督查") && urgings.contains("发函督查") && urgings.contains("李处长"), urgings);
        String history = screens.text(By.id("history"));
        assertTrue(history.contains("约谈督查") && !history.contains("INTERVIEW"), "the history says the method in words");

        // a meeting from the work list urges it too
        screens.open("items/worklist.xhtml");
        screens.type(By.id("worklist:keyword"), title);
        screens.submit(By.id("worklist:search"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#worklist\\:list tbody tr[data-ri]"));
        assertEquals(1, rows.size(), "the keyword finds exactly this item");
        rows.get(0).findElement(By.cssSelector(".ui-chkbox-box")).click();
        screens.type(By.id("worklist:people"), "各责任单位负责人");
        screens.type(By.id("worklist:notes"), "督办工作推进会");
        screens.submit(By.id("worklist:recordMeeting"));
        assertTrue(screens.globalMessages().contains("1 个事项"), screens.globalMessages());
        screens.openItem(id);
        assertTrue(screens.text(By.id("urgings")).contains("会议督查"));

        // an extension granted, another refused; the original deadline stays in sight. A date not later than the
        // deadline is refused beside the date, and the reason typed stays
        screens.signIn("jw.head");
        screens.openItem(id);
        screens.type(By.id("act_REQUEST_EXTENSION:proposedDue"), day(due));
        screens.act("REQUEST_EXTENSION", "设备采购延迟");
        assertTrue(screens.fieldMessage("act_REQUEST_EXTENSION:proposedDue").contains("必须晚于现时限 " + day(due)),
                "beside the date: " + screens.fieldMessage("act_REQUEST_EXTENSION:proposedDue"));
        assertFalse(screens.globalMessages().contains("必须晚于"), "not above the page: " + screens.globalMessages());
        assertEquals("设备采购延迟", browser.findElement(By.id("act_REQUEST_EXTENSION:text")).getAttribute("value"),
                "the reason typed stays");
        assertEquals(day(due), browser.findElement(By.id("act_REQUEST_EXTENSION:proposedDue_input")).getAttribute("value"));
        assertTrue(browser.findElements(By.id("extensions")).isEmpty(), "nothing recorded");
        screens.type(By.id("act_REQUEST_EXTENSION:proposedDue"), day(due.plusDays(10)));
        screens.act("REQUEST_EXTENSION", "设备采购延迟");
        screens.signIn("director");
        screens.openItem(id);
        screens.decide("DECIDE_EXTENSION", true, "同意延期十天");
        String deadline = screens.text(By.id("item-deadline"));
        assertTrue(deadline.contains(day(due.plusDays(10))) && deadline.contains(day(due)), deadline);
        screens.signIn("jw.head");
        screens.openItem(id);
        screens.type(By.id("act_REQUEST_EXTENSION:proposedDue"), day(due.plusDays(30)));
        screens.act("REQUEST_EXTENSION", "仍需时间");
        screens.signIn("office");
        screens.openItem(id);
        assertFalse(screens.offers("DECIDE_EXTENSION"), "office staff do not decide extensions");
        screens.signIn("director");
        screens.openItem(id);
        screens.decide("DECIDE_EXTENSION", false, "不再延期，请按期完成");
        assertTrue(screens.text(By.id("item-deadline")).contains(day(due.plusDays(10))));
        assertTrue(screens.text(By.id("extensions")).contains("不同意"));

        // 办结: drafted by staff, submitted by the head, returned for more work, accepted
        screens.signIn("jw.staff");
        screens.openItem(id);
        screens.act("DRAFT_COMPLETION", "已完成全部排查和整改");
        screens.signIn("jw.head");
        screens.openItem(id);
        screens.act("SUBMIT_COMPLETION", null);
        assertEquals("已报办结", screens.state());
        screens.signIn("office");
        screens.openItem(id);
        screens.act("RETURN_FOR_REWORK", null);
        assertTrue(screens.fieldMessage("act_RETURN_FOR_REWORK:kind").contains("请选择退回补办或退回重办"),
                "the kind is required, beside the field: " + screens.fieldMessage("act_RETURN_FOR_REWORK:kind"));
        assertEquals("已报办结", screens.state());
        screens.tick("act_RETURN_FOR_REWORK:kind", "退回补办");
        screens.act("RETURN_FOR_REWORK", "缺少整改前后照片");
        assertEquals("办理中", screens.state());
        screens.signIn("jw.head");
        screens.openItem(id);
        assertTrue(screens.text(By.id("last-return")).contains("缺少整改前后照片"), "the unit sees why it was returned");
        screens.act("SUBMIT_COMPLETION", "已补充整改前后照片");
        screens.signIn("office");
        screens.openItem(id);
        screens.act("ACCEPT", "符合要求");
        assertEquals("已办结", screens.state());

        // 反馈 and 阅知, 批示
        screens.act("FEED_BACK", "该事项已办结，整改到位");
        assertEquals("已反馈", screens.state());
        assertFalse(screens.offers("ARCHIVE"), "filed only after the leader's 阅知");
        assertTrue(screens.text(By.id("withheld")).contains("反馈须经领导阅知后才能归档"), "and the page says why");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.id("withheld")));
        Browser.screenshot(browser, "item-waiting-for-read-office-zh");
        screens.signIn("leader");
        screens.openItem(id);
        screens.act("MARK_READ", null);
        assertFalse(screens.offers("MARK_READ"), "阅知 once");
        screens.act("INSTRUCT", "做得好，在全院推广");
        assertTrue(screens.text(By.id("history")).contains("在全院推广"));

        // 归档: read-only afterwards
        screens.signIn("office");
        screens.openItem(id);
        screens.act("ARCHIVE", null);
        assertEquals("已归档", screens.state());
        assertTrue(browser.findElements(By.id("actions")).isEmpty(), "nothing more can be done");
        Browser.screenshot(browser, "item-archived-office-zh");
        screens.signIn("archivist");
        screens.openItem(id);
        assertEquals("已归档", screens.state());
    }

    /**
     * A meeting's twenty decisions in the demo college as the office keeps them in Excel and saves them on a Chinese
     * Windows (GBK); matter {@code unknownUnit} names a unit that does not exist, matter {@code badDay} a deadline
     * that is no day (0: none).
     */
    private static byte[] twentyDecisions(String id, LocalDate due, int unknownUnit, int badDay) {
        StringBuilder sheet = new StringBuilder("事项名称,类别,牵头单位,协办单位,分管领导,完成时限,量化指标,紧急程度,报送周期\r\n");
        for (int i = 1; i <= 20; i++) {
            sheet.append("议定事项").append(i).append('-').append(id).append(",会议议定事项,")
                    .append(i == unknownUnit ? "宣传部" : "教务处").append(",学生工作处、HQ,王院长,")
                    .append(i == badDay ? "下个月底" : due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日")
                    .append(",完成率：100%,重要,每月\r\n");
        }
        return sheet.toString().getBytes(java.nio.charset.Charset.forName("GBK"));
    }

    @Test
    void theOfficeRegistersAMeetingsTwentyDecisionsFromOneSheet() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 6);
        LocalDate due = LocalDate.now().plusDays(60);
        Path sheet = Files.createTempFile("议定事项", ".csv");
        Files.write(sheet, twentyDecisions(id, due, 7, 13));
        screens.signIn("office");
        screens.browser().findElement(By.id("menu-decisions")).click();
        screens.type(By.id("decisions:meeting"), "2026年第9次党政联席会议 " + id);
        screens.attach(By.id("decisions:file"), sheet);
        screens.submit(By.id("decisions:check"));
        assertTrue(screens.globalMessages().contains("有 2 行有误"), screens.globalMessages());
        List<String> badLines = screens.browser().findElements(By.cssSelector(".decision-bad")).stream()
                .map(row -> row.getAttribute("data-line")).toList();
        assertEquals(List.of("8", "14"), badLines, "the header is line 1: matter n is on line n + 1");
        String rows = screens.text(By.id("rows"));
        assertTrue(rows.contains("宣传部") && rows.contains("下个月底"), "each wrong value is shown: " + rows);
        assertTrue(screens.browser().findElements(By.id("decisions:create")).isEmpty(), "nothing to create from a wrong sheet");
        Browser.screenshot(screens.browser(), "decisions-refused-zh");

        Files.write(sheet, twentyDecisions(id, due, 0, 0));
        screens.attach(By.id("decisions:file"), sheet);
        screens.submit(By.id("decisions:check"));
        assertTrue(screens.globalMessages().contains("全部 20 行无误"), screens.globalMessages());
        screens.submit(By.id("decisions:create"));
        assertTrue(screens.globalMessages().contains("已创建 20 个草稿"), screens.globalMessages());
        List<WebElement> created = screens.browser().findElements(By.cssSelector("#created .item-link"));
        assertEquals(20, created.size());
        Browser.screenshot(screens.browser(), "decisions-created-zh");

        created.get(0).click();
        assertEquals("拟办", screens.state());
        assertTrue(screens.offers("SUBMIT_FOR_APPROVAL"), "a draft from the sheet is ready to go for approval");
        screens.act("SUBMIT_FOR_APPROVAL", null);
        assertEquals("待审定", screens.state());
        Files.delete(sheet);
    }
}
