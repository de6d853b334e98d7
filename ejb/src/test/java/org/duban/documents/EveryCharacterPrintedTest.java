package org.duban.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.duban.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every CJK ideograph prints (GB 18030-2022 implementation level 3 for documents): the whole of the URO, Extension A
 * and Extension B as Unicode 10 has them, and the rare names of {@code cases/09-accounts-rare-names.csv}, each found
 * in the text read back from the PDF; a character no shipped font has stops the document.
 */
class EveryCharacterPrintedTest {

    private static final int PER_LINE = 40;

    @Test
    void theHanazonoFontsAreInTheApplication() {
        for (String font : List.of("HanaMinA.ttf", "HanaMinB.ttf", "copyright")) {
            assertNotNull(FontChain.class.getResource("/org/duban/documents/fonts/hanazono/" + font),
                    font + " is copied in by the build from Debian's fonts-hanazono: apt-get install fonts-hanazono");
        }
    }

    @Test
    void everyIdeographOfTheUroAndExtensionsAAndBIsInThePdfText() throws Exception {
        List<String> lines = new ArrayList<>();
        block(lines, 0x4E00, 0x9FEA);
        block(lines, 0x3400, 0x4DB5);
        block(lines, 0x20000, 0x2A6D6);
        String names;
        try (InputStream in = getClass().getResourceAsStream("/cases/09-accounts-rare-names.csv")) {
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        lines.add(names);
        Pdf pdf = new Pdf(false).heading("示范学院", "字库测试", "GB 18030-2022");
        lines.forEach(pdf::paragraph);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.finish())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
        List<String> missing = new ArrayList<>();
        for (String line : lines) {
            line.replaceAll("\\s", "").codePoints().filter(c -> Character.isIdeographic(c))
                    .filter(c -> text.indexOf(new String(Character.toChars(c))) < 0)
                    .limit(20).forEach(c -> missing.add(String.format("U+%04X", c)));
        }
        assertTrue(missing.isEmpty(), "not in the PDF's text: " + missing);
        assertTrue(text.contains("王𠮷") && text.contains("李䶮"), "the names of case 09");
    }

    @Test
    void aFontFileTakenByACleanerOfTemporaryFilesIsCopiedAgain() throws Exception {
        assertTrue(textOf(new Pdf(false).paragraph("督办事项交办单").finish()).contains("督办事项交办单"));
        java.nio.file.Path copy = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "duban-fonts", "uming.ttc");
        java.nio.file.Files.delete(copy);
        assertTrue(textOf(new Pdf(false).paragraph("督办事项交办单").finish()).contains("督办事项交办单"));
        assertTrue(java.nio.file.Files.isRegularFile(copy));
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aCharacterNoFontHasStopsTheDocument() {
        DomainException refused = assertThrows(DomainException.class,
                () -> new Pdf(false).paragraph("负责人：张\uE000三"));
        assertEquals("error.document.glyphMissing", refused.getMessageKey());
        assertEquals(List.of("\uE000", "U+E000"), refused.getArguments());
    }

    private static void block(List<String> lines, int first, int last) {
        StringBuilder line = new StringBuilder();
        IntStream.rangeClosed(first, last).forEach(c -> {
            line.appendCodePoint(c);
            if (line.codePointCount(0, line.length()) == PER_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
        });
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
    }
}
