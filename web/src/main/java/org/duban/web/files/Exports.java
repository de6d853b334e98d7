package org.duban.web.files;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.duban.archive.ArchiveSettingsService;
import org.duban.documents.Tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Sends a table shown on a page as Excel or PDF, with the page's own (translated) headers, in place of the page. */
@RequestScoped
public class Exports {

    public enum Format { XLSX, PDF }

    @EJB
    private ArchiveSettingsService settings;

    public void send(Format format, String fileName, String title, String subtitle, List<String> header,
                     List<List<String>> rows) {
        send(format, fileName, build(format, title, subtitle, header, rows));
    }

    /** The file alone, for a caller that records the export only once the file exists. */
    public byte[] build(Format format, String title, String subtitle, List<String> header, List<List<String>> rows) {
        return format == Format.XLSX ? Tables.xlsx(title, header, rows)
                : Tables.pdf(settings.current().getCollegeName(), title, subtitle, null, header, rows);
    }

    public void send(Format format, String fileName, byte[] bytes) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        try {
            Downloads.send(response, format == Format.XLSX ? Tables.XLSX : Tables.PDF,
                    fileName + (format == Format.XLSX ? ".xlsx" : ".pdf"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
