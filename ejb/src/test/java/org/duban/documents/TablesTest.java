package org.duban.documents;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Any table to Excel and PDF: Chinese headers kept, formulas neutralised, a real PDF with the font embedded. */
class TablesTest {

    @Test
    void excelKeepsChineseHeadersAndNeutralisesFormulas() throws Exception {
        byte[] xlsx = Tables.xlsx("统计", List.of("责任单位", "办结"), List.of(List.of("=1+1", "3"), List.of("教务处", "-2")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("统计");
            assertEquals("责任单位", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("'=1+1", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("'-2", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("教务处", sheet.getRow(2).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aPdfIsMadeWithTheFontEmbedded() {
        byte[] pdf = Tables.pdf("示范学院", "统计考核", "2026-01-01 – 2026-12-31", null, List.of("责任单位", "办结"),
                List.of(List.of("教务处", "3")));
        String head = new String(pdf, 0, 8, StandardCharsets.ISO_8859_1);
        assertTrue(head.startsWith("%PDF-"), head);
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("FontFile2"), "the font travels with the file");
    }
}
