package org.duban.tabular;

import org.duban.shared.TypedText;
import org.duban.shared.DomainException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A file's rows read against the columns an import names: the header row recognised by its headings in Chinese or
 * English (in any order, marks of a required column such as {@code *} or {@code （必填）} ignored), a title row above it
 * skipped; each data row's cells then read by column.
 *
 * @throws DomainException {@code error.import.header} (no row names the columns; the message lists them),
 *                         {@code error.import.aboveHeader} (the line above the header holds more than a title)
 */
public final class Table {

    /** A column: its key (for the code), its headings (the first is the one the page names), required or not. */
    public record Column(String key, boolean required, List<String> headings) {

        public static Column of(String key, String... headings) {
            return new Column(key, true, List.of(headings));
        }

        public static Column optional(String key, String... headings) {
            return new Column(key, false, List.of(headings));
        }

        boolean named(String heading) {
            String typed = comparable(heading);
            return headings.stream().anyMatch(name -> comparable(name).equals(typed));
        }
    }

    /** How many rows from the top may hold titles before the header row. */
    private static final int TITLE_ROWS = 3;

    private final List<TabularFile.Row> data;
    private final Map<String, Integer> index;

    private Table(List<TabularFile.Row> data, Map<String, Integer> index) {
        this.data = data;
        this.index = index;
    }

    /**
     * The rows below the header row, read by the columns. When {@code headerOptional} and no row names the columns,
     * every row is data, its cells in the columns' order (a list kept without a header).
     */
    public static Table of(List<TabularFile.Row> rows, boolean headerOptional, Column... columns) {
        for (int r = 0; r < Math.min(rows.size(), TITLE_ROWS + 1); r++) {
            Optional<Map<String, Integer>> header = header(rows.get(r), columns);
            if (header.isPresent()) {
                for (TabularFile.Row above : rows.subList(0, r)) {
                    if (above.filled() > 1) {
                        throw new DomainException("error.import.aboveHeader", above.line(), rows.get(r).line());
                    }
                }
                return new Table(rows.subList(r + 1, rows.size()), header.get());
            }
        }
        if (headerOptional) {
            Map<String, Integer> index = new HashMap<>();
            for (int c = 0; c < columns.length; c++) {
                index.put(columns[c].key(), c);
            }
            return new Table(rows, index);
        }
        throw new DomainException("error.import.header", Arrays.stream(columns).filter(Column::required)
                .map(column -> column.headings().get(0)).collect(Collectors.joining("、")));
    }

    /** Whether the header row holds every required column's heading (of the first row that does, a title above). */
    private static Optional<Map<String, Integer>> header(TabularFile.Row row, Column... columns) {
        Map<String, Integer> index = new HashMap<>();
        for (Column column : columns) {
            for (int c = 0; c < row.cells().size(); c++) {
                if (column.named(row.cell(c))) {
                    index.putIfAbsent(column.key(), c);
                }
            }
            if (column.required() && !index.containsKey(column.key())) {
                return Optional.empty();
            }
        }
        return Optional.of(index);
    }

    /** The data rows, below the header. */
    public List<TabularFile.Row> rows() {
        return data;
    }

    /** The row's cell in the column with that key (empty when the file has no such column). */
    public String cell(TabularFile.Row row, String key) {
        Integer column = index.get(key);
        return column == null ? "" : row.cell(column);
    }

    /** The row's cell in the column, as prose: a NO-BREAK SPACE inside it is a plain space. */
    public String text(TabularFile.Row row, String key) {
        return cell(row, key).replace('\u00A0', ' ');
    }

    /**
     * The first cell of the row that holds what nobody can see, shown with it named ({@link TypedText#shown}): in a
     * column of {@code codes} (codes, logins, names to match, days, choices) any space but U+0020 as well; in a column of
     * {@code prose} only invisible characters ({@link TypedText#isInvisible}). Columns the import does not read are
     * not looked at.
     */
    public java.util.Optional<String> hidden(TabularFile.Row row, java.util.Set<String> codes, java.util.Set<String> prose) {
        for (String key : codes) {
            if (TypedText.hasHidden(cell(row, key))) {
                return java.util.Optional.of(TypedText.shown(cell(row, key)));
            }
        }
        for (String key : prose) {
            if (TypedText.hasInvisible(cell(row, key))) {
                return java.util.Optional.of(TypedText.shown(cell(row, key)));
            }
        }
        return java.util.Optional.empty();
    }

    /** A heading as compared: canonical, lower-case, without spaces or the marks of a required column. */
    private static String comparable(String heading) {
        return TypedText.folded(heading).replaceAll("[\\s*＊]|[(（](必填|required)[)）]", "");
    }
}
