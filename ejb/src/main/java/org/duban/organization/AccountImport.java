package org.duban.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.shared.DomainException;
import org.duban.shared.TypedText;
import org.duban.tabular.Table;
import org.duban.tabular.Table.Column;
import org.duban.tabular.TabularFile;
import org.duban.tabular.TabularFile.Row;

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
 * Bulk import of units or accounts from a CSV or Excel file, read by {@link TabularFile}. The file is checked whole
 * first; if any row is bad, every bad row is reported with its line and nothing is imported. The header row says which
 * kind the file holds, by its headings in any order: 单位代码,单位名称 ({@code code,name}) or
 * 用户名,姓名,单位代码,角色,电子邮件,语言,统一认证 ({@code login,name,unit,roles,email,language,directory}). Codes,
 * logins and e-mail addresses are read in their canonical form (full-width ＪＷ is JW, {@link TypedText#canonical}); a cell
 * that still holds a character nobody can see is refused with the character named.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountImport {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Column[] UNIT_COLUMNS = {Column.of("code", "单位代码", "code", "unit code"),
            Column.of("name", "单位名称", "name", "名称", "unit name")};
    private static final Column[] ACCOUNT_COLUMNS = {Column.of("login", "用户名", "login", "username", "账号"),
            Column.of("name", "姓名", "name", "full name"), Column.of("unit", "单位代码", "unit", "unit code"),
            Column.optional("roles", "角色", "roles", "role"), Column.optional("email", "电子邮件", "email", "e-mail", "邮箱"),
            Column.optional("language", "语言", "language"), Column.optional("directory", "统一认证", "directory", "ldap")};
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
        List<Row> rows = TabularFile.read(bytes);
        ImportReport report;
        Table accounts = table(rows, ACCOUNT_COLUMNS);
        if (accounts != null) {
            report = accounts(accounts);
        } else {
            Table units = table(rows, UNIT_COLUMNS);
            if (units == null) {
                throw new DomainException("error.import.header", "用户名、姓名、单位代码 / 单位代码、单位名称");
            }
            report = units(units);
        }
        if (report.imported()) {
            audit.record(AuditKind.ADMINISTRATION, "import " + fileName,
                    report.unitsCreated() + " units, " + report.accounts().size() + " accounts");
        }
        return report;
    }

    /** The file read as that kind, or null when its header names other columns. */
    private static Table table(List<Row> rows, Column... columns) {
        try {
            return Table.of(rows, false, columns);
        } catch (DomainException e) {
            if ("error.import.header".equals(e.getMessageKey())) {
                return null;
            }
            throw e;
        }
    }

    private ImportReport units(Table table) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Row row : table.rows()) {
            String code = TypedText.canonical(table.cell(row, "code"));
            try {
                refuseHidden(table, row, Set.of("code"), Set.of("name"));
                new Unit(code, table.text(row, "name"));
                refuse(!codes.add(code.toLowerCase(Locale.ROOT)), "error.import.duplicate", code);
                refuse(administration.unitByCode(code).isPresent(), "error.unit.codeTaken");
            } catch (DomainException e) {
                problems.add(problem(row, e));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReport(problems, 0, List.of());
        }
        for (Row row : table.rows()) {
            administration.createUnit(TypedText.canonical(table.cell(row, "code")), table.text(row, "name"));
        }
        return new ImportReport(List.of(), table.rows().size(), List.of());
    }

    private ImportReport accounts(Table table) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        Set<String> logins = new HashSet<>();
        List<AccountInput> inputs = new ArrayList<>();
        for (Row row : table.rows()) {
            try {
                refuseHidden(table, row, Set.of("login", "unit", "roles", "email", "language", "directory"),
                        Set.of("name"));
                String login = TypedText.canonical(table.cell(row, "login"));
                refuse(!logins.add(login.toLowerCase(Locale.ROOT)), "error.import.duplicate", login);
                refuse(administration.loginTaken(login), "error.account.usernameTaken");
                String unitCode = TypedText.canonical(table.cell(row, "unit"));
                Unit unit = administration.unitByCode(unitCode).orElse(null);
                refuse(unit == null || !unit.isActive(), "error.import.unit", unitCode);
                AccountInput input = new AccountInput(login, table.text(row, "name"), unit.getId(),
                        roles(TypedText.canonical(table.cell(row, "roles"))), TypedText.canonical(table.cell(row, "email")),
                        language(TypedText.canonical(table.cell(row, "language"))),
                        yesOrNo(TypedText.canonical(table.cell(row, "directory"))));
                new Account(login, input.fullName(), unit, input.roles(), "unchecked")
                        .describe(input.fullName(), unit, input.roles(), input.email(), input.language(), false);
                inputs.add(input);
            } catch (DomainException e) {
                problems.add(problem(row, e));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReport(problems, 0, List.of());
        }
        List<ImportReport.Credential> created = new ArrayList<>();
        inputs.forEach(input -> created.add(new ImportReport.Credential(
                input.username(), administration.createAccount(input).orElse(""))));
        return new ImportReport(List.of(), 0, created);
    }

    /** A cell the import reads that holds, inside it, what nobody can see: refused, the character named. */
    private static void refuseHidden(Table table, Row row, Set<String> codes, Set<String> prose) {
        table.hidden(row, codes, prose).ifPresent(shown -> {
            throw new DomainException("error.import.hidden", shown);
        });
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

    private static ImportReport.Problem problem(Row row, DomainException e) {
        return new ImportReport.Problem(row.line(), e.getMessageKey(), e.getArguments());
    }
}
