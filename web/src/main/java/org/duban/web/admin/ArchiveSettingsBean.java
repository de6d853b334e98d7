package org.duban.web.admin;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.archive.ArchiveSettings;
import org.duban.archive.ArchiveSettingsService;
import org.duban.archive.Retention;
import org.duban.item.Category;
import org.duban.web.errors.ConcurrentChange;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** The administrator's archive settings: the college's name, 全宗号, 门类代码, office code, 责任者, retention per category. */
@Named
@ViewScoped
public class ArchiveSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArchiveSettingsService service;
    @Inject
    private Messages messages;

    private int version;
    private String collegeName;
    private String fonds;
    private String categoryCode;
    private String officeCode;
    private String responsible;
    /** Retention names per category (a map's values reach Faces untyped, so they stay strings here). */
    private final Map<Category, String> retentions = new EnumMap<>(Category.class);

    public void load() {
        ArchiveSettings settings = service.current();
        version = settings.getVersion();
        collegeName = settings.getCollegeName();
        fonds = settings.getFonds();
        categoryCode = settings.getCategoryCode();
        officeCode = settings.getOfficeCode();
        responsible = settings.getResponsible();
        for (Category category : Category.values()) {
            retentions.put(category, settings.defaultRetention(category).name());
        }
    }

    public void save() {
        Map<Category, Retention> defaults = new EnumMap<>(Category.class);
        retentions.forEach((category, retention) -> defaults.put(category, Retention.valueOf(retention)));
        service.change(version, collegeName, fonds, categoryCode, officeCode, responsible, defaults);
        load();
        messages.info("page.archiveSettings.saved");
    }

    /** Someone else changed the settings meanwhile: show them as they are now. */
    void concurrentlyChanged(@Observes(notifyObserver = Reception.IF_EXISTS) ConcurrentChange change) {
        load();
    }

    public Category[] getCategories() { return Category.values(); }
    public Map<Category, String> getRetentions() { return retentions; }
    public String getCollegeName() { return collegeName; }
    public void setCollegeName(String collegeName) { this.collegeName = collegeName; }
    public String getFonds() { return fonds; }
    public void setFonds(String fonds) { this.fonds = fonds; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getOfficeCode() { return officeCode; }
    public void setOfficeCode(String officeCode) { this.officeCode = officeCode; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
}
