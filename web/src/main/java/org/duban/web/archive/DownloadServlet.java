package org.duban.web.archive;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.duban.archive.DossierFile;
import org.duban.archive.Dossiers;
import org.duban.assessment.NoticeBoard;
import org.duban.documents.DocumentKind;
import org.duban.documents.Documents;
import org.duban.documents.Rendered;
import org.duban.job.JobFile;
import org.duban.job.Jobs;
import org.duban.shared.AccessDeniedException;
import org.duban.shared.DomainException;
import org.duban.web.files.Downloads;
import org.duban.web.i18n.LanguageBean;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads, each checked by its service: an item's document ({@code /download/document/{item}/{KIND}}), a dossier
 * file ({@code /download/dossier/{id}/{file}}), a whole dossier ({@code /download/dossier/{id}.zip}) and what a
 * long job made, such as a catalogue ({@code /download/job/{id}}). Refused: 403; unknown: 404; never a stack trace.
 */
@WebServlet("/download/*")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern DOCUMENT = Pattern.compile("/document/(\\d+)/([A-Z_]+)");
    private static final Pattern FILE = Pattern.compile("/dossier/(\\d+)/(\\d+)");
    private static final Pattern ZIP = Pattern.compile("/dossier/(\\d+)\\.zip");
    private static final Pattern JOB = Pattern.compile("/job/(\\d+)");
    private static final Pattern NOTICE = Pattern.compile("/notice/(\\d+)\\.pdf");

    @EJB
    private Documents documents;
    @EJB
    private Dossiers dossiers;
    @EJB
    private Jobs jobs;
    @EJB
    private NoticeBoard notices;
    @Inject
    private LanguageBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Matcher m;
            if ((m = DOCUMENT.matcher(path)).matches()) {
                DocumentKind kind = DocumentKind.valueOf(m.group(2));
                long itemId = Long.parseLong(m.group(1));
                Rendered pdf = documents.render(itemId, kind, language.getLocale());
                Downloads.send(response, "application/pdf", pdf.fileName(), pdf.bytes());
            } else if ((m = FILE.matcher(path)).matches()) {
                DossierFile file = dossiers.file(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
                Downloads.send(response, file.getFormat().mediaType(), file.getName(), file.getBytes());
            } else if ((m = ZIP.matcher(path)).matches()) {
                long id = Long.parseLong(m.group(1));
                String name = dossiers.view(id).getArchivalNumber() + ".zip";
                response.setContentType("application/zip");
                Downloads.disposition(response, name);
                dossiers.writeZip(id, response.getOutputStream());
            } else if ((m = NOTICE.matcher(path)).matches()) {
                long id = Long.parseLong(m.group(1));
                java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle("org.duban.documents.documents",
                        language.getLocale());
                Rendered pdf = notices.pdf(id, java.util.List.of(texts.getString("doc.field.itemNumber"),
                        texts.getString("doc.field.title"), texts.getString("doc.field.leadUnit"),
                        texts.getString("doc.field.due")));
                Downloads.send(response, "application/pdf", pdf.fileName(), pdf.bytes());
            } else if ((m = JOB.matcher(path)).matches()) {
                JobFile file = jobs.file(Long.parseLong(m.group(1)));
                Downloads.send(response, file.getMediaType(), file.getFileName(), file.getBytes());
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (DomainException | IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
