package org.duban.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.duban.item.SupervisionItem;
import org.duban.organization.Unit;
import org.duban.shared.Require;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 通报: the director's notice of criticism, numbered 通报〔YYYY〕N号, drafted from overdue items or from a period's
 * results and edited; published to the units concerned and never changed afterwards.
 */
@Entity
@Table(name = "CRITICISM_NOTICE")
public class Notice implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NUMBER_TEXT", nullable = false, unique = true, length = 40)
    private String number;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "TEXT", nullable = false, length = 8000)
    private String text;

    @Column(name = "ISSUED_AT", nullable = false)
    private Instant issuedAt;

    @Column(name = "ISSUED_BY", nullable = false, length = 50)
    private String issuedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PERIOD_ID")
    private AssessmentPeriod period;

    @ManyToMany
    @JoinTable(name = "NOTICE_ITEM", joinColumns = @JoinColumn(name = "NOTICE_ID"),
            inverseJoinColumns = @JoinColumn(name = "ITEM_ID"))
    private Set<SupervisionItem> items = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "NOTICE_UNIT", joinColumns = @JoinColumn(name = "NOTICE_ID"),
            inverseJoinColumns = @JoinColumn(name = "UNIT_ID"))
    private Set<Unit> units = new HashSet<>();

    /** The notice as published, in the layout of official documents, never drawn again (DA/T 70: 真实性). */
    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "DOCUMENT_ID")
    private org.duban.item.AttachmentContent document;

    @Column(name = "DOCUMENT_SHA256", length = 64)
    private String documentSha256;

    protected Notice() {
    }

    public Notice(int year, int sequence, String title, String text, List<SupervisionItem> items, List<Unit> units,
                  AssessmentPeriod period, String issuedBy, Instant issuedAt) {
        this.number = numberFor(year, sequence);
        this.title = Require.textIn("title", title, "error.notice.titleRequired");
        Require.thatIn("title", this.title.length() <= 200, "error.text.tooLong", 200);
        this.text = Require.textIn("text", text, "error.notice.textRequired");
        Require.thatIn("text", this.text.length() <= 8000, "error.text.tooLong", 8000);
        Require.that(!units.isEmpty(), "error.notice.nobodyConcerned");
        this.items = new HashSet<>(items);
        this.units = new HashSet<>(units);
        this.period = period;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public static String numberFor(int year, int sequence) {
        return "通报〔" + year + "〕" + sequence + "号";
    }

    /**
     * Keeps the notice as published. Once: a published notice never changes.
     *
     * @throws org.duban.shared.DomainException {@code error.document.alreadyIssued} when it was kept already
     */
    public void keep(byte[] pdf) {
        Require.that(document == null, "error.document.alreadyIssued");
        document = new org.duban.item.AttachmentContent(pdf);
        documentSha256 = org.duban.shared.Sha256.hex(pdf);
    }

    /** The PDF as published; null for a notice published before notices were kept. */
    public byte[] getDocument() { return document == null ? null : document.getBytes(); }
    public String getDocumentSha256() { return documentSha256; }
    public Long getId() { return id; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public Instant getIssuedAt() { return issuedAt; }
    public String getIssuedBy() { return issuedBy; }
    public AssessmentPeriod getPeriod() { return period; }
    public Set<SupervisionItem> getItems() { return Collections.unmodifiableSet(items); }
    public Set<Unit> getUnits() { return Collections.unmodifiableSet(units); }
}
