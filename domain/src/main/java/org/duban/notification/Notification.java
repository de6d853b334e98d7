package org.duban.notification;

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
import jakarta.persistence.UniqueConstraint;
import org.duban.item.SupervisionItem;
import org.duban.organization.Account;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One notice to one person about one item. Its key (item, kind, key day, recipient, event) is unique in the database,
 * so a scan that runs twice, concurrently or on two servers creates it once, and a hand-off is told once per event.
 */
@Entity
@Table(name = "NOTIFICATION", uniqueConstraints = @UniqueConstraint(
        columnNames = {"ITEM_ID", "KIND", "KEY_DAY", "RECIPIENT_ID", "EVENT_SEQ"}))
public class Notification implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "RECIPIENT_ID")
    private Account recipient;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ITEM_ID")
    private SupervisionItem item;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private NotificationKind kind;

    /** The day that makes this notice unique: the deadline it warns of, or the day of a repeated reminder. */
    @Column(name = "KEY_DAY", nullable = false)
    private LocalDate keyDay;

    /** What the recipient should have done by. */
    @Column(name = "ACT_BY")
    private LocalDate actBy;

    /** The history event a hand-off's notice tells of (its sequence); 0 for the deadline watch's reminders. */
    @Column(name = "EVENT_SEQ", nullable = false)
    private int eventSequence;

    /** What the person who handed over said (the reason of a return, the opinion of a decision); none for reminders. */
    @Column(name = "NOTE", length = 1000)
    private String note;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "READ_AT")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(Account recipient, SupervisionItem item, NotificationKind kind, LocalDate keyDay,
                        LocalDate actBy, Instant createdAt) {
        this.recipient = recipient;
        this.item = item;
        this.kind = kind;
        this.keyDay = keyDay;
        this.actBy = actBy;
        this.createdAt = createdAt;
    }

    /** A hand-off's notice, with what the person who acted said (cut to the column's 1,000 characters). */
    public static Notification ofHandOff(Account recipient, SupervisionItem item, NotificationKind kind, LocalDate day,
                                         LocalDate actBy, int eventSequence, String note, Instant createdAt) {
        Notification notification = new Notification(recipient, item, kind, day, actBy, createdAt);
        notification.eventSequence = eventSequence;
        notification.note = note == null || note.length() <= 1000 ? note : cut(note) + "…";
        return notification;
    }

    /** The first 999 characters, without splitting a character outside the BMP (a surrogate pair). */
    private static String cut(String text) {
        int end = Character.isHighSurrogate(text.charAt(998)) ? 998 : 999;
        return text.substring(0, end);
    }

    public String getNote() {
        return note;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Account getRecipient() {
        return recipient;
    }

    public SupervisionItem getItem() {
        return item;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public LocalDate getKeyDay() {
        return keyDay;
    }

    public LocalDate getActBy() {
        return actBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
