package org.duban.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.duban.shared.Require;

import java.time.Instant;

/** A correction to a filed dossier: a new record linked to it, the dossier itself stays as filed. */
@Entity
@Table(name = "DOSSIER_CORRECTION")
public class DossierCorrection implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "DOSSIER_ID")
    private Dossier dossier;

    @Column(name = "NOTE", nullable = false, length = 4000)
    private String note;

    @Column(name = "RECORDED_BY", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected DossierCorrection() {
    }

    public DossierCorrection(Dossier dossier, String note, String recordedBy, Instant recordedAt) {
        this.dossier = dossier;
        this.note = Require.textIn("note", note, "error.correction.noteRequired");
        Require.thatIn("note", this.note.length() <= 4000, "error.text.tooLong", 4000);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
