package org.duban.archive;

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
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a dossier's access log (who, when, what); append-only. */
@Entity
@Table(name = "DOSSIER_ACCESS")
public class DossierAccess implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "DOSSIER_ID")
    private Dossier dossier;

    @Column(name = "USERNAME", nullable = false, length = 50)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private AccessKind kind;

    @Column(name = "DETAIL", length = 255)
    private String detail;

    @Column(name = "ACCESSED_AT", nullable = false)
    private Instant accessedAt;

    protected DossierAccess() {
    }

    public DossierAccess(Dossier dossier, String username, AccessKind kind, String detail, Instant accessedAt) {
        this.dossier = dossier;
        this.username = username;
        this.kind = kind;
        this.detail = detail;
        this.accessedAt = accessedAt;
    }

    public String getUsername() {
        return username;
    }

    public AccessKind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getAccessedAt() {
        return accessedAt;
    }
}
