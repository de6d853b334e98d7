package org.duban.web.archive;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.archive.Dossier;
import org.duban.archive.Dossiers;
import org.duban.archive.Loans;
import org.duban.documents.DocumentKind;
import org.duban.item.SupervisionItem;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The item page's documents to print, and its dossier once filed: open it, or ask to borrow it. */
@Named
@ViewScoped
public class ItemArchiveBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Dossiers dossiers;
    @Inject
    private Loans loans;
    @Inject
    private Messages messages;

    private Long dossierId;
    private String archivalNumber;
    private boolean mayOpen;
    private boolean loaded;
    private String purpose;
    private LocalDate dueBack;

    public List<DocumentKind> documentsOf(SupervisionItem item) {
        return Arrays.stream(DocumentKind.values()).filter(kind -> kind.availableFor(item)).toList();
    }

    private void load(SupervisionItem item) {
        if (!loaded) {
            loaded = true;
            dossiers.ofItem(item.getId()).ifPresent(this::remember);
        }
    }

    private void remember(Dossier dossier) {
        dossierId = dossier.getId();
        archivalNumber = dossier.getArchivalNumber();
        mayOpen = dossiers.mayOpen(dossierId);
    }

    public String archivalNumberOf(SupervisionItem item) {
        load(item);
        return archivalNumber;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public boolean isMayOpen() {
        return mayOpen;
    }

    public void borrow() {
        loans.request(dossierId, purpose, dueBack);
        messages.info("page.loan.requested");
        purpose = null;
        dueBack = null;
    }

    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public LocalDate getDueBack() { return dueBack; }
    public void setDueBack(LocalDate dueBack) { this.dueBack = dueBack; }
}
