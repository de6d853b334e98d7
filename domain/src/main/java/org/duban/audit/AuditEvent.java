package org.duban.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.duban.shared.Require;

import java.time.Instant;

/** One line of the audit trail. Immutable: every column is written once, at insert. */
@Entity
@Table(name = "AUDIT_EVENT")
public class AuditEvent implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false, length = 30)
    private AuditKind kind;

    /** The signed-in person, or the name typed at a failed sign-in; empty for the system itself. */
    @Column(name = "ACTOR", updatable = false, length = 64)
    private String actor;

    /** What was acted on: an account, a unit, a service method, an address. */
    @Column(name = "SUBJECT", updatable = false, length = 200)
    private String subject;

    @Column(name = "DETAIL", updatable = false, length = 2000)
    private String detail;

    /** The client's network address as the server saw it. */
    @Column(name = "ADDRESS", updatable = false, length = 64)
    private String address;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, AuditKind kind, String actor, String subject, String detail, String address) {
        this.occurredAt = Require.present(occurredAt, "error.required");
        this.kind = Require.present(kind, "error.required");
        this.actor = cut(actor, 64);
        this.subject = cut(subject, 200);
        this.detail = cut(detail, 2000);
        this.address = cut(address, 64);
    }

    /** Shortened to the column, and without control characters: a typed name cannot forge a line of the log. */
    private static String cut(String text, int length) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= length ? clean : clean.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getAddress() {
        return address;
    }
}
