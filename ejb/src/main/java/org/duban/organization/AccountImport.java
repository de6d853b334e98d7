package org.duban.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.shared.DomainException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bulk import of units or accounts from a CSV or Excel file. The file is checked whole first; if any row is bad,
 * every bad row is reported with its line and nothing is imported. The header row says which kind the file holds:
 * {@code code,name} (单位代码,单位名称) or {@code login,name,unit,roles,email,language,directory}
 * (用户名,姓名,单位代码,角色,电子邮件,语言,统一认证).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountImport {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Set<String> UNIT_HEADER = Set.of("code", "单位代码");
    private static final Set<String> ACCOUNT_HEADER = Set.of("login", "用户名");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是");
    private static final Set<String> NO = Set.of("", "no", "n", "false", "0", "否");

    @EJB
    private Administration administration;

    @EJB
    private AuditLog audit;

    public ImportReport importFile(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainException("error.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DomainException("error.import.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        List<ImportRows.Row> rows = ImportRows.read(fileName, bytes);
        String first = rows.isEmpty() ? "" : rows.get(0).cell(0).toLowerCase(Locale.ROOT);
        ImportReport report;
        if (UNIT_HEADER.contains(first)) {
            report = units(rows);
        } else if (ACCOUNT_HEADER.contains(first)) {
            report = accounts(rows);
        } else {
            throw new DomainException("error.import.header");
        }
        if (report.imported()) {
            audit.record(AuditKind.ADMINISTRATION, "import " + fileName,
                    report.unitsCreated() + " units, " + report.accounts().size() + " accounts");
        }
        return report;
    }

    private ImportReport units(List<ImportRows.Row> rows) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            ImportRows.Row row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String code = row.cell(0);
            try {
                new Unit(code, row.cell(1));
                refuse(!codes.add(code.toLowerCase(Locale.ROOT)), "error.import.duplicate", code);
                refuse(administration.unitByCode(code).isPresent(), "error.unit.codeTaken");
            } catch (DomainException e) {
                problems.add(problem(row, e));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReport(problems, 0, List.of());
        }
        int created = 0;
        for (ImportRows.Row row : rows.subList(1, rows.size())) {
            if (!row.blank()) {
                administration.createUnit(row.cell(0), row.cell(1));
                created++;
            }
        }
        return new ImportReport(List.of(), created, List.of());
    }

    private ImportReport accounts(List<ImportRows.Row> rows) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        Set<String> logins = new HashSet<>();
        Map<Integer, AccountInput> inputs = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            ImportRows.Row row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            try {
                String login = row.cell(0);
                refuse(!logins.add(login.toLowerCase(Locale.ROOT)), "error.import.duplicate", login);
                refuse(administration.loginTaken(login), "error.account.usernameTaken");
                Unit unit = administration.unitByCode(row.cell(2)).orElse(null);
                refuse(unit == null || !unit.isActive(), "error.import.unit", row.cell(2));
                AccountInput input = new AccountInput(login, row.cell(1), unit.getId(), roles(row.cell(3)),
                        row.cell(4), language(row.cell(5)), yesOrNo(row.cell(6)));
                new Account(login, input.fullName(), unit, input.roles(), "unchecked")
                        .describe(input.fullName(), unit, input.roles(), input.email(), input.language(), false);
                inputs.put(i, input);
            } catch (DomainException e) {
                problems.add(problem(row, e));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReport(problems, 0, List.of());
        }
        List<ImportReport.Credential> created = new ArrayList<>();
        inputs.keySet().stream().sorted().map(inputs::get).forEach(input -> created.add(new ImportReport.Credential(
                input.username(), administration.createAccount(input).orElse(""))));
        return new ImportReport(List.of(), 0, created);
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : text.split("[;|、\\s]+")) {
            if (!name.isBlank()) {
                roles.add(Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(name)).findFirst()
                        .orElseThrow(() -> new DomainException("error.import.role", name)));
            }
        }
        return roles;
    }

    private static String language(String text) {
        String value = text.toLowerCase(Locale.ROOT);
        refuse(!Set.of("", "zh", "en").contains(value), "error.import.language", text);
        return value.isEmpty() ? null : value;
    }

    private static boolean yesOrNo(String text) {
        String value = text.toLowerCase(Locale.ROOT);
        refuse(!YES.contains(value) && !NO.contains(value), "error.import.yesOrNo", text);
        return YES.contains(value);
    }

    private static void refuse(boolean condition, String key, Object... arguments) {
        if (condition) {
            throw new DomainException(key, arguments);
        }
    }

    private static ImportReport.Problem problem(ImportRows.Row row, DomainException e) {
        return new ImportReport.Problem(row.line(), e.getMessageKey(), e.getArguments());
    }
}
