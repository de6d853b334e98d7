package org.duban.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One failure an integrity check found: in which dossier, of which property, what (a message key and its detail). */
@Embeddable
public class Finding implements java.io.Serializable {

    @Column(name = "ARCHIVAL_NUMBER", nullable = false, length = 60)
    private String archivalNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "ASPECT", nullable = false, length = 20)
    private Aspect aspect;

    @Column(name = "MESSAGE_KEY", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "DETAIL", length = 500)
    private String detail;

    protected Finding() {
    }

    public Finding(String archivalNumber, Aspect aspect, String messageKey, String detail) {
        this.archivalNumber = archivalNumber;
        this.aspect = aspect;
        this.messageKey = messageKey;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public String getArchivalNumber() {
        return archivalNumber;
    }

    public Aspect getAspect() {
        return aspect;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getDetail() {
        return detail;
    }

    @Override
    public String toString() {
        return archivalNumber + " " + aspect + " " + messageKey + " " + detail;
    }
}
