package org.duban.tabular;

import org.duban.shared.TypedText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.duban.shared.DomainException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of a file that an office made, whatever made it: the one reader of every import (units, accounts, the
 * working-day calendar, a meeting's decisions).
 * <ul>
 *   <li>A workbook (.xlsx, also as WPS writes it, or the older .xls; recognised by its content, not its name): the
 *       first sheet; a date cell reads as {@code 2026-01-01}, a number as Excel shows it without its format
 *       ({@code 12}, not {@code 12.0}), a formula as its last computed value.</li>
 *   <li>Text (CSV, or the tab-separated "Unicode text" Excel also saves): UTF-8 with or without a byte-order mark,
 *       UTF-16 with one, else GB18030 (which includes GBK, what Excel on a Chinese Windows writes as "CSV (逗号分隔)");
 *       text that is none of them is refused, never stored as mojibake. Quotes as RFC 4180 (Apache Commons CSV); the
 *       separator is the first line's: comma, tab, semicolon or full-width comma.</li>
 * </ul>
 * Every cell is trimmed of spaces of any kind ({@link TypedText#trimmed}); blank rows are left out; each row keeps the
 * line (text) or row number (workbook) it starts on, for messages.
 *
 * @throws DomainException {@code error.import.empty}, {@code error.import.tooManyRows} (over {@link #MAX_ROWS}),
 *                         {@code error.import.unreadable} (a damaged workbook or text), {@code error.import.encoding}
 */
public final class TabularFile {

    /** The most data rows a file may hold (a college's accounts, a year's decisions). */
    public static final int MAX_ROWS = 5000;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final char[] SEPARATORS = {',', '\t', ';', '，'};

    private TabularFile() {
    }

    /** One row of cells; {@code line} is where it starts (a quoted CSV cell may span lines), the file's first being 1. */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in the column (from 0), trimmed; empty past the row's end. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        /** The cells that hold something. */
        public long filled() {
            return cells.stream().filter(cell -> !cell.isEmpty()).count();
        }
    }

    /** The file's rows that hold something, in order. */
    public static List<Row> read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainException("error.import.empty");
        }
        List<Row> rows = isWorkbook(bytes) ? workbook(bytes) : text(decoded(bytes));
        if (rows.size() > MAX_ROWS + 1) {
            throw new DomainException("error.import.tooManyRows", MAX_ROWS);
        }
        return rows;
    }

    /** A ZIP (.xlsx) or an OLE2 compound file (.xls), by their first bytes. */
    private static boolean isWorkbook(byte[] bytes) {
        return bytes.length >= 4 && (bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
                || (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0);
    }

    private static List<Row> workbook(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true); // as Excel last showed it; POI need not know the function
            FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
            List<Row> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && rows.size() <= MAX_ROWS + 1; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(TypedText.trimmed(text(row.getCell(c), formatter, formulas)));
                }
                add(rows, new Row(r + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new DomainException("error.import.unreadable");
        }
    }

    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator formulas) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && (DateUtil.isCellDateFormatted(cell) || chineseDateFormat(cell))) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell, formulas);
    }

    /**
     * Excel's built-in date formats of a Chinese Windows (yyyy"年"m"月"d"日" and its kin: ids 27–31, 36, 50–54, 57, 58),
     * which POI does not count as dates when a workbook refers to them without defining them.
     */
    private static boolean chineseDateFormat(Cell cell) {
        short id = cell.getCellStyle().getDataFormat();
        return id >= 27 && id <= 31 || id == 36 || id >= 50 && id <= 54 || id == 57 || id == 58;
    }

    /** The text of the bytes: UTF-8 (BOM or none), UTF-16 with its BOM, else GB18030 — strictly, or refused. */
    static String decoded(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strictly(bytes, 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return strictly(bytes, 0, StandardCharsets.UTF_16); // the BOM says which end first, and is dropped
        }
        try {
            String text = decode(bytes, 0, StandardCharsets.UTF_8);
            if (text.indexOf('\0') >= 0) {
                throw new DomainException("error.import.encoding"); // UTF-16 without its byte-order mark
            }
            return text;
        } catch (CharacterCodingException notUtf8) {
            try {
                String text = decode(bytes, 0, GB18030);
                // what Big5 or Latin-1 bytes decode to in GB18030: controls, private-use or unassigned characters
                if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                        || Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.UNASSIGNED)) {
                    throw new DomainException("error.import.encoding");
                }
                return text;
            } catch (CharacterCodingException notGb18030) {
                throw new DomainException("error.import.encoding");
            }
        }
    }

    private static String strictly(byte[] bytes, int offset, Charset charset) {
        try {
            return decode(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new DomainException("error.import.encoding");
        }
    }

    private static String decode(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static List<Row> text(String text) {
        // blank lines are rows too (left out below), so that each row starts on the line after the previous one
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(false)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            long endOfLast = 0; // the line breaks read when the previous row ended
            for (CSVRecord record : parser) {
                int line = (int) endOfLast + 1;
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(TypedText.trimmed(cell)));
                add(rows, new Row(line, cells));
                endOfLast = parser.getCurrentLineNumber();
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new DomainException("error.import.unreadable");
        }
        return rows;
    }

    /** The separator the first non-blank line uses most: comma, tab, semicolon or full-width comma. */
    private static char separator(String text) {
        String first = text.lines().filter(line -> !TypedText.trimmed(line).isEmpty()).findFirst().orElse("");
        char best = ',';
        long most = 0;
        for (char separator : SEPARATORS) {
            long count = first.chars().filter(c -> c == separator).count();
            if (count > most) {
                best = separator;
                most = count;
            }
        }
        return best;
    }

    private static void add(List<Row> rows, Row row) {
        if (row.filled() > 0) {
            rows.add(row);
        }
    }
}
