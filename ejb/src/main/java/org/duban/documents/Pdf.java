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
final class Pdf implements Layout {

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

    @Override
    public Pdf heading(String college, String title, String number) {
        marks.number = number;
        centered(college, 14);
        centered(title, 20);
        Paragraph numberLine = new Paragraph(body(number));
        numberLine.setAlignment(Element.ALIGN_RIGHT);
        numberLine.setSpacingAfter(12);
        document.add(numberLine);
        return this;
    }

    /** The red of an issuer's name and of the line under it (GB/T 9704-2012 7.2.3, 7.2.5). */
    private static final java.awt.Color RED = new java.awt.Color(0xC8, 0x10, 0x10);

    /**
     * The head of an official document (GB/T 9704-2012 7.2): the issuer's name in red and large (发文机关标志), the
     * document's number under it (发文字号), and a red line across (分隔线).
     */
    @Override
    public Pdf officialHead(String issuer, String number) {
        marks.number = number;
        Paragraph name = new Paragraph(FontChain.phrase(issuer, 26, Font.BOLD, RED));
        name.setAlignment(Element.ALIGN_CENTER);
        name.setSpacingAfter(14);
        document.add(name);
        Paragraph numberLine = new Paragraph(FontChain.phrase(number, 14, Font.NORMAL));
        numberLine.setAlignment(Element.ALIGN_CENTER);
        document.add(numberLine);
        document.add(new Paragraph(new com.lowagie.text.Chunk(
                new com.lowagie.text.pdf.draw.LineSeparator(2f, 100, RED, Element.ALIGN_CENTER, -4))));
        return this;
    }

    /** The title (标题), centred, under the head. */
    @Override
    public Pdf title(String text) {
        Paragraph title = new Paragraph(FontChain.phrase(text, 18, Font.BOLD));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(18);
        title.setSpacingAfter(12);
        document.add(title);
        return this;
    }

    /** Whom it is addressed to (主送机关), at the left margin, ending in a colon. */
    @Override
    public Pdf addressee(String text) {
        Paragraph addressee = new Paragraph(body(text + "："));
        addressee.setSpacingBefore(6);
        document.add(addressee);
        return this;
    }

    /** The issuer and the date, right-aligned under the text (发文机关署名, 成文日期: 2026年1月5日). */
    @Override
    public Pdf signature(String issuer, String date) {
        for (String line : List.of(issuer, date)) {
            Paragraph paragraph = new Paragraph(body(line));
            paragraph.setAlignment(Element.ALIGN_RIGHT);
            paragraph.setIndentationRight(28);
            paragraph.setSpacingBefore(line.equals(issuer) ? 28 : 2);
            document.add(paragraph);
        }
        return this;
    }

    /** The notes at the foot (版记, GB/T 9704-2012 8): 抄送, then who printed it and when, between lines. */
    @Override
    public Pdf distribution(String copiedTo, String printedBy, String printedOn) {
        com.lowagie.text.pdf.draw.LineSeparator line = new com.lowagie.text.pdf.draw.LineSeparator(0.7f, 100,
                java.awt.Color.BLACK, Element.ALIGN_CENTER, -2);
        Paragraph top = new Paragraph(new com.lowagie.text.Chunk(line));
        top.setSpacingBefore(36);
        document.add(top);
        document.add(new Paragraph(body(copiedTo)));
        document.add(new Paragraph(new com.lowagie.text.Chunk(line)));
        PdfPTable printed = new PdfPTable(2);
        printed.setWidthPercentage(100);
        PdfPCell by = new PdfPCell(body(printedBy));
        by.setBorder(Rectangle.BOTTOM);
        PdfPCell on = new PdfPCell(body(printedOn));
        on.setBorder(Rectangle.BOTTOM);
        on.setHorizontalAlignment(Element.ALIGN_RIGHT);
        printed.addCell(by);
        printed.addCell(on);
        document.add(printed);
        return this;
    }

    private void centered(String text, int size) {
        Paragraph paragraph = new Paragraph(FontChain.phrase(text, size, Font.BOLD));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(8);
        document.add(paragraph);
    }

    /** Label/value rows in a two-column table. */
    @Override
    public Pdf fields(List<String[]> rows) {
        PdfPTable table = new PdfPTable(new float[]{1, 4});
        table.setWidthPercentage(100);
        for (String[] row : rows) {
            table.addCell(cell(bold(row[0])));
            table.addCell(cell(body(row[1])));
        }
        document.add(table);
        return this;
    }

    @Override
    public Pdf paragraph(String text) {
        Paragraph paragraph = new Paragraph(body(text));
        paragraph.setSpacingBefore(10);
        paragraph.setFirstLineIndent(22);
        document.add(paragraph);
        return this;
    }

    @Override
    public Pdf subheading(String text) {
        Paragraph paragraph = new Paragraph(bold(text));
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
        return this;
    }

    /** A table with a header row; widths are relative. */
    @Override
    public Pdf table(float[] widths, List<String> header, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
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

    @Override
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }
}
