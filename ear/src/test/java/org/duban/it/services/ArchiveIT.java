package org.duban.it.services;

import org.duban.it.support.*;

import jakarta.ejb.EJB;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.duban.archive.ArchivalNumber;
import org.duban.archive.ArchiveSearch;
import org.duban.archive.Aspect;
import org.duban.archive.Dossier;
import org.duban.archive.DossierFile;
import org.duban.archive.DossierFileKind;
import org.duban.archive.DossierFilter;
import org.duban.archive.DossierSort;
import org.duban.archive.Dossiers;
import org.duban.archive.Finding;
import org.duban.archive.IntegrityChecks;
import org.duban.archive.IntegrityReport;
import org.duban.archive.Loans;
import org.duban.archive.Retention;
import org.duban.archive.Secrecy;
import org.duban.documents.Catalogue;
import org.duban.documents.DocumentKind;
import org.duban.documents.Documents;
import org.duban.history.NewFile;
import org.duban.item.ItemQueries;
import org.duban.item.ItemState;
import org.duban.item.ItemWorkflow;
import org.duban.organization.Account;
import org.duban.shared.AccessDeniedException;
import org.duban.shared.DomainException;
import org.duban.shared.Sha256;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Filing on Payara Micro with real Derby: the dossier, its number (format, gap-free under concurrent filing), its
 * manifest and documents (Chinese text read back from the PDF); the four checks each failing on a fault prepared in
 * the database; a broken attachment stopping the filing whole; retrieval, ZIP, loans and the access log.
 */
class ArchiveIT extends InServerTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(Parallel.class, PdfText.class)
                .addAsLibraries(Deployments.jarOf(PDDocument.class), Deployments.jarOf(org.apache.fontbox.ttf.TrueTypeFont.class),
                        Deployments.jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
                        Deployments.jarOf(org.apache.commons.logging.Log.class))
                .addAsResource("cases/09-accounts-rare-names.csv");
    }

    @EJB
    private ItemWorkflow workflow;
    @EJB
    private ItemQueries queries;
    @EJB
    private Dossiers dossiers;
    @EJB
    private IntegrityChecks checks;
    @EJB
    private ArchiveSearch search;
    @EJB
    private Loans loans;
    @EJB
    private Documents documents;
    @EJB
    private Parallel parallel;
    @EJB
    private org.duban.job.Jobs jobs;
    @EJB
    private Catalogue catalogue;
    @EJB
    private org.duban.organization.AccountImport accountImport;

    private Account archivist;

    @BeforeEach
    void makeTheirOwnPeople() {
        archivist = fixtures.account("arch" + world.id, world.office, org.duban.organization.Role.ARCHIVIST);
    }

    /** An item taken to 反馈, with one real PDF attachment, ready to be filed. */
    private long fedBackItem(String title) {
        as(world.officeStaff);
        long id = workflow.draft(world.draft(title, LocalDate.now().plusDays(30), List.of()), List.of());
        workflow.submitForApproval(id, null, null);
        as(world.leader);
        workflow.approve(id, null, "同意");
        as(world.officeStaff);
        workflow.assign(id, null, "请按时办结");
        as(world.leadHead);
        workflow.acknowledge(id, null);
        workflow.reportProgress(id, "已完成一半", List.of(new NewFile("进展.pdf", "application/pdf",
                documents.draw(queries.detail(id), DocumentKind.ITEM_SUMMARY,
                        new org.duban.archive.ArchiveSettings(), Locale.SIMPLIFIED_CHINESE, null))));
        workflow.draftCompletion(id, null, "全部完成，整改清单见附件");
        workflow.submitCompletion(id, null, null, List.of());
        as(world.officeStaff);
        workflow.accept(id, null, "符合要求");
        workflow.feedBack(id, null, "已按期办结");
        as(world.leader);
        workflow.markRead(id);
        return id;
    }

    private Dossier file(long itemId, Retention retention) {
        as(world.officeStaff);
        long dossierId = workflow.archive(itemId, null, retention, Secrecy.INTERNAL);
        as(archivist);
        return dossiers.view(dossierId);
    }

    @Test
    void filingMakesANumberedDossierWithManifestDocumentsAndAPassingCheck() throws Exception {
        long itemId = fedBackItem("档案测试 " + world.id);
        Dossier dossier = file(itemId, Retention.Y);

        ArchivalNumber number = ArchivalNumber.parse(dossier.getArchivalNumber());
        assertEquals("J001", number.getFonds());
        assertEquals(Retention.Y, number.getRetention());
        assertEquals(world.leadUnit.getCode(), number.getOrgCode());
        assertEquals(1, number.getPiece(), "the first dossier of the unit's class");
        assertTrue(dossier.getArchivalNumber().matches("J001-WS·\\d{4}-Y-T[0-9A-F]{8}-0001"), dossier.getArchivalNumber());
        assertEquals(ItemState.ARCHIVED, queries.detail(itemId).getState());

        List<DossierFile> files = dossier.getFiles();
        assertTrue(files.stream().anyMatch(f -> f.getKind() == DossierFileKind.ATTACHMENT && f.getName().equals("进展.pdf")));
        assertEquals(5, files.stream().filter(f -> f.getKind() == DossierFileKind.DOCUMENT).count(),
                "交办单, 催办函, 办结报告, 反馈报告 and 情况表");
        assertEquals(1, files.stream().filter(f -> f.getKind() == DossierFileKind.METADATA).count());
        for (DossierFile f : files) {
            DossierFile full = dossiers.file(dossier.getId(), f.getId());
            assertEquals(f.getSha256(), Sha256.hex(full.getBytes()), "manifest hash of " + f.getName());
        }
        assertTrue(dossier.getPages() >= 4);

        DossierFile notice = files.stream().filter(f -> f.getName().contains("-JB")).findFirst().orElseThrow();
        String text = PdfText.of(dossiers.file(dossier.getId(), notice.getId()).getBytes());
        assertTrue(text.contains("督办事项交办单") && text.contains("档案测试 " + world.id), text);

        IntegrityReport report = checks.checkOne(dossier.getId());
        assertTrue(report.passed(), () -> report.getFindings().toString());
        String metadata = new String(dossiers.file(dossier.getId(), files.stream()
                .filter(f -> f.getKind() == DossierFileKind.METADATA).findFirst().orElseThrow().getId()).getBytes(),
                StandardCharsets.UTF_8);
        assertTrue(metadata.contains("<responsible>") && metadata.contains("name=\"ARCHIVE\""), metadata);
    }

    /**
     * DA/T 70 真实性: the 交办单 is kept as it was issued. Downloaded right after 交办, it is byte for byte the one
     * downloaded after an extension and the one in the dossier, with its 交办〔YYYY〕N号, the deadline the units were told,
     * and its SHA-256 in the 交办 event's hash.
     */
    @Test
    void theDossierKeepsTheAssignmentNoticeAsIssued() throws Exception {
        LocalDate due = LocalDate.now().plusDays(30);
        as(world.officeStaff);
        long id = workflow.draft(world.draft("如实归档 " + world.id, due, List.of()), List.of());
        workflow.submitForApproval(id, null, null);
        as(world.leader);
        workflow.approve(id, null, "同意");
        as(world.officeStaff);
        workflow.assign(id, null, "请按时办结");
        byte[] issued = documents.render(id, DocumentKind.ASSIGNMENT_NOTICE, Locale.SIMPLIFIED_CHINESE).bytes();
        org.duban.item.SupervisionItem item = queries.detail(id);
        org.duban.history.ItemEvent assigned = item.getEvents().stream()
                .filter(event -> event.getAction() == org.duban.item.ItemAction.ASSIGN).findFirst().orElseThrow();
        assertEquals(Sha256.hex(issued), assigned.getIssuedSha256(), "the 交办 event holds the hash of what was issued");
        assertEquals(assigned.computeHash(), assigned.getHash(), "and its own hash takes it in");
        String number = org.duban.item.AssignmentNotice.numberFor(item.getNumber());
        String told = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日").format(due);
        String text = PdfText.of(issued);
        assertTrue(text.contains(number) && text.contains(told), number + " and " + told + " in: " + text);
        org.duban.documents.Rendered word = documents.renderWord(id, DocumentKind.ASSIGNMENT_NOTICE, Locale.SIMPLIFIED_CHINESE);
        assertTrue(word.fileName().endsWith("交办单.docx"), word.fileName());
        try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(word.bytes()));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            String editable = extractor.getText();
            assertTrue(editable.contains(number) && editable.contains(told), "the Word copy: " + editable);
        }

        as(world.leadHead);
        workflow.acknowledge(id, null);
        workflow.requestExtension(id, null, "设备未到", due.plusDays(15));
        as(world.director);
        workflow.decideExtension(id, null, true, "同意延期");
        as(world.officeStaff);
        assertArrayEquals(issued, documents.render(id, DocumentKind.ASSIGNMENT_NOTICE, Locale.ENGLISH).bytes(),
                "a reprint after the extension, in any language, is the same bytes");

        as(world.leadHead);
        workflow.draftCompletion(id, null, "全部完成");
        workflow.submitCompletion(id, null, null, List.of());
        as(world.officeStaff);
        workflow.accept(id, null, "符合要求");
        workflow.feedBack(id, null, "已办结");
        as(world.leader);
        workflow.markRead(id);
        Dossier dossier = file(id, Retention.Y);
        DossierFile notice = dossier.getFiles().stream().filter(f -> f.getName().contains("-JB")).findFirst().orElseThrow();
        assertEquals(DossierFileKind.DOCUMENT, notice.getKind());
        byte[] filed = dossiers.file(dossier.getId(), notice.getId()).getBytes();
        assertArrayEquals(issued, filed, "the dossier's 交办单 is the one issued");
        String filedText = PdfText.of(filed);
        assertFalse(filedText.contains(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日").format(due.plusDays(15))),
                "not the extended deadline: " + filedText);
        assertEquals(2, dossier.getFiles().stream().filter(f -> f.getName().contains("-BJ") || f.getName().contains("-FK"))
                .count(), "the 办结报告 and 反馈报告 as issued");
        IntegrityReport report = checks.checkOne(dossier.getId());
        assertTrue(report.passed(), () -> report.getFindings().toString());
    }

    /**
     * Case 09: two people whose names hold rare characters (王𠮷, U+20BB7, Extension B; 李䶮, U+4DAE, Extension A) are
     * imported from the office's file; an item naming them is assigned: the 交办单 and the 事项情况表 print both.
     */
    @Test
    void rareNamesArePrintedInTheDocuments() throws Exception {
        String csv;
        try (java.io.InputStream in = getClass().getResourceAsStream("/cases/09-accounts-rare-names.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8); // the file as offices make it, logins made ours
        }
        csv = csv.replace("wangji,", "wangji" + world.id + ",").replace("liyan,", "liyan" + world.id + ",");
        as(world.admin);
        assertTrue(accountImport.importFile("09-accounts-rare-names.csv", csv.getBytes(StandardCharsets.UTF_8)).imported());

        as(world.officeStaff);
        org.duban.item.DraftInput template = world.draft("王𠮷、李䶮牵头整改 " + world.id, LocalDate.now().plusDays(30), List.of());
        long id = workflow.draft(new org.duban.item.DraftInput(template.category(), template.source(),
                template.sourceReference(), template.title(), "由王𠮷负责，李䶮配合", template.requirements(),
                template.targets(), template.leadUnitId(), template.coUnitIds(), template.leaderId(), template.priority(),
                template.due(), template.reportingCycle(), template.milestones()), List.of());
        workflow.submitForApproval(id, null, null);
        as(world.leader);
        workflow.approve(id, null, "同意");
        as(world.officeStaff);
        workflow.assign(id, null, "请王𠮷于月底前报送");
        String notice = PdfText.of(documents.render(id, DocumentKind.ASSIGNMENT_NOTICE, Locale.SIMPLIFIED_CHINESE).bytes());
        assertTrue(notice.contains("王𠮷") && notice.contains("李䶮"), notice);
        String summary = PdfText.of(documents.render(id, DocumentKind.ITEM_SUMMARY, Locale.SIMPLIFIED_CHINESE).bytes());
        assertTrue(summary.contains("王𠮷") && summary.contains("李䶮"), summary);
    }

    /** A character that no shipped font has: the 交办 that would issue it is refused, nothing changes. */
    @Test
    void aCharacterNoFontHasStopsTheAssignmentAndChangesNothing() {
        as(world.officeStaff);
        long id = workflow.draft(world.draft("无字可印 " + world.id, LocalDate.now().plusDays(30), List.of()), List.of());
        workflow.submitForApproval(id, null, null);
        as(world.leader);
        workflow.approve(id, null, "同意");
        as(world.officeStaff);
        DomainException refused = assertThrows(DomainException.class,
                () -> workflow.assign(id, null, "请张\uE000三负责"));
        assertEquals("error.document.glyphMissing", refused.getMessageKey());
        assertEquals("U+E000", refused.getArguments().get(1));
        org.duban.item.SupervisionItem item = queries.detail(id);
        assertEquals(ItemState.REGISTERED, item.getState(), "not assigned");
        assertTrue(item.getIssuedDocuments().isEmpty());
        workflow.assign(id, null, "请张三负责");
        assertEquals(ItemState.ASSIGNED, queries.detail(id).getState(), "written otherwise, it goes out");
    }

    @Test
    void concurrentFilingGivesConsecutivePiecesWithoutGaps() throws Exception {
        long first = fedBackItem("并发归档一 " + world.id);
        long second = fedBackItem("并发归档二 " + world.id);
        as(world.officeStaff);
        Parallel.Gate gate = parallel.gate(2);
        Future<Long> a = parallel.archive(gate.id(), first);
        Future<Long> b = parallel.archive(gate.id(), second);
        long dossierA = a.get();
        long dossierB = b.get();
        as(archivist);
        int pieceA = ArchivalNumber.parse(dossiers.view(dossierA).getArchivalNumber()).getPiece();
        int pieceB = ArchivalNumber.parse(dossiers.view(dossierB).getArchivalNumber()).getPiece();
        assertEquals(List.of(1, 2), List.of(Math.min(pieceA, pieceB), Math.max(pieceA, pieceB)));
    }

    @Test
    void eachOfTheFourChecksFailsOnItsFault() throws Exception {
        Dossier dossier = file(fedBackItem("四性检测 " + world.id), Retention.D10);
        long id = dossier.getId();
        DossierFile pdf = dossier.getFiles().stream().filter(f -> f.getName().equals("进展.pdf")).findFirst().orElseThrow();
        DossierFile xml = dossier.getFiles().stream().filter(f -> f.getKind() == DossierFileKind.METADATA).findFirst().orElseThrow();
        DossierFile summary = dossier.getFiles().stream().filter(f -> f.getName().contains("-ZY")).findFirst().orElseThrow();
        DossierFile notice = dossier.getFiles().stream().filter(f -> f.getName().contains("-JB")).findFirst().orElseThrow();

        // authenticity: a flipped byte in a file, and an altered event
        byte[] flipped = dossiers.file(id, pdf.getId()).getBytes();
        flipped[flipped.length / 2] ^= 1;
        sql("UPDATE DOSSIER_FILE_CONTENT SET BYTES = ? WHERE ID = (SELECT CONTENT_ID FROM DOSSIER_FILE WHERE ID = ?)",
                flipped, pdf.getId());
        sql("UPDATE ITEM_EVENT SET OPINION = '改过的意见' WHERE ITEM_ID = ? AND SEQ = 3", dossier.getItem().getId());
        // integrity: a missing file and a missing metadata field
        sql("UPDATE DOSSIER_FILE SET CONTENT_ID = NULL WHERE ID = ?", summary.getId());
        sql("UPDATE DOSSIER SET RESPONSIBLE = NULL WHERE ID = ?", id);
        // usability: a "PDF" that is a PNG, its hash updated so that only its format is wrong
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};
        sql("UPDATE DOSSIER_FILE_CONTENT SET BYTES = ? WHERE ID = (SELECT CONTENT_ID FROM DOSSIER_FILE WHERE ID = ?)",
                png, notice.getId());
        sql("UPDATE DOSSIER_FILE SET SHA256 = ? WHERE ID = ?", Sha256.hex(png), notice.getId());
        // security: executable content in place of the metadata record, hash updated too
        byte[] exe = "MZ\u0090\u0000 this program cannot be run".getBytes(StandardCharsets.ISO_8859_1);
        sql("UPDATE DOSSIER_FILE_CONTENT SET BYTES = ? WHERE ID = (SELECT CONTENT_ID FROM DOSSIER_FILE WHERE ID = ?)",
                exe, xml.getId());
        sql("UPDATE DOSSIER_FILE SET SHA256 = ? WHERE ID = ?", Sha256.hex(exe), xml.getId());

        IntegrityReport report = checks.checkOne(id);
        Map<String, String> found = new HashMap<>();
        for (Finding f : report.getFindings()) {
            found.put(f.getMessageKey() + "|" + f.getDetail(), f.getAspect().name());
        }
        assertEquals("AUTHENTICITY", found.get("check.file.hashMismatch|进展.pdf"), found.toString());
        assertTrue(found.keySet().stream().anyMatch(k -> k.startsWith("check.event.altered|#3 ")), found.toString());
        assertEquals("INTEGRITY", found.get("check.file.missing|" + summary.getName()), found.toString());
        assertEquals("INTEGRITY", found.get("check.metadata.missing|responsible"), found.toString());
        assertEquals("USABILITY", found.get("check.file.unusable|" + notice.getName() + " (PDF)"), found.toString());
        assertTrue(found.keySet().stream().anyMatch(k -> k.startsWith("check.document.notAsIssued|" + notice.getName())),
                "the 交办单 changed after it was issued, its file's hash changed too: " + found);
        assertEquals("SECURITY", found.get("check.file.executable|" + xml.getName()), found.toString());
        for (Aspect aspect : Aspect.values()) {
            assertFalse(report.passed(aspect), aspect + " should fail");
        }
        assertEquals(report.getId(), checks.reportsOf(dossier.getArchivalNumber()).get(0).getId(), "the result is kept");
    }

    @Test
    void theCheckOfAllDossiersRunsInTheBackgroundAndKeepsItsReport() throws Exception {
        Dossier dossier = file(fedBackItem("全部检测 " + world.id), Retention.D10);
        DossierFile pdf = dossier.getFiles().stream().filter(f -> f.getName().equals("进展.pdf")).findFirst().orElseThrow();
        sql("UPDATE DOSSIER_FILE SET SHA256 = ? WHERE ID = ?", "0".repeat(64), pdf.getId());
        org.duban.job.Job job = finished(checks.startAll());
        assertEquals(100, job.getPercent());
        IntegrityReport report = checks.report(job.getResultId());
        assertEquals(job.getTotal(), report.getChecked());
        assertTrue(report.getChecked() >= 1);
        assertTrue(report.getFindings().stream().anyMatch(f -> f.getArchivalNumber().equals(dossier.getArchivalNumber())
                && f.getMessageKey().equals("check.file.hashMismatch")), report.getFindings().toString());
    }

    @Test
    void theCatalogueOfAYearIsMadeInTheBackgroundAsPdfAndExcel() throws Exception {
        Dossier dossier = file(fedBackItem("=目录测试 " + world.id), Retention.D10);
        int year = dossier.getNumber().getYear();
        org.duban.job.Job pdfJob = finished(catalogue.start(year, Retention.D10, Catalogue.Format.PDF, Locale.SIMPLIFIED_CHINESE));
        assertTrue(pdfJob.getTotal() >= 1);
        org.duban.job.JobFile pdf = jobs.file(pdfJob.getId());
        String text = PdfText.of(pdf.getBytes());
        assertTrue(text.contains("归档文件目录") && text.contains(dossier.getArchivalNumber().substring(0, 20)), text);

        org.duban.job.Job xlsxJob = finished(catalogue.start(year, Retention.D10, Catalogue.Format.XLSX, Locale.SIMPLIFIED_CHINESE));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(jobs.file(xlsxJob.getId()).getBytes()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            assertEquals("档号", sheet.getRow(0).getCell(1).getStringCellValue());
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getCell(1).getStringCellValue().equals(dossier.getArchivalNumber())) {
                    found = true;
                    assertEquals("'=目录测试 " + world.id, row.getCell(4).getStringCellValue(), "a formula is neutralised");
                    assertEquals(dossier.getDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                            row.getCell(5).getStringCellValue());
                }
            }
            assertTrue(found, "the dossier is in its year's catalogue");
        }
        as(world.officeStaff);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> jobs.file(xlsxJob.getId()), "the archivist's only");
    }

    private org.duban.job.Job finished(long jobId) throws InterruptedException {
        org.duban.job.Job job = jobs.job(jobId);
        for (int i = 0; i < 600 && job.getState() == org.duban.job.JobState.RUNNING; i++) {
            Thread.sleep(100);
            job = jobs.job(jobId);
        }
        assertEquals(org.duban.job.JobState.DONE, job.getState());
        return job;
    }

    @Test
    void aGapInTheNumberingIsFound() throws Exception {
        Dossier first = file(fedBackItem("缺号一 " + world.id), Retention.D30);
        Dossier second = file(fedBackItem("缺号二 " + world.id), Retention.D30);
        sql("UPDATE DOSSIER SET PIECE = 3, ARCHIVAL_NUMBER = ? WHERE ID = ?",
                second.getArchivalNumber().replaceAll("-0002$", "-0003"), second.getId());
        IntegrityReport report = checks.checkOne(first.getId());
        assertTrue(report.getFindings().stream().anyMatch(f -> f.getMessageKey().equals("check.numbering.gap")
                && f.getDetail().endsWith("[2]")), report.getFindings().toString());
    }

    @Test
    void aBrokenAttachmentStopsTheFilingAndNothingIsFiled() throws Exception {
        long itemId = fedBackItem("坏附件 " + world.id);
        sql("UPDATE ATTACHMENT_CONTENT SET BYTES = ? WHERE ID IN (SELECT CONTENT_ID FROM ATTACHMENT WHERE ITEM_ID = ? AND ISSUED_AS IS NULL)",
                "%PDF-1.4 changed".getBytes(StandardCharsets.US_ASCII), itemId);
        as(world.officeStaff);
        DomainException refused = assertThrows(DomainException.class, () -> workflow.archive(itemId, null, null, null));
        assertEquals("error.filing.brokenAttachments", refused.getMessageKey());
        assertEquals("进展.pdf", refused.getArguments().get(0));
        assertEquals(ItemState.FED_BACK, queries.detail(itemId).getState(), "the step did not happen");
        assertTrue(dossiers.ofItem(itemId).isEmpty(), "no dossier");
    }

    @Test
    void archivistsFindByCombinedConditionsAndBorrowersOpenOnlyWhileLent() throws Exception {
        Dossier dossier = file(fedBackItem("检索测试 " + world.id), Retention.D30);
        DossierFilter filter = new DossierFilter(dossier.getArchivalNumber().substring(0, 12), "检索测试", world.id,
                LocalDate.now().getYear(), world.leadUnit.getId(), dossier.getCategory(), Retention.D30,
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
        List<Dossier> found = search.find(filter, DossierSort.NUMBER, true, 0, 20);
        assertEquals(List.of(dossier.getId()), found.stream().map(Dossier::getId).toList());
        assertEquals(1, search.count(filter));
        assertEquals(0, search.count(new DossierFilter(null, null, world.id, null, null, null, Retention.Y, null, null)));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        dossiers.writeZip(dossier.getId(), zip);
        Map<String, byte[]> entries = unzip(zip.toByteArray());
        String manifest = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8);
        for (String line : manifest.lines().skip(1).toList()) {
            String[] cells = line.split(",");
            assertEquals(cells[4], Sha256.hex(entries.get(cells[1])), "the ZIP's " + cells[1] + " matches its manifest");
        }

        // a unit head may ask, not open, until the archivist approves
        as(world.leadHead);
        assertThrows(AccessDeniedException.class, () -> dossiers.view(dossier.getId()));
        long loanId = loans.request(dossier.getId(), "编写年度总结", LocalDate.now().plusDays(7));
        assertThrows(AccessDeniedException.class, () -> dossiers.view(dossier.getId()));
        as(world.foreignHead);
        assertThrows(AccessDeniedException.class, () -> loans.request(dossier.getId(), "查看", LocalDate.now().plusDays(3)));
        as(archivist);
        loans.decide(loanId, versionOf(loanId), true);
        as(world.leadHead);
        assertEquals(dossier.getArchivalNumber(), dossiers.view(dossier.getId()).getArchivalNumber());
        as(archivist);
        loans.markReturned(loanId, versionOf(loanId));
        as(world.leadHead);
        assertThrows(AccessDeniedException.class, () -> dossiers.view(dossier.getId()));

        as(archivist);
        List<String> log = dossiers.accessLog(dossier.getId()).stream()
                .map(a -> a.getUsername() + ":" + a.getKind()).toList();
        assertTrue(log.contains(world.leadHead.getUsername() + ":VIEW"), log.toString());
        assertTrue(log.contains(archivist.getUsername() + ":DOWNLOAD_ZIP"), log.toString());
    }

    private int versionOf(long loanId) {
        return loans.open().stream().filter(l -> l.getId() == loanId).findFirst().orElseThrow().getVersion();
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

    private static void sql(String statement, Object... parameters) throws Exception {
        DataSource dataSource = org.duban.support.DataSourceName.lookup(); // the database the application uses
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            assertTrue(update.executeUpdate() > 0, "the fault was prepared: " + statement);
        }
    }
}
