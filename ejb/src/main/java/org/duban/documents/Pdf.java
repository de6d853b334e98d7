package org.duban.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A PDF being drawn: headings, label/value rows and tables, each character in the first shipped font that has it
 * ({@link FontChain}), so Chinese renders on any server, rare names included.
 */
final class Pdf {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final PageMarks marks = new PageMarks();

    Pdf(boolean landscape) {
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out).setPageEvent(marks);
        document.open();
    }

    /**
     * Every page's number at its foot, "— N —" as GB/T 9704-2012 (7.5) writes it, and on the pages after the first
     * the document's number at the top, so that a loose page says what it belongs to.
     */
    private static final class PageMarks extends PdfPageEventHelper {
        private String number;

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float middle = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    FontChain.phrase("— " + writer.getPageNumber() + " —", 10.5f, Font.NORMAL), middle,
                    document.bottom() - 28, 0);
            if (writer.getPageNumber() > 1 && number != null) {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                        FontChain.phrase(number, 9, Font.NORMAL), document.right(), document.top() + 20, 0);
            }
        }
    }

    private static Phrase body(String text) {
        return FontChain.phrase(text == null ? "" : text, 11, Font.NORMAL);
    }

    private static Phrase bold(String text) {
        return FontChain.phrase(text == null ? "" : text, 11, Font.BOLD);
    }

    Pdf heading(String college, String title, String number) {
        marks.number = number;
        centered(college, 14);
        centered(title, 20);
        Paragraph numberLine = new Paragraph(body(number));
        numberLine.setAlignment(Element.ALIGN_RIGHT);
        numberLine.setSpacingAfter(12);
        document.add(numberLine);
        return this;
    }

    private void centered(String text, int size) {
        Paragraph paragraph = new Paragraph(FontChain.phrase(text, size, Font.BOLD));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(8);
        document.add(paragraph);
    }

    /** Label/value rows in a two-column table. */
    Pdf fields(List<String[]> rows) {
        PdfPTable table = new PdfPTable(new float[]{1, 4});
        table.setWidthPercentage(100);
        for (String[] row : rows) {
            table.addCell(cell(bold(row[0])));
            table.addCell(cell(body(row[1])));
        }
        document.add(table);
        return this;
    }

    Pdf paragraph(String text) {
        Paragraph paragraph = new Paragraph(body(text));
        paragraph.setSpacingBefore(10);
        paragraph.setFirstLineIndent(22);
        document.add(paragraph);
        return this;
    }

    Pdf subheading(String text) {
        Paragraph paragraph = new Paragraph(bold(text));
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
        return this;
    }

    /** A table with a header row; widths are relative. */
    Pdf table(float[] widths, List<String> header, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header.forEach(text -> table.addCell(cell(bold(text))));
        rows.forEach(row -> row.forEach(text -> table.addCell(cell(body(text)))));
        document.add(table);
        return this;
    }

    private static PdfPCell cell(Phrase text) {
        PdfPCell cell = new PdfPCell(text);
        cell.setPadding(5);
        cell.setBorder(Rectangle.BOX);
        return cell;
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }
}
