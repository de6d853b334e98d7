package org.duban.archive;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a dossier file, in the database (outside any web root), read only when asked for. */
@Entity
@Table(name = "DOSSIER_FILE_CONTENT")
public class DossierFileContent implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "BYTES", nullable = false)
    private byte[] bytes;

    protected DossierFileContent() {
    }

    DossierFileContent(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public byte[] getBytes() {
        return bytes == null ? null : bytes.clone();
    }
}
