package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an attachment, in a table of their own so that listing attachments never loads them. */
@Entity
@Table(name = "ATTACHMENT_CONTENT")
public class AttachmentContent implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Lob
    @Column(name = "BYTES", nullable = false)
    private byte[] bytes;

    protected AttachmentContent() {
    }

    /** Bytes kept in the database, outside any web root: an upload's, or a document's as issued. */
    public AttachmentContent(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
