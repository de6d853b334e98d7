package org.duban.it.services;

import org.duban.it.support.*;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.audit.AuditEvent;
import org.duban.audit.AuditFilter;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.item.ItemWorkflow;
import org.duban.item.ItemQueries;
import org.duban.organization.Account;
import org.duban.organization.AccountImport;
import org.duban.organization.AccountInput;
import org.duban.organization.Accounts;
import org.duban.organization.Administration;
import org.duban.organization.ImportReport;
import org.duban.organization.Role;
import org.duban.organization.Unit;
import org.duban.shared.AccessDeniedException;
import org.duban.shared.DomainException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The administrator's work and the sign-in rules on Payara Micro with real Derby: units and accounts, the whole-file
 * import, password reset and change, throttling of guessed passwords, and the audit trail that records all of it.
 */
class AdministrationIT extends InServerTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(SettableClock.class, WebClient.class)
                .addAsResource("cases/01-accounts-gbk.csv").addAsResource("cases/08-units-nbsp.csv")
                .addAsResource("cases/08b-unit-name-nbsp.csv");
    }

    @EJB
    private Administration administration;
    @EJB
    private AccountImport accountImport;
    @EJB
    private Accounts accounts;
    @EJB
    private AuditLog audit;
    @EJB
    private ItemWorkflow workflow;
    @EJB
    private ItemQueries queries;


    @AfterEach
    void realTimeAgain() {
        SettableClock.reset();
    }

    private static <T extends Throwable> T refused(Class<T> type, Executable action) {
        Throwable thrown = assertThrows(Throwable.class, action);
        while (thrown instanceof EJBException && thrown.getCause() != null && !type.isInstance(thrown)) {
            thrown = thrown.getCause();
        }
        return assertInstanceOf(type, thrown);
    }

    private List<AuditEvent> trailOf(String actor, AuditKind kind) {
        as(world.admin);
        return audit.page(new AuditFilter(kind, actor, null, null), 0, 100);
    }

    @Test
    void unitsAreMadeChangedAndOnlyDeactivatedOnceAnythingNamesThem() {
        as(world.admin);
        String code = "U" + world.id.toUpperCase();
        Unit unit = administration.createUnit(code, "新设单位");
        assertEquals("error.unit.codeTaken", refused(DomainException.class,
                () -> administration.createUnit(code.toLowerCase(), "重复")).getMessageKey());
        administration.changeUnit(unit.getId(), administration.unit(unit.getId()).getVersion(), code, "新设单位（更名）", null);
        assertEquals("新设单位（更名）", administration.unit(unit.getId()).getName());
        assertEquals("error.unit.headElsewhere", refused(DomainException.class, () -> administration.changeUnit(
                unit.getId(), administration.unit(unit.getId()).getVersion(), code, "x", world.leadHead.getId())).getMessageKey());

        // a unit people belong to stays: deactivated, not offered for new work, and its items keep it
        assertEquals("error.unit.inUse", refused(DomainException.class,
                () -> administration.deleteUnit(world.leadUnit.getId())).getMessageKey());
        assertTrue(administration.unitsInUse().contains(world.leadUnit.getId()));
        administration.deactivateUnit(world.leadUnit.getId());
        as(world.officeStaff);
        assertEquals("error.unit.inactive", refused(DomainException.class, () -> workflow.draft(
                world.draft("停用单位 " + world.id, LocalDate.now().plusDays(20), List.of()), List.of())).getMessageKey());
        as(world.admin);
        administration.activateUnit(world.leadUnit.getId());
        as(world.officeStaff);
        assertTrue(workflow.draft(world.draft("启用单位 " + world.id, LocalDate.now().plusDays(20), List.of()), List.of()) > 0);

        // a unit made by mistake, which nothing names, can go
        as(world.admin);
        administration.deleteUnit(unit.getId());
        assertEquals("error.unit.notFound", refused(DomainException.class, () -> administration.unit(unit.getId())).getMessageKey());
        List<AuditEvent> trail = trailOf(world.admin.getUsername(), AuditKind.ADMINISTRATION);
        assertTrue(trail.stream().anyMatch(e -> ("unit " + code).equals(e.getSubject()) && e.getDetail().startsWith("deleted")));
        assertTrue(trail.stream().anyMatch(e -> e.getDetail().equals("deactivated")
                && e.getSubject().equals("unit " + world.leadUnit.getCode())));
        assertTrue(trail.stream().allMatch(e -> e.getOccurredAt() != null && e.getAddress() != null), "when and from where");
    }

    @Test
    void aResetPasswordMustBeChangedAndFollowsTheRules() {
        as(world.admin);
        String login = "new-" + world.id;
        String temporary = administration.createAccount(new AccountInput(login, "新同事", world.leadUnit.getId(),
                Set.of(Role.UNIT_STAFF), login + "@college.test", "en", false)).orElseThrow();
        Account made = accounts.findByUsername(login).orElseThrow();
        assertTrue(made.isMustChangePassword());
        assertEquals("en", made.getLanguage());

        signIn.as(login, temporary);
        assertEquals("error.password.length", refused(DomainException.class,
                () -> accounts.changeOwnPassword(temporary, "short", "short")).getMessageKey());
        assertEquals("error.password.current", refused(DomainException.class,
                () -> accounts.changeOwnPassword("wrong-one", "a-good-new-one", "a-good-new-one")).getMessageKey());
        assertEquals("error.password.repeat", refused(DomainException.class,
                () -> accounts.changeOwnPassword(temporary, "a-good-new-one", "a-good-new-two")).getMessageKey());
        accounts.changeOwnPassword(temporary, "a-good-new-one", "a-good-new-one");
        assertFalse(accounts.findByUsername(login).orElseThrow().isMustChangePassword());
        assertThrows(IllegalStateException.class, () -> signIn.as(login, temporary), "the temporary one is gone");
        signIn.as(login, "a-good-new-one");

        as(world.admin);
        String again = administration.resetPassword(made.getId());
        assertTrue(accounts.findByUsername(login).orElseThrow().isMustChangePassword());
        signIn.as(login, again);

        // an administrator cannot shut themselves out; others can be deactivated and then cannot sign in
        as(world.admin);
        assertEquals("error.account.self", refused(DomainException.class,
                () -> administration.deactivateAccount(world.admin.getId())).getMessageKey());
        administration.deactivateAccount(made.getId());
        assertThrows(IllegalStateException.class, () -> signIn.as(login, again));
        assertTrue(trailOf(login, AuditKind.PASSWORD_CHANGED).size() == 1);
    }

    @Test
    void aHeadWhoMovesToAnotherUnitNoLongerHeadsTheFirst() {
        as(world.admin);
        Unit lead = administration.unit(world.leadUnit.getId());
        administration.changeUnit(lead.getId(), lead.getVersion(), lead.getCode(), lead.getName(), world.leadHead.getId());
        assertEquals(world.leadHead.getId(), administration.unit(lead.getId()).getHead().getId());
        Account head = administration.account(world.leadHead.getId());
        assertEquals("error.unit.inactive", refused(DomainException.class, () -> {
            administration.deactivateUnit(world.foreignUnit.getId());
            administration.changeAccount(head.getId(), head.getVersion(), new AccountInput(head.getUsername(),
                    head.getFullName(), world.foreignUnit.getId(), head.getRoles(), null, null, false));
        }).getMessageKey(), "not into an inactive unit");
        administration.changeAccount(head.getId(), head.getVersion(), new AccountInput(head.getUsername(),
                head.getFullName(), world.coUnit.getId(), head.getRoles(), null, null, false));
        assertNull(administration.unit(lead.getId()).getHead(), "the unit waits for a new head");
        assertEquals("error.account.self", refused(DomainException.class, () -> administration.changeAccount(
                world.admin.getId(), administration.account(world.admin.getId()).getVersion(), new AccountInput(
                        world.admin.getUsername(), "管理员", world.office.getId(), Set.of(Role.ADMIN), null, null, true)))
                .getMessageKey(), "an administrator does not move themselves to the directory");
    }

    @Test
    void theAuditTrailIsExportedForAnInspectionAndTheExportIsRecorded() {
        WebClient client = WebClient.ofThisServer();
        client.signIn(world.admin.getUsername(), Fixtures.PASSWORD);
        client.get("admin/audit.xhtml");
        java.util.Map<String, String> fields = client.form("audit");
        fields.put("audit:actor", world.admin.getUsername());
        fields.put("audit:xlsx", "");
        var answer = client.post("admin/audit.xhtml", fields);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"),
                answer.headers().toString());
        assertTrue(answer.headers().firstValue("Content-Disposition").orElse("").contains("audit.xlsx"));
        assertTrue(trailOf(world.admin.getUsername(), AuditKind.ADMINISTRATION).stream()
                .anyMatch(e -> e.getDetail().startsWith("exported ") && e.getDetail().contains(" as XLSX: kind=null actor=" + world.admin.getUsername())));
    }

    @Test
    void onlyTheAdministratorAdministers() {
        as(world.director);
        refused(EJBAccessException.class, () -> administration.units());
        refused(EJBAccessException.class, () -> administration.resetPassword(world.leadHead.getId()));
        refused(EJBAccessException.class, () -> accountImport.importFile("x.csv", "code,name\nA,B".getBytes()));
        refused(EJBAccessException.class, () -> audit.page(AuditFilter.everything(), 0, 10));
    }

    @Test
    void anImportWithBadRowsReportsEveryLineAndImportsNothing() {
        as(world.admin);
        String a = "A" + world.id.toUpperCase();
        String b = "B" + world.id.toUpperCase();
        String bad = "单位代码,单位名称\n" + a + ",甲单位\n" + "有 空格,乙单位\n" + a + ",重复\n" + b + ",\n";
        ImportReport report = accountImport.importFile("units.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertFalse(report.imported());
        assertEquals(List.of(3, 4, 5), report.problems().stream().map(ImportReport.Problem::line).toList());
        assertEquals(List.of("error.unit.codeFormat", "error.import.duplicate", "error.unit.nameRequired"),
                report.problems().stream().map(ImportReport.Problem::messageKey).toList());
        assertTrue(administration.units().stream().noneMatch(u -> u.getCode().equals(a)), "nothing imported half");

        String good = "\uFEFFcode,name\r\n" + a + ",\"甲单位, 新\"\r\n" + b + ",乙单位\r\n";
        ImportReport units = accountImport.importFile("units.csv", good.getBytes(StandardCharsets.UTF_8));
        assertTrue(units.imported());
        assertEquals(2, units.unitsCreated());
        assertTrue(administration.units().stream().anyMatch(u -> u.getCode().equals(a) && u.getName().equals("甲单位, 新")));

        String people = "login,name,unit,roles,email,language,directory\n"
                + "p1-" + world.id + ",人员一," + a + ",UNIT_HEAD;UNIT_STAFF,p1@college.test,zh,no\n"
                + "p2-" + world.id + ",人员二," + b + ",KING,p2@college.test,zh,no\n"
                + "p3-" + world.id + ",人员三,NOPE,UNIT_STAFF,not-mail,fr,maybe\n"
                + world.leadHead.getUsername() + ",重名," + a + ",UNIT_STAFF,,,\n";
        ImportReport refusedPeople = accountImport.importFile("people.csv", people.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(3, 4, 5), refusedPeople.problems().stream().map(ImportReport.Problem::line).toList());
        assertEquals(List.of("error.import.role", "error.import.unit", "error.account.usernameTaken"),
                refusedPeople.problems().stream().map(ImportReport.Problem::messageKey).toList());
        assertTrue(accounts.findByUsername("p1-" + world.id).isEmpty(), "the good row waits for the file to be right");
    }

    private static String caseFile(String name, java.nio.charset.Charset charset) throws IOException {
        try (java.io.InputStream in = AdministrationIT.class.getResourceAsStream("/cases/" + name)) {
            return new String(in.readAllBytes(), charset);
        }
    }

    /** The case's accounts made this test's own: its logins and units, the file kept in its encoding. */
    private byte[] accountsOf(String text, String login, java.nio.charset.Charset charset) {
        return text.replace("chenjing", "chenjing-" + login).replace("liuqiang", "liuqiang-" + login)
                .replace(",JW,", "," + world.leadUnit.getCode() + ",").replace(",XG,", "," + world.coUnit.getCode() + ",")
                .getBytes(charset);
    }

    @Test
    void theAccountsSheetThatExcelSavesOnAChineseWindowsImportsAsItsUtf8Twin() throws IOException {
        as(world.admin);
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GBK");
        String text = caseFile("01-accounts-gbk.csv", gbk);
        ImportReport fromGbk = accountImport.importFile("01-accounts-gbk.csv", accountsOf(text, "g" + world.id, gbk));
        assertTrue(fromGbk.imported(), () -> fromGbk.problems().toString());
        ImportReport fromUtf8 = accountImport.importFile("accounts.csv",
                accountsOf(text, "u" + world.id, StandardCharsets.UTF_8));
        assertTrue(fromUtf8.imported(), () -> fromUtf8.problems().toString());
        assertEquals(2, fromGbk.accounts().size());
        for (String person : List.of("chenjing-", "liuqiang-")) {
            var viaGbk = accounts.findByUsername(person + "g" + world.id).orElseThrow();
            var viaUtf8 = accounts.findByUsername(person + "u" + world.id).orElseThrow();
            assertEquals(viaUtf8.getFullName(), viaGbk.getFullName());
            assertEquals(viaUtf8.getUnit().getId(), viaGbk.getUnit().getId());
            assertEquals(viaUtf8.getRoles(), viaGbk.getRoles());
        }
        assertEquals("陈静", accounts.findByUsername("chenjing-g" + world.id).orElseThrow().getFullName(), "no mojibake");
    }

    @Test
    void aNoBreakSpacePastedFromAWebPageNeverReachesTheDatabase() throws IOException {
        as(world.admin);
        String code = world.id.toUpperCase();
        String units = caseFile("08-units-nbsp.csv", StandardCharsets.UTF_8)
                .replace("TSG", "TSG" + code).replace("DAG", "DAG" + code);
        assertTrue(units.contains("\u00A0"), "the case holds its NO-BREAK SPACEs");
        ImportReport report = accountImport.importFile("08-units-nbsp.csv", units.getBytes(StandardCharsets.UTF_8));
        assertTrue(report.imported(), () -> report.problems().toString());
        assertEquals("图书馆", administration.unitByCode("TSG" + code).orElseThrow().getName());
        assertEquals("档案馆", administration.unitByCode("DAG" + code).orElseThrow().getName());

        String name = caseFile("08b-unit-name-nbsp.csv", StandardCharsets.UTF_8).replace("DAG", "DAGB" + code);
        assertTrue(accountImport.importFile("08b.csv", name.getBytes(StandardCharsets.UTF_8)).imported());
        assertEquals("档案馆", administration.unitByCode("DAGB" + code).orElseThrow().getName());

        String inside = "单位代码,单位名称\nT\u00A0" + code + ",图书馆\n";
        ImportReport refused = accountImport.importFile("inside.csv", inside.getBytes(StandardCharsets.UTF_8));
        assertEquals("error.import.hidden", refused.problems().get(0).messageKey());
        assertEquals("T[U+00A0 NO-BREAK SPACE]" + code, refused.problems().get(0).arguments().get(0),
                "the message shows the character nobody can see");

        String fullWidth = "单位代码,单位名称\n" + toFullWidth("FW" + code) + ",全角代码单位\n";
        assertTrue(accountImport.importFile("fw.csv", fullWidth.getBytes(StandardCharsets.UTF_8)).imported());
        assertTrue(administration.unitByCode("FW" + code).isPresent(), "ＦＷ typed in full width is FW");
    }

    private static String toFullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
        return wide.toString();
    }

    @Test
    void anExcelFileOfAccountsIsImportedWithTemporaryPasswords() throws IOException {
        as(world.admin);
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("账号");
            String[][] rows = {{"用户名", "姓名", "单位代码", "角色", "电子邮件", "语言", "统一认证"},
                    {"x1-" + world.id, "导入一", world.leadUnit.getCode(), "UNIT_STAFF", "x1@college.test", "zh", "否"},
                    {"x2-" + world.id, "导入二", world.leadUnit.getCode(), "unit_head", "", "", "是"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        ImportReport report = accountImport.importFile("accounts.xlsx", workbook);
        assertTrue(report.imported(), () -> report.problems().toString());
        assertEquals(2, report.accounts().size());
        String temporary = report.accounts().get(0).temporaryPassword();
        assertEquals(12, temporary.length());
        assertEquals("", report.accounts().get(1).temporaryPassword(), "a directory account has no password here");
        Account x2 = accounts.findByUsername("x2-" + world.id).orElseThrow();
        assertTrue(x2.isDirectoryLogin());
        assertEquals(Set.of(Role.UNIT_HEAD), x2.getRoles());
        signIn.as("x1-" + world.id, temporary);
        assertTrue(accounts.findByUsername("x1-" + world.id).orElseThrow().isMustChangePassword());
    }

    @Test
    void guessingIsThrottledAfterFiveFailuresInFiveMinutesAndEveryFailureIsRecorded() {
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        ZonedDateTime start = ZonedDateTime.of(LocalDate.of(2031, 5, 6), LocalTime.of(10, 0), beijing);
        SettableClock.set(start);
        String victim = world.leadStaff.getUsername();
        for (int i = 0; i < 5; i++) {
            assertThrows(IllegalStateException.class, () -> signIn.as(victim, "guess-" + Math.random()));
        }
        assertThrows(IllegalStateException.class, () -> signIn.as(victim, Fixtures.PASSWORD),
                "locked: even the right password is refused");
        SettableClock.set(start.plusMinutes(4));
        assertThrows(IllegalStateException.class, () -> signIn.as(victim, Fixtures.PASSWORD), "still locked");
        SettableClock.set(start.plusMinutes(5).plusSeconds(1));
        signIn.as(victim, Fixtures.PASSWORD);

        SettableClock.reset();
        assertEquals(5, trailOf(victim, AuditKind.SIGN_IN_FAILED).size());
        assertEquals(2, trailOf(victim, AuditKind.SIGN_IN_LOCKED).size());
        assertEquals(1, trailOf(victim, AuditKind.SIGN_IN).size());
        assertEquals(0, trailOf(world.leadHead.getUsername(), AuditKind.SIGN_IN_FAILED).size(),
                "another account is not touched");
    }

    @Test
    void aRefusedObjectIsRecordedWithWhoAskedForWhat() {
        as(world.officeStaff);
        long id = workflow.draft(world.draft("越权记录 " + world.id, LocalDate.now().plusDays(20), List.of()), List.of());
        as(world.foreignHead);
        refused(AccessDeniedException.class, () -> queries.detail(id));
        List<AuditEvent> refusals = trailOf(world.foreignHead.getUsername(), AuditKind.REFUSED);
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).getSubject().contains("ItemQueries.detail(" + id + ")"), refusals.get(0).getSubject());
    }
}
