package org.duban.it.support;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test only: the text a PDF gives back (PDFBox), to check what a document really prints. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * Each page of the document as a PNG under {@code target/documents/} ({@code name-1.png}, …), to be looked at as a
     * person would, at 110 dots per inch. Outside the server only: the browser tests call it.
     */
    public static void pages(byte[] pdf, String name) throws Exception {
        java.nio.file.Path directory = java.nio.file.Path.of("target", "documents");
        java.nio.file.Files.createDirectories(directory);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 110), "png",
                        directory.resolve(name + "-" + (page + 1) + ".png").toFile());
            }
        }
    }
}
