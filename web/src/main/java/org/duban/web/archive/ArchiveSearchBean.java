package org.duban.web.archive;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.duban.archive.ArchiveSearch;
import org.duban.archive.DossierFilter;
import org.duban.archive.Retention;
import org.duban.item.Category;

import java.io.Serializable;
import java.time.LocalDate;

/** The archivist's search: the conditions of the form, combined, and the paged result. */
@Named
@ViewScoped
public class ArchiveSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArchiveSearch search;

    private FoundDossiers dossiers;
    private String number;
    private String title;
    private String keyword;
    private Integer year;
    private Long unitId;
    private Category category;
    private Retention retention;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        dossiers = new FoundDossiers(search);
    }

    public void apply() {
        dossiers.setFilter(new DossierFilter(number, title, keyword, year, unitId, category, retention, from, to));
    }

    public void clear() {
        number = title = keyword = null;
        year = null;
        unitId = null;
        category = null;
        retention = null;
        from = to = null;
        apply();
    }

    public FoundDossiers getDossiers() { return dossiers; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getKeyword() { return keyword; }
    public void setKeyword(String keyword) { this.keyword = keyword; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public Retention getRetention() { return retention; }
    public void setRetention(Retention retention) { this.retention = retention; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
