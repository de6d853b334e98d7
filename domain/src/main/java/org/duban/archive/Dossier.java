package org.duban.archive;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.duban.item.Category;
import org.duban.item.SupervisionItem;
import org.duban.organization.Unit;
import org.duban.shared.Require;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * 案卷: what was filed of one item, never changed afterwards (no setters; a correction is a {@link DossierCorrection}).
 * It records the last hash of the item's event chain, so that an event altered later is found.
 */
@Entity
@Table(name = "DOSSIER")
public class Dossier implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private ArchivalNumber number;

    /** The number as printed, unique, for search by 档号 and its prefixes. */
    @Column(name = "ARCHIVAL_NUMBER", nullable = false, unique = true, length = 60)
    private String archivalNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ITEM_ID")
    private SupervisionItem item;

    @Column(name = "TITLE", length = 200)
    private String title;

    @Column(name = "DOCUMENT_NUMBER", length = 60)
    private String documentNumber;

    @Column(name = "RESPONSIBLE", length = 100)
    private String responsible;

    @Column(name = "DOCUMENT_DATE")
    private LocalDate date;

    @Column(name = "ORGANIZATION", length = 100)
    private String organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", length = 20)
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "UNIT_ID")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "SECRECY", length = 20)
    private Secrecy secrecy;

    @Column(name = "PAGES", nullable = false)
    private int pages;

    @Column(name = "CHAIN_HASH", length = 64)
    private String chainHash;

    @Column(name = "EVENT_COUNT", nullable = false)
    private int eventCount;

    /** Lower-case title and keywords, for the archivist's keyword search. */
    @Column(name = "SEARCH_TEXT", length = 4000)
    private String searchText;

    @Column(name = "FILED_AT", nullable = false)
    private Instant filedAt;

    @Column(name = "FILED_BY", nullable = false, length = 50)
    private String filedBy;

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<DossierFile> files = new ArrayList<>();

    protected Dossier() {
    }

    /**
     * Files an item: its metadata, the last hash and length of its event chain, and its files in manifest order.
     */
    public Dossier(ArchivalNumber number, SupervisionItem item, DossierMetadata metadata, String chainHash,
                   int eventCount, List<NewDossierFile> files, String keywords, Instant filedAt, String filedBy) {
        this.number = Require.present(number, "error.archive.numberRequired");
        this.archivalNumber = number.toString();
        this.item = Require.present(item, "error.item.notFound");
        this.title = metadata.title();
        this.documentNumber = metadata.documentNumber();
        this.responsible = metadata.responsible();
        this.date = metadata.date();
        this.organization = metadata.organization();
        this.category = metadata.category();
        this.unit = metadata.unit();
        this.secrecy = metadata.secrecy();
        this.chainHash = chainHash;
        this.eventCount = eventCount;
        this.searchText = (metadata.title() + " " + (keywords == null ? "" : keywords)).toLowerCase(Locale.ROOT);
        if (searchText.length() > 4000) {
            searchText = searchText.substring(0, 4000);
        }
        this.filedAt = filedAt;
        this.filedBy = filedBy;
        for (NewDossierFile file : files) {
            this.files.add(new DossierFile(this, this.files.size() + 1, file));
            this.pages += file.pages();
        }
    }

    public Long getId() {
        return id;
    }

    public ArchivalNumber getNumber() {
        return number;
    }

    public String getArchivalNumber() {
        return archivalNumber;
    }

    public SupervisionItem getItem() {
        return item;
    }

    public String getTitle() {
        return title;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getResponsible() {
        return responsible;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getOrganization() {
        return organization;
    }

    public Category getCategory() {
        return category;
    }

    public Unit getUnit() {
        return unit;
    }

    public Secrecy getSecrecy() {
        return secrecy;
    }

    public Retention getRetention() {
        return number.getRetention();
    }

    public int getPages() {
        return pages;
    }

    public String getChainHash() {
        return chainHash;
    }

    public int getEventCount() {
        return eventCount;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public List<DossierFile> getFiles() {
        return Collections.unmodifiableList(files);
    }
}
