package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.duban.shared.Require;

import java.time.Instant;
import java.time.LocalDate;

/** A unit's request for more time (延期申请), asked before the deadline and decided once. */
@Entity
@Table(name = "EXTENSION_REQUEST")
public class ExtensionRequest implements java.io.Serializable {

    public enum Decision { GRANTED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ITEM_ID")
    private SupervisionItem item;

    @Column(name = "REASON", nullable = false, length = 4000)
    private String reason;

    @Column(name = "PROPOSED_DUE", nullable = false)
    private LocalDate proposedDue;

    /** The deadline in force when it was asked: a grant counts only if it came before this passed. */
    @Column(name = "DUE_WHEN_ASKED", nullable = false)
    private LocalDate dueWhenAsked;

    @Column(name = "REQUESTED_BY", nullable = false, length = 50)
    private String requestedBy;

    @Column(name = "REQUESTED_AT", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", length = 10)
    private Decision decision;

    @Column(name = "DECIDED_BY", length = 50)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    @Column(name = "DECISION_OPINION", length = 4000)
    private String decisionOpinion;

    protected ExtensionRequest() {
    }

    ExtensionRequest(SupervisionItem item, String reason, LocalDate proposedDue, LocalDate dueWhenAsked,
                     String requestedBy, Instant requestedAt) {
        this.item = item;
        this.reason = Require.textIn("text", reason, "error.extension.reasonRequired");
        this.proposedDue = Require.presentIn("proposedDue", proposedDue, "error.extension.dateRequired");
        Require.thatIn("proposedDue", proposedDue.isAfter(dueWhenAsked), "error.deadline.extensionNotLater", dueWhenAsked);
        this.dueWhenAsked = dueWhenAsked;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void decide(Decision decision, String decidedBy, Instant decidedAt, String opinion) {
        Require.that(this.decision == null, "error.extension.alreadyDecided");
        this.decision = Require.present(decision, "error.extension.decisionRequired");
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionOpinion = Require.optionalText(opinion);
    }

    public boolean isPending() {
        return decision == null;
    }

    public Long getId() {
        return id;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getProposedDue() {
        return proposedDue;
    }

    public LocalDate getDueWhenAsked() {
        return dueWhenAsked;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionOpinion() {
        return decisionOpinion;
    }
}
