package org.duban.archive;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.duban.item.Category;
import org.duban.shared.Require;

import java.util.EnumMap;
import java.util.Map;

/**
 * The archive's settings, one row: the college's name on every document, 全宗号, 门类代码, the office's 机构代码
 * (for items without a lead unit), 责任者, and the default 保管期限 per category.
 */
@Entity
@Table(name = "ARCHIVE_SETTINGS")
public class ArchiveSettings implements java.io.Serializable {

    public static final int ID = 1;

    @Id
    @Column(name = "ID")
    private int id = ID;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    @Column(name = "COLLEGE_NAME", nullable = false, length = 100)
    private String collegeName = "示范学院";

    @Column(name = "FONDS", nullable = false, length = 10)
    private String fonds = "J001";

    @Column(name = "CATEGORY_CODE", nullable = false, length = 10)
    private String categoryCode = "WS";

    @Column(name = "OFFICE_CODE", nullable = false, length = 10)
    private String officeCode = "DB";

    @Column(name = "RESPONSIBLE", nullable = false, length = 100)
    private String responsible = "党政办公室";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ARCHIVE_RETENTION_DEFAULT", joinColumns = @JoinColumn(name = "SETTINGS_ID"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "CATEGORY", length = 20)
    @Enumerated(EnumType.STRING)
    @Column(name = "RETENTION", length = 4)
    private Map<Category, Retention> defaultRetention = new EnumMap<>(Category.class);

    public ArchiveSettings() {
    }

    /** Changes every value at once after checking each; on a refusal nothing has changed. */
    public void change(String collegeName, String fonds, String categoryCode, String officeCode, String responsible,
                       Map<Category, Retention> defaults) {
        String name = Require.text(collegeName, "error.archiveSettings.collegeName");
        String checkedFonds = ArchivalNumber.code(fonds, "error.archive.fonds");
        String checkedCategory = ArchivalNumber.code(categoryCode, "error.archive.categoryCode");
        String checkedOffice = ArchivalNumber.code(officeCode, "error.archive.orgCode");
        String checkedResponsible = Require.text(responsible, "error.dossier.responsible");
        Require.that(name.length() <= 100 && checkedResponsible.length() <= 100, "error.text.tooLong", 100);
        this.collegeName = name;
        this.fonds = checkedFonds;
        this.categoryCode = checkedCategory;
        this.officeCode = checkedOffice;
        this.responsible = checkedResponsible;
        this.defaultRetention.clear();
        defaults.forEach((category, retention) -> {
            if (category != null && retention != null) {
                defaultRetention.put(category, retention);
            }
        });
    }

    /** The retention a category's items are filed with unless the office chooses otherwise; D30 when not set. */
    public Retention defaultRetention(Category category) {
        return defaultRetention.getOrDefault(category, Retention.D30);
    }

    public int getVersion() {
        return version;
    }

    public String getCollegeName() {
        return collegeName;
    }

    public String getFonds() {
        return fonds;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getOfficeCode() {
        return officeCode;
    }

    public String getResponsible() {
        return responsible;
    }
}
