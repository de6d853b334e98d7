package org.duban.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The layout of a document read back from the PDF: Chinese line-breaking rules, page numbers, the number on later pages. */
class PdfLayoutTest {

    @Test
    void noClosingMarkStartsALineAndNoOpeningMarkEndsOne() throws Exception {
        Pdf pdf = new Pdf(false).heading("示范学院", "避头尾", "督办〔2026〕1号-JB");
        // lines of every length, so that each mark falls at a line's end somewhere
        for (int i = 0; i < 40; i++) {
            pdf.paragraph("各单位" + "按".repeat(i % 11) + "时报送（第" + i + "批）材料，整改清单、佐证材料齐全；经核查：符合要求。"
                    .repeat(3));
        }
        List<String> lines = lines(pdf.finish(), 1, Integer.MAX_VALUE);
        for (String line : lines) {
            assertFalse(!line.isEmpty() && "。，、；：）".indexOf(line.charAt(0)) >= 0, "a line starts with a closing mark: " + line);
            assertFalse(line.endsWith("（"), "a line ends with an opening mark: " + line);
        }
    }

    @Test
    void everyPageHasItsNumberAndThePagesAfterTheFirstTheDocumentNumber() throws Exception {
        Pdf pdf = new Pdf(false).heading("示范学院", "多页文书", "督办〔2026〕7号-ZY");
        for (int i = 0; i < 120; i++) {
            pdf.paragraph("第" + i + "段：按期报送进展，逐项对照任务清单落实。");
        }
        byte[] bytes = pdf.finish();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertTrue(document.getNumberOfPages() >= 3, "long enough: " + document.getNumberOfPages());
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<String> lines = lines(bytes, page, page);
                assertTrue(lines.contains("— " + page + " —"), "page " + page + ": " + lines);
                assertEquals(page > 1, lines.contains("督办〔2026〕7号-ZY") && !lines.contains("多页文书"),
                        "page " + page + " names the document on top: " + lines);
            }
        }
    }

    private static List<String> lines(byte[] pdf, int from, int to) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(Math.min(to, document.getNumberOfPages()));
            return Arrays.stream(stripper.getText(document).split("\\R")).map(String::strip).toList();
        }
    }
}
