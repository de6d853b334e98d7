package org.duban.documents;

import org.duban.item.SupervisionItem;

/** The documents of an item, each with the code its document number carries and the step from which it exists. */
public enum DocumentKind {
    ASSIGNMENT_NOTICE("JB"),
    URGING_LETTER("CB"),
    COMPLETION_REPORT("BJ"),
    FEEDBACK_REPORT("FK"),
    ITEM_SUMMARY("ZY");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    /** Whether the item has got far enough for this document to say something. */
    public boolean availableFor(SupervisionItem item) {
        return switch (this) {
            case ASSIGNMENT_NOTICE, URGING_LETTER -> item.getAssignmentNotice() != null;
            case COMPLETION_REPORT -> item.getReports().getCompletionReport() != null;
            case FEEDBACK_REPORT -> item.getReports().getFeedbackReport() != null;
            case ITEM_SUMMARY -> true;
        };
    }

    /** Its own number: the item's number and this document's code, e.g. {@code 督〔2026〕7号-JB}. */
    public String numberFor(SupervisionItem item, String draftLabel) {
        return (item.getNumber() == null ? draftLabel : item.getNumber().toString()) + "-" + code;
    }

    /** The file name it gets in a dossier. */
    public String fileName(SupervisionItem item, String title) {
        return numberFor(item, String.valueOf(item.getId())) + " " + title + ".pdf";
    }
}
