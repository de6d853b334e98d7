package org.duban.tabular;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.shared.DomainException;
import org.duban.shared.TypedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The one reader of every import, over the files offices make: the cases of ../shared/cases (copied under
 * src/test/resources/cases), encodings, separators, workbooks, the ways a day is written and the kinds of space.
 */
class TabularFileTest {

    private static final Table.Column LOGIN = Table.Column.of("login", "用户名", "login");
    private static final Table.Column NAME = Table.Column.of("name", "姓名", "name");
    private static final Table.Column UNIT = Table.Column.of("unit", "单位代码", "unit");

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TabularFileTest.class.getResourceAsStream("/cases/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<List<String>> cells(List<TabularFile.Row> rows) {
        return rows.stream().map(TabularFile.Row::cells).toList();
    }

    @Test
    void aGbkFileFromExcelOnChineseWindowsReadsAsTheSameRowsAsItsUtf8Twin() throws IOException {
        byte[] gbk = resource("01-accounts-gbk.csv");
        assertThrows(Exception.class, () -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(gbk)),
                "the case is really not UTF-8");
        String text = new String(gbk, Charset.forName("GBK"));
        List<TabularFile.Row> fromGbk = TabularFile.read(gbk);
        assertEquals(cells(TabularFile.read(text.getBytes(StandardCharsets.UTF_8))), cells(fromGbk));
        assertEquals(cells(TabularFile.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))), cells(fromGbk));
        Table table = Table.of(fromGbk, false, LOGIN, NAME, UNIT);
        assertEquals(2, table.rows().size());
        assertEquals("陈静", table.cell(table.rows().get(0), "name"));
        assertEquals(2, table.rows().get(0).line());
    }

    @Test
    void textThatIsNeitherUtf8NorGb18030IsRefusedNotStoredAsMojibake() {
        byte[] latin1Controls = {'a', ',', (byte) 0x81, 0x01, '\n'};
        DomainException refused = assertThrows(DomainException.class, () -> TabularFile.read(latin1Controls));
        assertEquals("error.import.encoding", refused.getMessageKey());
    }

    @Test
    void utf16UnicodeTextFromExcelIsTabSeparated() {
        byte[] bytes = "用户名\t姓名\t单位代码\r\nwang\t王𠮷\tJW\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[bytes.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(bytes, 0, withBom, 2, bytes.length);
        Table table = Table.of(TabularFile.read(withBom), false, LOGIN, NAME, UNIT);
        assertEquals(List.of("wang", "王𠮷", "JW"), table.rows().get(0).cells());
    }

    @Test
    void aChineseHeaderIsRecognisedAndExcelsDatesReadAsDays() throws IOException {
        Table.Column date = Table.Column.of("date", "日期", "date");
        Table.Column kind = Table.Column.of("kind", "类型", "kind");
        Table.Column name = Table.Column.optional("name", "名称", "name");
        Table withHeader = Table.of(TabularFile.read(resource("05-holidays-2026-excel.csv")), true, date, kind, name);
        Table without = Table.of(TabularFile.read(resource("05b-holidays-2026-excel-noheader.csv")), true, date, kind, name);
        assertEquals(39, withHeader.rows().size());
        assertEquals(39, without.rows().size());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), WrittenDay.parse(withHeader.cell(withHeader.rows().get(0), "date")));
        assertEquals(2, withHeader.rows().get(0).line());
        assertEquals(1, without.rows().get(0).line());
        for (int i = 0; i < 39; i++) {
            assertEquals(withHeader.cell(withHeader.rows().get(i), "date"), without.cell(without.rows().get(i), "date"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-1-1", "2026/1/1", "2026.1.1", "2026年1月1日", "2026年01月01日",
            "２０２６／１／１", "2026/1/1 0:00", "2026-01-01 00:00:00", " 2026/1/1\u00A0"})
    void aDayIsReadAsPeopleAndExcelWriteIt(String written) {
        assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), WrittenDay.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-2-30", "1/1/2026", "2026", "明年元旦", "", "2026-13-01"})
    void whatNamesNoDayIsNoDay(String written) {
        assertEquals(Optional.empty(), WrittenDay.parse(written));
    }

    @Test
    void everyKindOfSpaceIsTrimmedAndHiddenOnesAreNamed() throws IOException {
        List<TabularFile.Row> units = TabularFile.read(resource("08-units-nbsp.csv"));
        assertEquals("TSG", units.get(1).cell(0), "the NO-BREAK SPACE after the code is gone");
        List<TabularFile.Row> names = TabularFile.read(resource("08b-unit-name-nbsp.csv"));
        assertTrue(names.stream().flatMap(row -> row.cells().stream()).noneMatch(TypedText::hasHidden), cells(names).toString());
        assertEquals("JW", TypedText.trimmed("\u3000\u200BJW\u00A0\u2060\uFEFF "));
        assertEquals("JW", TypedText.canonical("ＪＷ"));
        assertEquals("chen@example.edu.cn", TypedText.folded("ＣＨＥＮ＠example.edu.cn\u200B"));
        assertEquals("T SG[U+00A0 NO-BREAK SPACE]X", TypedText.shown("T SG\u00A0X"));
        assertEquals("A[U+200B ZERO WIDTH SPACE]B", TypedText.shown("A\u200BB"));
    }

    @Test
    void quotedCellsSpanLinesAndRowsKeepTheLineTheyStartOn() {
        String text = "用户名,姓名,单位代码\n\"li\",\"李\n䶮\",JW\n\nwang,\"王,𠮷\",\"X\"\"G\"\n";
        List<TabularFile.Row> rows = TabularFile.read(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(1, 2, 5), rows.stream().map(TabularFile.Row::line).toList());
        assertEquals(List.of("li", "李\n䶮", "JW"), rows.get(1).cells());
        assertEquals(List.of("wang", "王,𠮷", "X\"G"), rows.get(2).cells());
    }

    @Test
    void lineBreaksOfEveryKindCountAndAByteOrderMarkIsNotPartOfTheHeader() {
        String text = "\uFEFFcode,name\r\nA,\"甲单位\r\n（二行）\"\r\nB,\"乙, \"\"丙\"\"\"\nC,丁\rD,戊";
        List<TabularFile.Row> rows = TabularFile.read(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(1, 2, 4, 5, 6), rows.stream().map(TabularFile.Row::line).toList());
        assertEquals("甲单位\r\n（二行）", rows.get(1).cell(1));
        assertEquals("乙, \"丙\"", rows.get(2).cell(1));
        assertEquals("", rows.get(3).cell(5), "a missing cell is empty");
        assertEquals("code", rows.get(0).cell(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t", ";", "，"})
    void theSeparatorIsTheFirstLines(String separator) {
        String text = String.join(separator, "用户名", "姓名", "单位代码") + "\n" + String.join(separator, "li", "李", "JW");
        assertEquals(List.of("li", "李", "JW"), TabularFile.read(text.getBytes(StandardCharsets.UTF_8)).get(1).cells());
    }

    @Test
    void aTitleRowAboveTheHeaderIsSkippedAndAnythingMoreIsRefused() {
        String titled = "2026年新进人员账号\n\n用户名,姓名,单位代码（必填）\nli,李,JW\n";
        Table table = Table.of(TabularFile.read(titled.getBytes(StandardCharsets.UTF_8)), false, LOGIN, NAME, UNIT);
        assertEquals("JW", table.cell(table.rows().get(0), "unit"));
        assertEquals(4, table.rows().get(0).line());

        String noted = "说明,请勿修改\n用户名,姓名,单位代码\nli,李,JW\n";
        DomainException above = assertThrows(DomainException.class, () ->
                Table.of(TabularFile.read(noted.getBytes(StandardCharsets.UTF_8)), false, LOGIN, NAME, UNIT));
        assertEquals("error.import.aboveHeader", above.getMessageKey());

        DomainException none = assertThrows(DomainException.class, () ->
                Table.of(TabularFile.read("li,李,JW\n".getBytes(StandardCharsets.UTF_8)), false, LOGIN, NAME, UNIT));
        assertEquals("error.import.header", none.getMessageKey());
        assertEquals("用户名、姓名、单位代码", none.getArguments().get(0));
    }

    @Test
    void englishHeadingsInAnyOrderAndCaseAreRecognised() {
        String text = "Unit,LOGIN,Name\nJW,li,李\n";
        Table table = Table.of(TabularFile.read(text.getBytes(StandardCharsets.UTF_8)), false, LOGIN, NAME, UNIT);
        assertEquals("li", table.cell(table.rows().get(0), "login"));
        assertEquals("JW", table.cell(table.rows().get(0), "unit"));
    }

    @Test
    void aWorkbookReadsDatesNumbersAndFormulasAsExcelShowsThem() throws IOException {
        for (Workbook workbook : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            try (workbook) {
                Sheet sheet = workbook.createSheet("节假日");
                Row header = sheet.createRow(0);
                header.createCell(0).setCellValue("日期");
                header.createCell(1).setCellValue("类型");
                header.createCell(2).setCellValue("天数");
                Row day = sheet.createRow(1);
                CellStyle dateStyle = workbook.createCellStyle();
                dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
                day.createCell(0).setCellValue(LocalDateTime.of(2026, 10, 1, 0, 0));
                day.getCell(0).setCellStyle(dateStyle);
                day.createCell(1).setCellValue("休\u00A0");
                day.createCell(2).setCellValue(7.0);
                day.createCell(3).setCellFormula("C2*2");
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                List<TabularFile.Row> rows = TabularFile.read(out.toByteArray());
                assertEquals(List.of("2026-10-01", "休", "7", "14"), rows.get(1).cells(), workbook.getClass().getSimpleName());
                assertEquals(2, rows.get(1).line());
            }
        }
    }

    @Test
    void aDateInChineseWindowsBuiltInFormatIsADay() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle chinese = workbook.createCellStyle();
            chinese.setDataFormat((short) 31); // yyyy"年"m"月"d"日", referred to by its id only
            Row row = workbook.createSheet().createRow(0);
            row.createCell(0).setCellValue(LocalDateTime.of(2026, 10, 1, 0, 0));
            row.getCell(0).setCellStyle(chinese);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            assertEquals(List.of("2026-10-01"), TabularFile.read(out.toByteArray()).get(0).cells());
        }
    }

    @Test
    void utf16WithoutItsByteOrderMarkIsRefusedNotReadAsText() {
        byte[] bytes = "用户名,姓名\nli,李\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("error.import.encoding", assertThrows(DomainException.class, () -> TabularFile.read(bytes))
                .getMessageKey());
    }

    @Test
    void codesMayHoldNoHiddenSpaceButProseMayHoldIdeographicSpacesAndLines() {
        String text = "用户名,姓名,单位代码\nli,王\u3000伟,JW\nwang\u00A0x,王二,JW\nzhao,赵\u200B三,JW\n";
        Table table = Table.of(TabularFile.read(text.getBytes(StandardCharsets.UTF_8)), false, LOGIN, NAME, UNIT);
        java.util.Set<String> codes = java.util.Set.of("login", "unit");
        java.util.Set<String> prose = java.util.Set.of("name");
        assertEquals(Optional.empty(), table.hidden(table.rows().get(0), codes, prose), "王　伟 as rosters pad it");
        assertEquals(Optional.of("wang[U+00A0 NO-BREAK SPACE]x"), table.hidden(table.rows().get(1), codes, prose));
        assertEquals(Optional.of("赵[U+200B ZERO WIDTH SPACE]三"), table.hidden(table.rows().get(2), codes, prose));
        Table spaced = Table.of(TabularFile.read("用户名,姓名,单位代码\nx,a\u00A0b,J\n".getBytes(StandardCharsets.UTF_8)),
                false, LOGIN, NAME, UNIT);
        assertEquals("a b", spaced.text(spaced.rows().get(0), "name"), "a NO-BREAK SPACE in prose is a plain space");
    }

    @Test
    void aDamagedWorkbookOrNothingAtAllIsRefused() {
        assertEquals("error.import.unreadable", assertThrows(DomainException.class,
                () -> TabularFile.read(new byte[]{'P', 'K', 3, 4, 0, 0})).getMessageKey());
        assertEquals("error.import.empty", assertThrows(DomainException.class,
                () -> TabularFile.read(new byte[0])).getMessageKey());
    }
}
