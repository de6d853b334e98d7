package org.duban.documents;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The editable Word copy of a document (.docx, Apache POI), for an office that edits and stamps it before sending;
 * the PDF stays the record. Set in the faces an office's PC has for official documents: 仿宋_GB2312 for the text,
 * 小标宋 (方正小标宋简体) for titles and the issuer (GB/T 9704-2012 7.1), each falling back to the PC's own choice.
 */
final class Docx implements Layout {

    private static final String TEXT_FACE = "仿宋_GB2312";
    private static final String TITLE_FACE = "方正小标宋简体";
    private static final String RED = "C81010";
    /** Two characters of 三号 (16 pt) text, in twentieths of a point: the first-line indent of Chinese paragraphs. */
    private static final int TWO_CHARACTERS = 640;

    private final XWPFDocument document = new XWPFDocument();

    @Override
    public Docx heading(String college, String title, String number) {
        run(paragraph(ParagraphAlignment.CENTER), college, TITLE_FACE, 16, true, null);
        run(paragraph(ParagraphAlignment.CENTER), title, TITLE_FACE, 22, true, null);
        run(paragraph(ParagraphAlignment.RIGHT), number, TEXT_FACE, 14, false, null);
        return this;
    }

    @Override
    public Docx officialHead(String issuer, String number) {
        run(paragraph(ParagraphAlignment.CENTER), issuer, TITLE_FACE, 36, false, RED);
        XWPFParagraph numberLine = paragraph(ParagraphAlignment.CENTER);
        numberLine.setBorderBottom(Borders.THICK); // the 分隔线 (Word draws it in the text colour: make it red there)
        run(numberLine, number, TEXT_FACE, 16, false, null);
        return this;
    }

    @Override
    public Docx title(String text) {
        XWPFParagraph title = paragraph(ParagraphAlignment.CENTER);
        title.setSpacingBefore(400);
        title.setSpacingAfter(200);
        run(title, text, TITLE_FACE, 22, false, null);
        return this;
    }

    @Override
    public Docx addressee(String text) {
        run(paragraph(ParagraphAlignment.LEFT), text + "：", TEXT_FACE, 16, false, null);
        return this;
    }

    @Override
    public Docx fields(List<String[]> rows) {
        XWPFTable table = document.createTable(rows.size(), 2);
        for (int i = 0; i < rows.size(); i++) {
            cell(table.getRow(i).getCell(0), rows.get(i)[0], true);
            cell(table.getRow(i).getCell(1), rows.get(i)[1], false);
        }
        return this;
    }

    @Override
    public Docx paragraph(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(TWO_CHARACTERS);
        run(paragraph, text, TEXT_FACE, 16, false, null);
        return this;
    }

    @Override
    public Docx subheading(String text) {
        run(paragraph(ParagraphAlignment.LEFT), text, TEXT_FACE, 16, true, null);
        return this;
    }

    @Override
    public Docx table(float[] widths, List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        for (int column = 0; column < header.size(); column++) {
            cell(table.getRow(0).getCell(column), header.get(column), true);
        }
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < header.size(); column++) {
                cell(table.getRow(row + 1).getCell(column), rows.get(row).get(column), false);
            }
        }
        return this;
    }

    @Override
    public Docx signature(String issuer, String date) {
        XWPFParagraph name = paragraph(ParagraphAlignment.RIGHT);
        name.setSpacingBefore(600);
        run(name, issuer, TEXT_FACE, 16, false, null);
        run(paragraph(ParagraphAlignment.RIGHT), date, TEXT_FACE, 16, false, null);
        return this;
    }

    @Override
    public Docx distribution(String copiedTo, String printedBy, String printedOn) {
        XWPFParagraph copied = paragraph(ParagraphAlignment.LEFT);
        copied.setSpacingBefore(600);
        copied.setBorderTop(Borders.SINGLE);
        copied.setBorderBottom(Borders.SINGLE);
        run(copied, copiedTo, TEXT_FACE, 14, false, null);
        XWPFParagraph printed = paragraph(ParagraphAlignment.LEFT);
        printed.setBorderBottom(Borders.SINGLE);
        run(printed, printedBy + "　　" + printedOn, TEXT_FACE, 14, false, null);
        return this;
    }

    @Override
    public byte[] finish() {
        try (XWPFDocument written = document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            written.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        run(cell.getParagraphs().get(0), text, TEXT_FACE, 12, bold, null);
    }

    /** A run of text; line breaks within it kept as breaks. */
    private static void run(XWPFParagraph paragraph, String text, String face, int size, boolean bold, String color) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(face, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
