package org.duban.it.services;

import org.duban.it.support.*;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.duban.assessment.Assessments;
import org.duban.assessment.Figure;
import org.duban.assessment.Figures;
import org.duban.assessment.Grouping;
import org.duban.assessment.Notice;
import org.duban.assessment.NoticeBoard;
import org.duban.assessment.Period;
import org.duban.assessment.Statistics;
import org.duban.deadline.DeadlineScan;
import org.duban.item.ItemQueries;
import org.duban.item.ItemWorkflow;
import org.duban.item.ReworkKind;
import org.duban.item.SupervisionItem;
import org.duban.item.Urging.UrgingRecord;
import org.duban.item.UrgingMethod;
import org.duban.shared.DomainException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A known month of items for one unit, built with a settable clock, and every figure of the statistics checked
 * against values worked out by hand (weekdays only in 2031: no holidays are entered for that year).
 */
class AssessmentIT extends InServerTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(SettableClock.class, PdfText.class)
                .addAsLibraries(Deployments.jarOf(org.apache.pdfbox.pdmodel.PDDocument.class),
                        Deployments.jarOf(org.apache.fontbox.ttf.TrueTypeFont.class),
                        Deployments.jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
                        Deployments.jarOf(org.apache.commons.logging.Log.class));
    }

    @EJB
    private ItemWorkflow workflow;
    @EJB
    private ItemQueries queries;
    @EJB
    private Statistics statistics;
    @EJB
    private DeadlineScan scan;
    @EJB
    private Assessments assessments;
    @EJB
    private NoticeBoard notices;
    @EJB
    private org.duban.notification.Notifications notifications;


    @AfterEach
    void realTimeAgain() {
        SettableClock.reset();
    }

    private static void on(int month, int day) {
        SettableClock.set(ZonedDateTime.of(LocalDate.of(2031, month, day), LocalTime.of(10, 0), BEIJING));
    }

    /** Drafted, approved, assigned and acknowledged on the day given, due on the day given. */
    private long assigned(String name, int month, int day, LocalDate due) {
        on(month, day);
        long id = assigned(workflow, world.draft(name + " " + world.id, due, List.of()), world.leader);
        as(world.leadHead);
        workflow.acknowledge(id, null);
        return id;
    }

    private void submitted(long id, int month, int day) {
        on(month, day);
        as(world.leadHead);
        workflow.submitCompletion(id, null, "已完成", List.of());
    }

    private void accepted(long id, int month, int day) {
        on(month, day);
        as(world.officeStaff);
        workflow.accept(id, null, "符合要求");
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2031, 3, day);
    }

    @Test
    void everyFigureOfAKnownMonthMatchesTheHandCount() throws Exception {
        // A: on time, 7 working days (3 Mar → 12 Mar)
        long a = assigned("甲", 3, 3, march(14));
        submitted(a, 3, 12);
        accepted(a, 3, 13);
        // B: late, 11 working days (→ 18 Mar)
        long b = assigned("乙", 3, 3, march(14));
        submitted(b, 3, 18);
        accepted(b, 3, 19);
        // C: an extension granted before the deadline (11 Mar, to 28 Mar): on time, 16 working days (→ 25 Mar)
        long c = assigned("丙", 3, 3, march(14));
        on(3, 10);
        as(world.leadHead);
        workflow.requestExtension(c, null, "设备未到", march(28));
        on(3, 11);
        as(world.director);
        workflow.decideExtension(c, null, true, "同意");
        submitted(c, 3, 25);
        accepted(c, 3, 26);
        // D: asked before the deadline, granted after it passed (17 Mar): judged by 14 Mar, late, 16 working days
        long d = assigned("丁", 3, 3, march(14));
        on(3, 13);
        as(world.leadHead);
        workflow.requestExtension(d, null, "人手不足", march(28));
        on(3, 17);
        as(world.director);
        workflow.decideExtension(d, null, true, "同意");
        submitted(d, 3, 25);
        accepted(d, 3, 26);
        // E: returned once for more material, then on time with the second report (12 Mar): 7 working days
        long e = assigned("戊", 3, 3, march(14));
        submitted(e, 3, 10);
        on(3, 11);
        as(world.officeStaff);
        workflow.returnForRework(e, null, ReworkKind.SUPPLEMENT, "缺少照片");
        submitted(e, 3, 12);
        accepted(e, 3, 13);
        // F: overdue (due 7 Mar), urged twice by phone and once by letter, escalated on 12 Mar, 通报 on 13 Mar
        long f = assigned("己", 3, 3, LocalDate.of(2031, 3, 7));
        for (int day : new int[]{10, 11}) {
            on(3, day);
            as(world.officeStaff);
            workflow.urge(f, new UrgingRecord(UrgingMethod.PHONE, march(day), null, "电话催办", null), List.of());
        }
        on(3, 12);
        workflow.urge(f, new UrgingRecord(UrgingMethod.LETTER, march(12), null, "发催办函", null), List.of());
        assertTrue(scan.escalate(f, 3));
        on(3, 13);
        as(world.director);
        workflow.issueNotice(f, null, "通报：逾期未办结");
        // a 通报 of one item, from its page, is numbered and kept as issued like one of several
        org.duban.item.SupervisionItem criticised = queries.detail(f);
        org.duban.history.ItemEvent notice = criticised.getEvents().get(criticised.getEvents().size() - 1);
        assertTrue(notice.getDetail().matches("通报〔2031〕\\d+号"), notice.getDetail());
        byte[] issued = criticised.issued(org.duban.documents.DocumentKind.CRITICISM_NOTICE).get(0).getBytes();
        assertEquals(org.duban.shared.Sha256.hex(issued), notice.getIssuedSha256());
        String printed = PdfText.of(issued);
        for (String part : List.of(notice.getDetail(), "关于“" + criticised.getTitle() + "”办理情况的通报", "通报：逾期未办结", "抄送")) {
            assertTrue(printed.contains(part), part + " in: " + printed);
        }
        as(world.leadHead);
        assertEquals(1, notifications.mine(0, 100).stream()
                .filter(n -> n.getKind() == org.duban.notification.NotificationKind.NOTICE_ISSUED).count(),
                "the lead unit's head is told of the 通报");
        // G: assigned in April, outside March
        long g = assigned("庚", 4, 1, LocalDate.of(2031, 4, 30));

        on(4, 2);
        as(world.leader);
        Figures march = unit(statistics.figures(new Period(march(1), march(31)), Grouping.UNIT), world.leadUnit.getId());
        assertEquals(6, march.get(Figure.ASSIGNED_LEAD));
        assertEquals(5, march.get(Figure.COMPLETED));
        assertEquals(3, march.get(Figure.ON_TIME));
        assertEquals(2, march.get(Figure.LATE));
        assertEquals(60.0, march.getOnTimeRate());
        assertEquals(11.4, march.getAverageWorkingDays(), "(7 + 11 + 16 + 16 + 7) / 5");
        assertEquals(1, march.get(Figure.OVERDUE_NOW));
        assertEquals(1, march.get(Figure.SUPPLEMENTED));
        assertEquals(0, march.get(Figure.REDONE));
        assertEquals(2, march.get(Figure.EXTENSIONS_ASKED));
        assertEquals(2, march.get(Figure.EXTENSIONS_GRANTED));
        assertEquals(2, march.get(Figure.URGED_PHONE));
        assertEquals(1, march.get(Figure.URGED_LETTER));
        assertEquals(0, march.get(Figure.URGED_INTERVIEW));
        assertEquals(1, march.get(Figure.ESCALATED));
        assertEquals(1, march.get(Figure.NOTICES));
        Figures co = unit(statistics.figures(new Period(march(1), march(31)), Grouping.UNIT), world.coUnit.getId());
        assertEquals(6, co.get(Figure.ASSIGNED_CO), "co-handling counted apart");
        assertEquals(0, co.get(Figure.ASSIGNED_LEAD));

        Figures year = unit(statistics.figures(Period.year(2031), Grouping.UNIT), world.leadUnit.getId());
        assertEquals(7, year.get(Figure.ASSIGNED_LEAD), "G counts in the year");
        Figures quarter = unit(statistics.figures(Period.quarter(2031, 2), Grouping.UNIT), world.leadUnit.getId());
        assertEquals(1, quarter.get(Figure.ASSIGNED_LEAD));
        assertEquals(0, quarter.get(Figure.COMPLETED));

        Period period = new Period(march(1), march(31));
        String unit = String.valueOf(world.leadUnit.getId());
        assertEquals(List.of(b, d), ids(statistics.items(period, Grouping.UNIT, unit, Figure.LATE)));
        assertEquals(List.of(a, c, e), ids(statistics.items(period, Grouping.UNIT, unit, Figure.ON_TIME)));
        assertEquals(List.of(f), ids(statistics.items(period, Grouping.UNIT, unit, Figure.OVERDUE_NOW)));
        assertEquals(List.of(f), ids(statistics.items(period, Grouping.UNIT, unit, Figure.URGED_PHONE)));
        assertEquals(List.of(c, d), ids(statistics.items(period, Grouping.UNIT, unit, Figure.EXTENSIONS_GRANTED)));
        assertEquals(List.of(e), ids(statistics.items(period, Grouping.UNIT, unit, Figure.SUPPLEMENTED)));
        assertEquals(List.of(a, b, c, d, e, f), ids(statistics.items(period, Grouping.UNIT,
                String.valueOf(world.coUnit.getId()), Figure.ASSIGNED_CO)));

        Figures leader = statistics.figures(period, Grouping.LEADER).stream()
                .filter(x -> x.getKey().equals(world.leader.getId())).findFirst().orElseThrow();
        assertEquals(6, leader.get(Figure.ASSIGNED_LEAD));
        assertEquals(60.0, leader.getOnTimeRate());

        as(world.leadHead);
        assertThrows(EJBAccessException.class, () -> statistics.figures(period, Grouping.UNIT), "units do not see it");

        // the score by the default rules: 100 + 3 on time − (3 overdue × 2 + 1 return × 1 + 1 通报 × 5) = 91
        as(world.officeStaff);
        long periodId = assessments.open("2031年3月 " + world.id, march(1), march(31));
        assessments.writeOpinion(periodId, world.leadUnit.getId(), "按期率偏低，须加强督促");
        Assessments.UnitScore live = scoreOf(periodId);
        assertEquals(List.of(6L, 5L, 3L, 3L, 1L, 1L), List.of(live.assigned(), live.completed(), live.onTime(),
                live.overdue(), live.returns(), live.notices()));
        assertEquals(91, live.score());
        as(world.director);
        assessments.close(periodId, assessments.period(periodId).getVersion());

        // F is completed afterwards: the live statistics change, the closed period does not
        submitted(f, 4, 2);
        accepted(f, 4, 2);
        as(world.officeStaff);
        assertEquals(0, unit(statistics.figures(period, Grouping.UNIT), world.leadUnit.getId()).get(Figure.OVERDUE_NOW));
        Assessments.UnitScore frozen = scoreOf(periodId);
        assertEquals(91, frozen.score());
        assertEquals(3, frozen.overdue());
        assertEquals("按期率偏低，须加强督促", frozen.opinion());
        assertEquals("error.assessment.closed", assertThrows(DomainException.class,
                () -> assessments.writeOpinion(periodId, world.leadUnit.getId(), "改")).getMessageKey());

        // a 通报 of the period's results concerns every unit scored in it
        as(world.director);
        Notice results = notices.notice(notices.publish("关于2031年3月考核结果的通报", "考核结果如下。", List.of(), periodId));
        assertTrue(results.getUnits().stream().anyMatch(u -> u.getId().equals(world.leadUnit.getId())));
        assertTrue(results.getItems().isEmpty());
    }

    @Test
    void theDirectorCriticisesSeveralOverdueItemsInOneNumberedNotice() throws Exception {
        long late1 = assigned("逾期一", 5, 5, LocalDate.of(2031, 5, 9));
        long late2 = assigned("逾期二", 5, 5, LocalDate.of(2031, 5, 9));
        long fine = assigned("未逾期", 5, 5, LocalDate.of(2031, 6, 30));
        on(5, 20);
        as(world.officeStaff);
        assertThrows(EJBAccessException.class, () -> notices.publish("关于逾期事项的通报", "正文", List.of(late1), null),
                "the director's");
        as(world.director);
        DomainException refused = assertThrows(DomainException.class,
                () -> notices.publish("关于逾期事项的通报", "正文", List.of(late1, fine), null));
        assertEquals("error.notice.notOverdue", refused.getMessageKey());
        assertTrue(notices.list().stream().noneMatch(n -> n.getItems().stream().anyMatch(i -> i.getId() == late1)),
                "nothing published half");

        long id = notices.publish("关于逾期事项的通报", "以下事项逾期未办结，予以通报。\n请责任单位抓紧整改。",
                List.of(late1, late2), null);
        Notice notice = notices.notice(id);
        assertTrue(notice.getNumber().matches("通报〔2031〕\\d+号"), notice.getNumber());
        assertEquals(java.util.Set.of(world.leadUnit.getId()),
                notice.getUnits().stream().map(u -> u.getId()).collect(java.util.stream.Collectors.toSet()));
        for (long item : List.of(late1, late2)) {
            org.duban.history.ItemEvent last = queries.detail(item).getEvents().get(queries.detail(item).getEvents().size() - 1);
            assertEquals(org.duban.item.ItemAction.ISSUE_NOTICE, last.getAction());
            assertEquals(notice.getNumber(), last.getDetail(), "the item's history keeps the number");
        }
        org.duban.documents.Rendered rendered = notices.pdf(id);
        assertEquals(notice.getNumber() + ".pdf", rendered.fileName());
        String text = PdfText.of(rendered.bytes());
        assertTrue(text.contains(notice.getNumber()) && text.contains("逾期一 " + world.id), text);
        // in the layout of official documents: issuer, number, title, addressee, issuer and date, 抄送/印发, page number
        for (String part : List.of("党政办公室", "关于逾期事项的通报", world.leadUnit.getName() + "：", "抄送", "印发", "— 1 —")) {
            assertTrue(text.contains(part), part + " in: " + text);
        }
        org.duban.documents.Rendered word = notices.word(id);
        assertEquals(notice.getNumber() + ".docx", word.fileName());
        try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(word.bytes()));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            String editable = extractor.getText();
            assertTrue(editable.contains(notice.getNumber()) && editable.contains("关于逾期事项的通报"), editable);
        }
        // kept as published: the same bytes again, its hash kept, a copy with each cited item's event
        assertArrayEquals(rendered.bytes(), notices.pdf(id).bytes());
        assertEquals(org.duban.shared.Sha256.hex(rendered.bytes()), notices.notice(id).getDocumentSha256());
        for (long item : List.of(late1, late2)) {
            org.duban.item.SupervisionItem cited = queries.detail(item);
            org.duban.history.ItemEvent last = cited.getEvents().get(cited.getEvents().size() - 1);
            assertEquals(org.duban.shared.Sha256.hex(rendered.bytes()), last.getIssuedSha256());
            assertArrayEquals(rendered.bytes(), cited.issued(org.duban.documents.DocumentKind.CRITICISM_NOTICE).get(0).getBytes());
        }

        as(world.leadHead);
        assertEquals(2, notifications.mine(0, 100).stream()
                .filter(n -> n.getKind() == org.duban.notification.NotificationKind.NOTICE_ISSUED).count(),
                "the unit's head is told of each item criticised");
        as(world.leader);
        Figures may = unit(statistics.figures(Period.month(2031, 5), Grouping.UNIT), world.leadUnit.getId());
        assertEquals(2, may.get(Figure.NOTICES));
    }

    private Assessments.UnitScore scoreOf(long periodId) {
        return assessments.scores(periodId).stream().filter(u -> u.unit().getId().equals(world.leadUnit.getId()))
                .findFirst().orElseThrow();
    }

    private static Figures unit(List<Figures> figures, long unitId) {
        return figures.stream().filter(x -> x.getKey().equals(unitId)).findFirst().orElseThrow();
    }

    private static List<Long> ids(List<SupervisionItem> items) {
        return items.stream().map(SupervisionItem::getId).toList();
    }
}
