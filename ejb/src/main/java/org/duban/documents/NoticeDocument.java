package org.duban.documents;

import org.duban.assessment.Notice;
import org.duban.item.SupervisionItem;
import org.duban.organization.Unit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The 通报 in the layout of official documents (GB/T 9704-2012 党政机关公文格式, as far as open fonts allow): the
 * issuer's name in red with the notice's number and a red line under it, the title, the units it is addressed to,
 * the text, the items it cites, the issuer and the date (2026年1月5日), and the notes at the foot (抄送, 印发); every
 * page numbered. Drawn once, when the notice is published, in Chinese.
 */
public final class NoticeDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private NoticeDocument() {
    }

    /**
     * @param issuer   the office that issues it, e.g. 示范学院党政办公室
     * @param issuedOn the day of publication (成文日期)
     * @return the PDF's bytes
     */
    public static byte[] draw(String issuer, Notice notice, LocalDate issuedOn) {
        return compose(new Pdf(false), issuer, notice, issuedOn);
    }

    /** The same notice as an editable Word copy (.docx); the PDF kept at publication stays the record. */
    public static byte[] drawWord(String issuer, Notice notice, LocalDate issuedOn) {
        return compose(new Docx(), issuer, notice, issuedOn);
    }

    private static byte[] compose(Layout layout, String issuer, Notice notice, LocalDate issuedOn) {
        ResourceBundle texts = ResourceBundle.getBundle(Documents.BUNDLE, Documents.ISSUED_LANGUAGE);
        Layout pdf = layout.officialHead(issuer, notice.getNumber()).title(notice.getTitle())
                .addressee(notice.getUnits().stream().sorted(Comparator.comparing(Unit::getCode))
                        .map(Unit::getName).collect(Collectors.joining("、")));
        notice.getText().lines().filter(line -> !line.isBlank()).forEach(pdf::paragraph);
        if (!notice.getItems().isEmpty()) {
            pdf.table(new float[]{2, 4, 2, 2}, List.of(texts.getString("doc.field.itemNumber"),
                            texts.getString("doc.field.title"), texts.getString("doc.field.leadUnit"),
                            texts.getString("doc.field.due")),
                    notice.getItems().stream().sorted(Comparator.comparing(SupervisionItem::getId)).map(item -> List.of(
                            item.getNumber() == null ? "" : item.getNumber().toString(), item.getTitle(),
                            item.getLeadUnit() == null ? "" : item.getLeadUnit().getName(),
                            item.getDeadline() == null ? "" : DAY.format(item.getDeadline().getDue()))).toList());
        }
        String day = DAY.format(issuedOn);
        return pdf.signature(issuer, day)
                .distribution(texts.getString("doc.notice.copiedTo"), issuer, day + texts.getString("doc.notice.printed"))
                .finish();
    }
}
