package org.duban.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.duban.organization.Account;
import org.duban.shared.Require;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 借阅: a person asks for a dossier with a purpose and a return date; the archivist approves or refuses; access
 * lasts while the loan is approved and not past its date, and ends when it is returned.
 */
@Entity
@Table(name = "LOAN")
public class Loan implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "DOSSIER_ID")
    private Dossier dossier;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "BORROWER_ID")
    private Account borrower;

    @Column(name = "PURPOSE", nullable = false, length = 1000)
    private String purpose;

    @Column(name = "DUE_BACK", nullable = false)
    private LocalDate dueBack;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 20)
    private LoanState state;

    @Column(name = "REQUESTED_AT", nullable = false)
    private Instant requestedAt;

    @Column(name = "DECIDED_BY", length = 50)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    @Column(name = "RETURNED_AT")
    private Instant returnedAt;

    protected Loan() {
    }

    public Loan(Dossier dossier, Account borrower, String purpose, LocalDate dueBack, LocalDate today, Instant at) {
        this.dossier = dossier;
        this.borrower = borrower;
        this.purpose = Require.textIn("purpose", purpose, "error.loan.purposeRequired");
        Require.thatIn("purpose", this.purpose.length() <= 1000, "error.text.tooLong", 1000);
        Require.presentIn("dueBack", dueBack, "error.loan.dueRequired");
        Require.thatIn("dueBack", !dueBack.isBefore(today) && !dueBack.isAfter(today.plusDays(90)), "error.loan.dueRange",
                90);
        this.dueBack = dueBack;
        this.state = LoanState.REQUESTED;
        this.requestedAt = at;
    }

    public void approve(String archivist, Instant at) {
        decide(LoanState.APPROVED, archivist, at);
    }

    public void refuse(String archivist, Instant at) {
        decide(LoanState.REFUSED, archivist, at);
    }

    private void decide(LoanState decision, String archivist, Instant at) {
        Require.that(state == LoanState.REQUESTED, "error.loan.notRequested");
        this.state = decision;
        this.decidedBy = archivist;
        this.decidedAt = at;
    }

    public void markReturned(Instant at) {
        Require.that(state == LoanState.APPROVED, "error.loan.notLent");
        this.state = LoanState.RETURNED;
        this.returnedAt = at;
    }

    /** Whether the borrower may see the dossier today: approved, not returned, not past its date. */
    public boolean grantsAccess(LocalDate today) {
        return state == LoanState.APPROVED && !today.isAfter(dueBack);
    }

    public boolean isOverdue(LocalDate today) {
        return state == LoanState.APPROVED && today.isAfter(dueBack);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Account getBorrower() {
        return borrower;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getDueBack() {
        return dueBack;
    }

    public LoanState getState() {
        return state;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }
}
