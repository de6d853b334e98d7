package org.duban.documents;

import java.util.List;

/**
 * What a document is made of, whatever it is drawn as: the PDF that is the record ({@link Pdf}) or the editable Word
 * copy that an office edits and stamps before sending ({@link Docx}). Each part is added below the last.
 */
interface Layout {

    /** The college, the document's title and its number, for a form (交办单, reports, 情况表). */
    Layout heading(String college, String title, String number);

    /** The head of an official document (GB/T 9704-2012 7.2): the issuer in red, the number, a red line. */
    Layout officialHead(String issuer, String number);

    /** An official document's title (标题). */
    Layout title(String text);

    /** Whom it is addressed to (主送机关); a colon is added. */
    Layout addressee(String text);

    /** Label/value rows. */
    Layout fields(List<String[]> rows);

    /** A paragraph of text, its first line indented two characters. */
    Layout paragraph(String text);

    Layout subheading(String text);

    /** A table with a header row; widths are relative. */
    Layout table(float[] widths, List<String> header, List<List<String>> rows);

    /** The issuer and the date (2026年1月5日), right-aligned. */
    Layout signature(String issuer, String date);

    /** The notes at the foot (版记): 抄送, then who printed it and when. */
    Layout distribution(String copiedTo, String printedBy, String printedOn);

    /** The file's bytes; the layout is used up. */
    byte[] finish();
}
