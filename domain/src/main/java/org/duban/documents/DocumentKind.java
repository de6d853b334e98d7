package org.duban.documents;

import org.duban.history.ItemEvent;
import org.duban.item.ItemAction;
import org.duban.item.SupervisionItem;
import org.duban.item.UrgingMethod;

import java.util.Optional;

/** The documents of an item, each with the code its document number carries and the step from which it exists. */
public enum DocumentKind {
    ASSIGNMENT_NOTICE("JB"),
    URGING_LETTER("CB"),
    COMPLETION_REPORT("BJ"),
    FEEDBACK_REPORT("FK"),
    ITEM_SUMMARY("ZY"),
    /** A 通报 that cites the item: issued by the notice board, a copy kept in each cited item's history. */
    CRITICISM_NOTICE("TB");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    /**
     * The document that a step issues, kept from then on exactly as issued (DA/T 70, 真实性): the 交办单 at 交办, the
     * 催办函 at an urging by letter (第七条), the 办结报告 when the unit submits it, the 反馈报告 at 反馈, the 通报 that cites the item when it is published. The 事项情况表 is
     * never issued: it is made at filing, with the whole history.
     */
    public static Optional<DocumentKind> issuedBy(ItemEvent event) {
        return Optional.ofNullable(switch (event.getAction()) {
            case ASSIGN -> ASSIGNMENT_NOTICE;
            case URGE -> UrgingMethod.LETTER.name().equals(event.getDetail()) ? URGING_LETTER : null;
            case SUBMIT_COMPLETION -> COMPLETION_REPORT;
            case FEED_BACK -> FEEDBACK_REPORT;
            case ISSUE_NOTICE -> event.getDetail() != null ? CRITICISM_NOTICE : null; // cited in a numbered 通报
            default -> null;
        });
    }

    /** Whether the item has got far enough for this document to say something. */
    public boolean availableFor(SupervisionItem item) {
        return switch (this) {
            case ASSIGNMENT_NOTICE, URGING_LETTER -> item.getAssignmentNotice() != null;
            case COMPLETION_REPORT -> item.getReports().getCompletionReport() != null;
            case FEEDBACK_REPORT -> item.getReports().getFeedbackReport() != null;
            case ITEM_SUMMARY -> true;
            case CRITICISM_NOTICE -> !item.issued(this).isEmpty(); // never drawn for an item: only as issued
        };
    }

    /** Its own number: the item's number and this document's code, e.g. {@code 督〔2026〕7号-JB}. */
    public String numberFor(SupervisionItem item, String draftLabel) {
        return (item.getNumber() == null ? draftLabel : item.getNumber().toString()) + "-" + code;
    }

    /** The file name it gets when downloaded or filed. */
    public String fileName(SupervisionItem item, String title) {
        return fileName(item, title, 1);
    }

    /** The file name of the n-th one issued (a second 催办函 is {@code …-CB-2 催办函.pdf}), unique in a dossier. */
    public String fileName(SupervisionItem item, String title, int nth) {
        return numberFor(item, String.valueOf(item.getId())) + (nth > 1 ? "-" + nth : "") + " " + title + ".pdf";
    }
}
