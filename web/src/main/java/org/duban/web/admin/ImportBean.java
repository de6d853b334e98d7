package org.duban.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.duban.organization.AccountImport;
import org.duban.organization.ImportReport;
import org.duban.web.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;

/** Bulk import of units or accounts: the file is checked whole; bad rows are listed, or the result is shown. */
@Named
@RequestScoped
public class ImportBean {

    @EJB
    private AccountImport accountImport;
    @Inject
    private Messages messages;

    private Part file;
    private ImportReport report;

    public void importFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            messages.error(null, "error.import.empty");
            return;
        }
        if (file.getSize() > AccountImport.MAX_BYTES) {
            messages.error(null, "error.import.tooLarge", AccountImport.MAX_BYTES / 1024 / 1024);
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = accountImport.importFile(file.getSubmittedFileName(), in.readAllBytes());
            if (report.imported()) {
                messages.info("page.import.done", report.unitsCreated(), report.accounts().size());
            } else {
                messages.error(null, "page.import.refused", report.problems().size());
            }
        }
    }

    /** A bad row's reason in the user's language. */
    public String reason(ImportReport.Problem problem) {
        return messages.text(problem.messageKey(), problem.arguments().toArray());
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public ImportReport getReport() { return report; }
}
