package org.duban.organization;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.shared.DomainException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rows of an import file, CSV (UTF-8) or Excel (.xlsx, first sheet), as text cells with the line each starts on. */
final class ImportRows {

    /** One row; {@code line} is where it starts in the file (a quoted CSV cell may span lines), the header being 1. */
    record Row(int line, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    static final int MAX_ROWS = 5000;

    private ImportRows() {
    }

    static List<Row> read(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<Row> rows = name.endsWith(".xlsx") ? excel(bytes) : csv(bytes);
        if (rows.size() > MAX_ROWS + 1) {
            throw new DomainException("error.import.tooManyRows", MAX_ROWS);
        }
        return rows;
    }

    private static List<Row> excel(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<Row> rows = new ArrayList<>();
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS + 1); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)).strip());
                }
                rows.add(new Row(r + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new DomainException("error.import.unreadable");
        }
    }

    private static List<Row> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("error.import.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++; // a line break: LF, CR alone, or the LF of CR LF
            }
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                    line++;
                }
                row.add(cell.toString().strip());
                cell.setLength(0);
                rows.add(new Row(rowStart, row));
                row = new ArrayList<>();
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString().strip());
            rows.add(new Row(rowStart, row));
        }
        return rows;
    }
}
