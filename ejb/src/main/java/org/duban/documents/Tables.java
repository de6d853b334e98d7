package org.duban.documents;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Any table as a spreadsheet (xlsx) or a PDF (A4 landscape, Chinese font), headers first. A text a spreadsheet
 * would run as a formula (= + - @) is neutralised with a leading apostrophe.
 */
public final class Tables {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Tables() {
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName.replaceAll("[\\\\/?*\\[\\]:]", "-"));
            List<List<String>> lines = new ArrayList<>();
            lines.add(header);
            lines.addAll(rows);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    row.createCell(c).setCellValue(neutralised(line.get(c)));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A landscape PDF; widths are relative (null: equal). */
    public static byte[] pdf(String college, String title, String subtitle, float[] widths, List<String> header,
                             List<List<String>> rows) {
        float[] columns = widths;
        if (columns == null) {
            columns = new float[header.size()];
            Arrays.fill(columns, 1f);
        }
        return new Pdf(true).heading(college, title, subtitle).table(columns, header, rows).finish();
    }

    /** A text a spreadsheet would take for a formula gets a leading apostrophe. */
    public static String neutralised(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
