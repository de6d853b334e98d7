package org.duban.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A PDF being drawn: headings, label/value rows and tables, in WenQuanYi Micro Hei (shipped in the application, so
 * Chinese renders on any server, embedded as a subset).
 */
final class Pdf {

    private static final String FONT = "/org/duban/documents/fonts/wqy-microhei.ttc";
    private static volatile BaseFont baseFont;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final Font body;
    private final Font bold;

    Pdf(boolean landscape) {
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        body = new Font(font(), 11);
        bold = new Font(font(), 11, Font.BOLD);
        document.open();
    }

    private static BaseFont font() {
        if (baseFont == null) {
            try (InputStream in = Pdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + FONT + " is missing from the application");
                }
                baseFont = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return baseFont;
    }

    Pdf heading(String college, String title, String number) {
        centered(college, 14);
        centered(title, 20);
        Paragraph numberLine = new Paragraph(number, body);
        numberLine.setAlignment(Element.ALIGN_RIGHT);
        numberLine.setSpacingAfter(12);
        document.add(numberLine);
        return this;
    }

    private void centered(String text, int size) {
        Paragraph paragraph = new Paragraph(text, new Font(font(), size, Font.BOLD));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(8);
        document.add(paragraph);
    }

    /** Label/value rows in a two-column table. */
    Pdf fields(List<String[]> rows) {
        PdfPTable table = new PdfPTable(new float[]{1, 4});
        table.setWidthPercentage(100);
        for (String[] row : rows) {
            table.addCell(cell(row[0], bold));
            table.addCell(cell(row[1], body));
        }
        document.add(table);
        return this;
    }

    Pdf paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, body);
        paragraph.setSpacingBefore(10);
        paragraph.setFirstLineIndent(22);
        document.add(paragraph);
        return this;
    }

    Pdf subheading(String text) {
        Paragraph paragraph = new Paragraph(text, bold);
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
        header.forEach(text -> table.addCell(cell(text, bold)));
        rows.forEach(row -> row.forEach(text -> table.addCell(cell(text, body))));
        document.add(table);
        return this;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(5);
        cell.setBorder(Rectangle.BOX);
        return cell;
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }
}
