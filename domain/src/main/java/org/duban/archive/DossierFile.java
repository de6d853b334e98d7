package org.duban.archive;

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
import org.duban.shared.FileFormat;
import org.duban.shared.Sha256;

/** One file of a dossier with the fingerprint taken at filing: the manifest line (name, size, format, SHA-256). */
@Entity
@Table(name = "DOSSIER_FILE")
public class DossierFile implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "DOSSIER_ID")
    private Dossier dossier;

    @Column(name = "SEQ", nullable = false)
    private int sequence;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private DossierFileKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "FORMAT", nullable = false, length = 10)
    private FileFormat format;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Column(name = "PAGES", nullable = false)
    private int pages;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "CONTENT_ID")
    private DossierFileContent content;

    protected DossierFile() {
    }

    DossierFile(Dossier dossier, int sequence, NewDossierFile file) {
        this.dossier = dossier;
        this.sequence = sequence;
        this.name = file.name();
        this.kind = file.kind();
        this.format = file.format();
        this.size = file.content().length;
        this.pages = file.pages();
        this.sha256 = Sha256.hex(file.content());
        this.content = new DossierFileContent(file.content());
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public int getSequence() {
        return sequence;
    }

    public String getName() {
        return name;
    }

    public DossierFileKind getKind() {
        return kind;
    }

    public FileFormat getFormat() {
        return format;
    }

    public long getSize() {
        return size;
    }

    public int getPages() {
        return pages;
    }

    public String getSha256() {
        return sha256;
    }

    /** The stored bytes, or null when the content is missing. */
    public byte[] getBytes() {
        return content == null ? null : content.getBytes();
    }
}
