package org.duban.web.archive;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.archive.Aspect;
import org.duban.archive.Dossier;
import org.duban.archive.DossierAccess;
import org.duban.archive.DossierCorrection;
import org.duban.archive.Dossiers;
import org.duban.archive.IntegrityChecks;
import org.duban.archive.IntegrityReport;
import org.duban.web.i18n.Messages;
import org.duban.organization.Role;
import org.duban.web.security.UserBean;

import java.io.Serializable;
import java.util.List;

/** One dossier: its metadata and files, corrections, checks (archivists) and its access log (archivists). */
@Named
@ViewScoped
public class DossierBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Dossiers dossiers;
    @Inject
    private IntegrityChecks checks;
    @Inject
    private org.duban.web.people.PeopleBean people;
    @Inject
    private Messages messages;
    @Inject
    private UserBean user;

    private Long id;
    private Dossier dossier;
    private List<DossierCorrection> corrections = List.of();
    private List<DossierAccess> accessLog = List.of();
    private List<IntegrityReport> reports = List.of();
    private String correction;

    public void load() {
        if (id == null) {
            messages.error(null, "error.dossier.notFound");
            return;
        }
        // shown only once all of it is read: a refused dossier shows nothing
        Dossier viewed = dossiers.view(id);
        corrections = dossiers.corrections(id);
        if (isArchivist()) {
            accessLog = dossiers.accessLog(id);
            reports = checks.reportsOf(viewed.getArchivalNumber());
        }
        dossier = viewed;
    }

    public boolean isArchivist() {
        return user.holds(Role.Names.ARCHIVIST);
    }

    public void check() {
        IntegrityReport report = checks.checkOne(id);
        messages.info(report.passed() ? "page.dossier.checkPassed" : "page.dossier.checkFailed", report.getFindings().size());
        reports = checks.reportsOf(dossier.getArchivalNumber());
    }

    public void correct() {
        dossiers.correct(id, correction);
        correction = null;
        corrections = dossiers.corrections(id);
        messages.info("page.dossier.corrected");
    }

    public Aspect[] getAspects() {
        return Aspect.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Dossier getDossier() { return dossier; }

    /** Before the page is drawn: the filing clerk and everybody in the access log, read in one statement. */
    public void introducePeople() {
        if (dossier != null) {
            java.util.List<String> named = new java.util.ArrayList<>(accessLog.stream().map(DossierAccess::getUsername).toList());
            named.add(dossier.getFiledBy());
            reports.forEach(report -> named.add(report.getRanBy()));
            people.know(named);
        }
    }
    public List<DossierCorrection> getCorrections() { return corrections; }
    public List<DossierAccess> getAccessLog() { return accessLog; }
    public List<IntegrityReport> getReports() { return reports; }
    public String getCorrection() { return correction; }
    public void setCorrection(String correction) { this.correction = correction; }
}
