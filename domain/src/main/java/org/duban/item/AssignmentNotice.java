package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The written assignment (交办单) as issued: its number follows the item's, and it keeps what the units were told
 * at that moment (requirements, deadline), so that the printed notice later shows exactly what was sent.
 */
@Embeddable
public class AssignmentNotice implements java.io.Serializable {

    @Column(name = "NOTICE_ISSUED_AT")
    private Instant issuedAt;

    @Column(name = "NOTICE_ISSUED_BY", length = 50)
    private String issuedBy;

    @Column(name = "NOTICE_DUE")
    private LocalDate due;

    @Column(name = "NOTICE_INSTRUCTIONS", length = 8000)
    private String instructions;

    protected AssignmentNotice() {
    }

    AssignmentNotice(Instant issuedAt, String issuedBy, LocalDate due, String instructions) {
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.due = due;
        this.instructions = instructions;
    }

    /** 交办〔YYYY〕N号, derived from the item number so the two can never disagree. */
    public static String numberFor(ItemNumber itemNumber) {
        return "交办〔" + itemNumber.getYear() + "〕" + itemNumber.getSequence() + "号";
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDate getDue() {
        return due;
    }

    public String getInstructions() {
        return instructions;
    }
}
