package org.duban.item;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.duban.calendar.Calendars;
import org.duban.calendar.WorkingCalendar;
import org.duban.organization.Account;
import org.duban.organization.Directory;
import org.duban.organization.Unit;
import org.duban.shared.DomainException;
import org.duban.shared.TypedText;
import org.duban.tabular.Table;
import org.duban.tabular.Table.Column;
import org.duban.tabular.TabularFile;
import org.duban.tabular.WrittenDay;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.duban.organization.Role.Names.OFFICE_DIRECTOR;
import static org.duban.organization.Role.Names.OFFICE_STAFF;

/**
 * A meeting's decisions registered in one go (第五条 items 4 and 5: 党委会、院长办公会、党政联席会议议定事项, 年度工作目标
 * and plans): a sheet with one matter a row is checked whole — units and leaders matched by name or code, the
 * deadline after today and on a working day or flagged — and, when no row is wrong, every row becomes a draft at once,
 * its source the meeting, in one transaction; the drafts then go through the seven steps as any other. The sheet is
 * read by {@link TabularFile}; its columns are {@link #COLUMNS}, the first heading of each the one the template names.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
public class DecisionImport {

    /** The sheet's columns, in the template's order. */
    public static final List<Column> COLUMNS = List.of(
            Column.of("title", "事项名称", "title", "事项", "标题"),
            Column.optional("category", "类别", "category"),
            Column.optional("source", "来源", "source", "会议"),
            Column.optional("reference", "纪要编号", "minute number", "会议纪要编号", "文号"),
            Column.optional("tasks", "主要任务", "tasks", "main tasks"),
            Column.optional("targets", "量化指标", "targets", "quantified targets"),
            Column.of("leadUnit", "牵头单位", "lead unit", "责任单位"),
            Column.optional("coUnits", "协办单位", "co-units", "配合单位"),
            Column.optional("leader", "分管领导", "leader", "leader in charge"),
            Column.of("due", "完成时限", "deadline", "due"),
            Column.optional("priority", "紧急程度", "priority"),
            Column.optional("cycle", "报送周期", "reporting cycle", "cycle"));

    private static final Map<String, Category> CATEGORIES = aliases(Map.of(
            Category.MEETING, List.of("会议议定事项", "议定事项", "会议", "党委会", "院长办公会", "党政联席会议"),
            Category.PLAN, List.of("年度工作目标", "工作目标", "年度目标", "计划", "短期计划", "项目任务"),
            Category.POLICY, List.of("路线方针政策", "政策", "会议精神"),
            Category.DEPLOYMENT, List.of("工作部署", "部署", "决定事项"),
            Category.INSTRUCTION, List.of("领导批示", "批示", "交办事项", "交办"),
            Category.DOCUMENT, List.of("文件", "规章制度", "文件事项"),
            Category.PETITION, List.of("反映问题", "师生反映"),
            Category.OTHER, List.of("其它", "其他", "其它重要事项")));
    private static final Map<String, Priority> PRIORITIES = aliases(Map.of(
            Priority.NORMAL, List.of("一般", "普通"), Priority.IMPORTANT, List.of("重要"), Priority.URGENT, List.of("紧急", "特急")));
    private static final Map<String, ReportingCycle> CYCLES = aliases(Map.of(
            ReportingCycle.NONE, List.of("不定期", "无", "不报送"), ReportingCycle.WEEKLY, List.of("每周", "周"),
            ReportingCycle.MONTHLY, List.of("每月", "月"), ReportingCycle.QUARTERLY, List.of("每季度", "季度", "每季")));

    /** Why a row cannot become a draft, or what the office should know of it: a bundle key with its arguments. */
    public record Finding(String messageKey, List<Object> arguments) implements Serializable {
    }

    /** One row as checked: what it names, and its problems (the sheet is refused) and warnings (it is not). */
    public record CheckedRow(int line, String title, String leadUnit, String leader, LocalDate due,
                             List<Finding> problems, List<Finding> warnings) implements Serializable {
    }

    /** The sheet as checked, every row. */
    public record CheckedSheet(List<CheckedRow> rows) implements Serializable {

        /** Whether every row can become a draft now. */
        public boolean ready() {
            return !rows.isEmpty() && rows.stream().allMatch(row -> row.problems().isEmpty());
        }

        public long problems() {
            return rows.stream().filter(row -> !row.problems().isEmpty()).count();
        }
    }

    @EJB
    private Directory directory;
    @EJB
    private Calendars calendars;
    @EJB
    private ItemWorkflow workflow;
    @Inject
    private Clock clock;

    /**
     * Checks every row; nothing is created. {@code meeting} and {@code minuteNumber} are the source and reference of a
     * row that names none.
     *
     * @throws DomainException the file cannot be read as a table with these columns ({@code error.import.*})
     */
    public CheckedSheet check(byte[] sheet, String meeting, String minuteNumber) {
        return read(sheet, meeting, minuteNumber).checked();
    }

    /**
     * Creates every row as a draft, all or none, after checking the sheet again.
     *
     * @return the new items' ids, in the sheet's order
     * @throws DomainException {@code error.decision.notReady} when a row is wrong (check it first)
     */
    public List<Long> create(byte[] sheet, String meeting, String minuteNumber) {
        Reading reading = read(sheet, meeting, minuteNumber);
        if (!reading.checked().ready()) {
            throw new DomainException("error.decision.notReady", reading.checked().problems());
        }
        List<Long> ids = new ArrayList<>();
        for (DraftInput draft : reading.drafts()) {
            ids.add(workflow.draft(draft, List.of()));
        }
        return ids;
    }

    private record Reading(CheckedSheet checked, List<DraftInput> drafts) {
    }

    private Reading read(byte[] sheet, String meeting, String minuteNumber) {
        Table table = Table.of(TabularFile.read(sheet), false, COLUMNS.toArray(Column[]::new));
        if (table.rows().isEmpty()) {
            throw new DomainException("error.decision.empty");
        }
        Names names = new Names(directory.workingUnits(), directory.leaders());
        WorkingCalendar calendar = calendars.current();
        LocalDate today = LocalDate.now(clock);
        Set<String> titles = new HashSet<>();
        List<CheckedRow> rows = new ArrayList<>();
        List<DraftInput> drafts = new ArrayList<>();
        for (TabularFile.Row row : table.rows()) {
            List<Finding> problems = new ArrayList<>();
            List<Finding> warnings = new ArrayList<>();
            table.hidden(row, Set.of("leadUnit", "leader", "due", "category", "priority", "cycle"),
                    Set.of("title", "source", "reference", "tasks", "targets", "coUnits"))
                    .ifPresent(shown -> problems.add(new Finding("error.import.hidden", List.of(shown))));
            String title = table.text(row, "title");
            if (!title.isEmpty() && !titles.add(title)) {
                problems.add(new Finding("error.decision.duplicateTitle", List.of(title)));
            }
            Category category = choice(table.cell(row, "category"), CATEGORIES, Category.MEETING,
                    "error.decision.category", problems);
            Priority priority = choice(table.cell(row, "priority"), PRIORITIES, Priority.NORMAL,
                    "error.decision.priority", problems);
            ReportingCycle cycle = choice(table.cell(row, "cycle"), CYCLES, ReportingCycle.NONE,
                    "error.decision.cycle", problems);
            Unit lead = names.unit(table.cell(row, "leadUnit"), "error.decision.leadUnitRequired", problems);
            Set<Long> coUnits = new LinkedHashSet<>();
            for (String name : table.cell(row, "coUnits").split("[、,，;；/\\s\u3000\u00A0]+")) {
                if (!name.isBlank()) {
                    Optional.ofNullable(names.unit(name, null, problems)).ifPresent(unit -> coUnits.add(unit.getId()));
                }
            }
            Account leader = names.leader(table.cell(row, "leader"), problems);
            LocalDate due = due(table.cell(row, "due"), today, calendar, problems, warnings);
            List<QuantifiedTarget> targets = new ArrayList<>();
            try {
                targets = targets(table.text(row, "targets"));
                if (targets.isEmpty()) {
                    warnings.add(new Finding("warning.decision.noTargets", List.of()));
                }
                DraftInput draft = new DraftInput(category, or(table.text(row, "source"), meeting),
                        or(table.text(row, "reference"), minuteNumber), title, table.text(row, "tasks"), null, targets,
                        lead == null ? null : lead.getId(), coUnits, leader == null ? null : leader.getId(), priority,
                        due, cycle, List.of());
                // the draft's own rules, as the draft form meets them
                new ItemDraft(draft.category(), draft.source(), draft.sourceReference(), draft.title(), draft.mainTasks(),
                        null, targets, lead, coUnits.stream().map(names::unitById).collect(java.util.stream.Collectors.toSet()),
                        leader, priority, due, cycle, List.of());
                drafts.add(draft);
            } catch (DomainException e) {
                problems.add(new Finding(e.getMessageKey(), e.getArguments()));
            }
            rows.add(new CheckedRow(row.line(), title, lead == null ? table.cell(row, "leadUnit") : lead.getName(),
                    leader == null ? table.cell(row, "leader") : leader.getFullName(), due, problems, warnings));
        }
        return new Reading(new CheckedSheet(rows), drafts);
    }

    private static String or(String cell, String fallback) {
        return cell.isEmpty() ? TypedText.trimmed(fallback) : cell;
    }

    private static LocalDate due(String cell, LocalDate today, WorkingCalendar calendar, List<Finding> problems,
                                 List<Finding> warnings) {
        if (cell.isEmpty()) {
            problems.add(new Finding("error.decision.dueRequired", List.of()));
            return null;
        }
        Optional<LocalDate> due = WrittenDay.parse(cell);
        if (due.isEmpty()) {
            problems.add(new Finding("error.decision.due", List.of(TypedText.shown(cell))));
            return null;
        }
        if (!due.get().isAfter(today)) {
            problems.add(new Finding("error.decision.duePast", List.of(due.get())));
        } else if (!calendar.isWorkingDay(due.get())) {
            warnings.add(new Finding("warning.decision.restDay", List.of(due.get())));
        }
        return due.get();
    }

    /** 量化指标: one a line or between semicolons, each "what：how much" (the measure may be left out). */
    private static List<QuantifiedTarget> targets(String cell) {
        List<QuantifiedTarget> targets = new ArrayList<>();
        for (String target : cell.split("[;；\\n]+")) {
            String text = TypedText.trimmed(target);
            if (!text.isEmpty()) {
                String[] parts = text.split("[:：]", 2);
                targets.add(new QuantifiedTarget(parts[0], parts.length > 1 ? parts[1] : null));
            }
        }
        return targets;
    }

    private static <T> T choice(String cell, Map<String, T> choices, T absent, String key, List<Finding> problems) {
        if (cell.isEmpty()) {
            return absent;
        }
        T chosen = choices.get(TypedText.folded(cell));
        if (chosen == null) {
            problems.add(new Finding(key, List.of(TypedText.shown(cell))));
            return absent;
        }
        return chosen;
    }

    private static <T extends Enum<T>> Map<String, T> aliases(Map<T, List<String>> names) {
        Map<String, T> aliases = new HashMap<>();
        names.forEach((value, words) -> {
            aliases.put(value.name().toLowerCase(Locale.ROOT), value);
            words.forEach(word -> aliases.put(TypedText.folded(word), value));
        });
        return aliases;
    }

    /** The units work can be assigned to and the leaders, by the names and codes a sheet may use. */
    private static final class Names {

        private final Map<String, Unit> units = new HashMap<>();
        private final Map<Long, Unit> unitsById = new HashMap<>();
        private final Map<String, List<Account>> leaders = new HashMap<>();

        Names(List<Unit> units, List<Account> leaders) {
            for (Unit unit : units) {
                this.units.put(TypedText.folded(unit.getCode()), unit);
                this.units.put(TypedText.folded(unit.getName()), unit);
                unitsById.put(unit.getId(), unit);
            }
            for (Account leader : leaders) {
                for (String name : new HashSet<>(List.of(TypedText.folded(leader.getFullName()),
                        TypedText.folded(leader.getUsername())))) { // the same when the name is the login
                    this.leaders.computeIfAbsent(name, named -> new ArrayList<>()).add(leader);
                }
            }
        }

        Unit unit(String cell, String requiredKey, List<Finding> problems) {
            if (cell.isEmpty()) {
                if (requiredKey != null) {
                    problems.add(new Finding(requiredKey, List.of()));
                }
                return null;
            }
            Unit unit = units.get(TypedText.folded(cell));
            if (unit == null) {
                problems.add(new Finding("error.decision.unit", List.of(TypedText.shown(cell))));
            }
            return unit;
        }

        Unit unitById(Long id) {
            return unitsById.get(id);
        }

        Account leader(String cell, List<Finding> problems) {
            if (cell.isEmpty()) {
                return null;
            }
            List<Account> named = leaders.getOrDefault(TypedText.folded(cell), List.of());
            if (named.size() > 1) {
                problems.add(new Finding("error.decision.leaderAmbiguous", List.of(cell)));
                return null;
            }
            if (named.isEmpty()) {
                problems.add(new Finding("error.decision.leader", List.of(TypedText.shown(cell))));
                return null;
            }
            return named.get(0);
        }
    }
}
