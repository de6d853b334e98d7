package org.duban.history;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.duban.item.Attachment;
import org.duban.item.ItemAction;
import org.duban.item.SupervisionItem;
import org.duban.shared.Sha256;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line of an item's history. Append-only: it has no setters, and each event carries the hash of the one before,
 * so a changed or missing event breaks the chain the archive checks.
 */
@Entity
@Table(name = "ITEM_EVENT")
public class ItemEvent implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ITEM_ID")
    private SupervisionItem item;

    @Column(name = "SEQ", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false, length = 40)
    private ItemAction action;

    @Embedded
    private Actor actor;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    @Column(name = "OPINION", length = 8000)
    private String opinion;

    /** What the action changed, in a short machine-written form (new state, number, date…). */
    @Column(name = "DETAIL", length = 1000)
    private String detail;

    @Column(name = "PREVIOUS_HASH", length = 64)
    private String previousHash;

    @Column(name = "HASH", nullable = false, length = 64)
    private String hash;

    /** The SHA-256 of the document this event issued (交办单, 催办函…), in the hash chain; null when it issued none. */
    @Column(name = "ISSUED_SHA256", length = 64)
    private String issuedSha256;

    @OneToMany(mappedBy = "event")
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    protected ItemEvent() {
    }

    public ItemEvent(SupervisionItem item, ItemEvent previous, ItemAction action, Actor actor, Instant occurredAt,
                     Instant recordedAt, String opinion, String detail) {
        this.item = item;
        this.sequence = previous == null ? 1 : previous.sequence + 1;
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
        this.opinion = opinion;
        this.detail = detail;
        this.previousHash = previous == null ? null : previous.hash;
        this.hash = computeHash();
    }

    /** The hash over this event's content and the previous hash; equal to {@link #getHash()} while nothing was altered. */
    public String computeHash() {
        String content = String.join("|", String.valueOf(previousHash), String.valueOf(sequence), action.name(),
                actor.getUsername(), String.valueOf(actor.getRole()), occurredAt.toString(), recordedAt.toString(),
                Objects.toString(opinion, ""), Objects.toString(detail, ""));
        if (issuedSha256 != null) {
            content += "|" + issuedSha256; // events that issued nothing hash as they always did
        }
        return Sha256.hex(content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Records the document this event issued: its hash joins the event's own, so that the document as issued can be
     * told from any later copy. Once only, in the transaction that recorded the event (no event follows it yet).
     *
     * @throws org.duban.shared.DomainException {@code error.document.alreadyIssued} when it issued one already
     */
    public void issue(Attachment document) {
        org.duban.shared.Require.that(issuedSha256 == null, "error.document.alreadyIssued");
        issuedSha256 = document.getSha256();
        hash = computeHash();
        attach(document);
    }

    public String getIssuedSha256() {
        return issuedSha256;
    }

    /** The document this event issued, as stored. */
    public java.util.Optional<Attachment> getIssuedDocument() {
        return attachments.stream().filter(file -> file.getIssuedAs() != null).findFirst();
    }

    /** Package-level link for attachments created with this event. */
    public void attach(Attachment attachment) {
        attachments.add(attachment);
    }

    public Long getId() {
        return id;
    }

    public SupervisionItem getItem() {
        return item;
    }

    public int getSequence() {
        return sequence;
    }

    public ItemAction getAction() {
        return action;
    }

    public Actor getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getOpinion() {
        return opinion;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}
