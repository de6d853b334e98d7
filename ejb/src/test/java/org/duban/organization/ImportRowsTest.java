package org.duban.organization;

import org.duban.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ImportRowsTest {

    private static List<ImportRows.Row> csv(String text) {
        return ImportRows.read("units.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachRowKnowsTheLineItStartsOnEvenAfterACellThatSpansLines() {
        List<ImportRows.Row> rows = csv("\uFEFFcode,name\r\nA,\"甲单位\r\n（二行）\"\r\nB,\"乙, \"\"丙\"\"\"\nC,丁\rD,戊");
        assertEquals(List.of(1, 2, 4, 5, 6), rows.stream().map(ImportRows.Row::line).toList());
        assertEquals("甲单位\r\n（二行）", rows.get(1).cell(1));
        assertEquals("乙, \"丙\"", rows.get(2).cell(1));
        assertEquals("", rows.get(3).cell(5), "a missing cell is empty");
        assertEquals("code", rows.get(0).cell(0), "the byte order mark is not part of the header");
    }

    @Test
    void aFileThatIsNotUtf8OrNotExcelIsRefusedClearly() {
        byte[] gbk = "单位代码,单位名称".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertEquals("error.import.encoding", assertThrows(DomainException.class,
                () -> ImportRows.read("units.csv", gbk)).getMessageKey());
        assertEquals("error.import.unreadable", assertThrows(DomainException.class,
                () -> ImportRows.read("units.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8))).getMessageKey());
    }
}
