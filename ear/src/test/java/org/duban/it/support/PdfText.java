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
}
