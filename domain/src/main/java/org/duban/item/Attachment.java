package org.duban.item;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.duban.history.ItemEvent;
import org.duban.history.NewFile;
import org.duban.shared.Sha256;

import java.time.Instant;

/**
 * A file that came with an action. Its SHA-256 is taken at upload and never changes; the bytes live in the
 * database ({@link AttachmentContent}), outside any web root, in the same transaction as the action.
 */
@Entity
@Table(name = "ATTACHMENT")
public class Attachment implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ITEM_ID")
    private SupervisionItem item;

    @ManyToOne
    @JoinColumn(name = "EVENT_ID")
    private ItemEvent event;

    @Column(name = "FILE_NAME", nullable = false, length = 255)
    private String fileName;

    @Column(name = "CONTENT_TYPE", length = 100)
    private String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "UPLOADED_BY", nullable = false, length = 50)
    private String uploadedBy;

    @Column(name = "UPLOADED_AT", nullable = false)
    private Instant uploadedAt;

    /** The document this file is, as issued by its event (交办单, 催办函…); null for a file a person uploaded. */
    @Enumerated(EnumType.STRING)
    @Column(name = "ISSUED_AS", length = 30)
    private org.duban.documents.DocumentKind issuedAs;

    @OneToOne(optional = false, fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "CONTENT_ID")
    private AttachmentContent content;

    protected Attachment() {
    }

    Attachment(SupervisionItem item, ItemEvent event, NewFile file, String uploadedBy, Instant uploadedAt) {
        this.item = item;
        this.event = event;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.size = file.content().length;
        this.sha256 = Sha256.hex(file.content());
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.content = new AttachmentContent(file.content());
    }

    /** A document issued by the event, filed as the event's actor at the event's time. */
    static Attachment issued(SupervisionItem item, ItemEvent event, org.duban.documents.DocumentKind kind, NewFile file) {
        Attachment document = new Attachment(item, event, file, event.getActor().getUsername(), event.getRecordedAt());
        document.issuedAs = kind;
        return document;
    }

    public org.duban.documents.DocumentKind getIssuedAs() {
        return issuedAs;
    }

    /** True while the stored bytes still have the hash taken at upload. */
    public boolean isIntact() {
        return sha256.equals(Sha256.hex(content.getBytes()));
    }

    public Long getId() {
        return id;
    }

    public SupervisionItem getItem() {
        return item;
    }

    public ItemEvent getEvent() {
        return event;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public byte[] getBytes() {
        return content.getBytes();
    }
}
