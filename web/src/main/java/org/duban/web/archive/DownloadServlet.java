package org.duban.web.archive;

import jakarta.ejb.EJB;
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
import org.duban.web.files.Downloads;
import org.duban.web.i18n.LanguageBean;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads, each checked by its service: an item's document ({@code /download/document/{item}/{KIND}}), a dossier
 * file ({@code /download/dossier/{id}/{file}}), a whole dossier ({@code /download/dossier/{id}.zip}) and what a
 * long job made, such as a catalogue ({@code /download/job/{id}}). Refused: 403; unknown: 404 (the services' refusals
 * become these in {@link org.duban.web.files.RefusedDownloads}); never a stack trace.
 */
@WebServlet("/download/*")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** An id: digits, few enough for a long. */
    private static final String ID = "(\\d{1,18})";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Pattern DOCUMENT = Pattern.compile("/document/" + ID + "/([A-Z_]+)");
    /** The editable Word copy of a document (the PDF stays the record). */
    private static final Pattern WORD = Pattern.compile("/document/" + ID + "/([A-Z_]+)\\.docx");
    private static final Pattern FILE = Pattern.compile("/dossier/" + ID + "/" + ID);
    private static final Pattern ZIP = Pattern.compile("/dossier/" + ID + "\\.zip");
    private static final Pattern JOB = Pattern.compile("/job/" + ID);
    private static final Pattern NOTICE = Pattern.compile("/notice/" + ID + "\\.pdf");
    private static final Pattern NOTICE_WORD = Pattern.compile("/notice/" + ID + "\\.docx");

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
        Matcher m;
        if ((m = DOCUMENT.matcher(path)).matches() && kind(m.group(2)).isPresent()) {
            Rendered pdf = documents.render(Long.parseLong(m.group(1)), kind(m.group(2)).get(), language.getLocale());
            Downloads.send(response, "application/pdf", pdf.fileName(), pdf.bytes());
        } else if ((m = WORD.matcher(path)).matches() && kind(m.group(2)).isPresent()) {
            Rendered word = documents.renderWord(Long.parseLong(m.group(1)), kind(m.group(2)).get(), language.getLocale());
            Downloads.send(response, DOCX, word.fileName(), word.bytes());
        } else if ((m = NOTICE_WORD.matcher(path)).matches()) {
            Rendered word = notices.word(Long.parseLong(m.group(1)));
            Downloads.send(response, DOCX, word.fileName(), word.bytes());
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
            Rendered pdf = notices.pdf(id); // as published, in Chinese
            Downloads.send(response, "application/pdf", pdf.fileName(), pdf.bytes());
        } else if ((m = JOB.matcher(path)).matches()) {
            JobFile file = jobs.file(Long.parseLong(m.group(1)));
            Downloads.send(response, file.getMediaType(), file.getFileName(), file.getBytes());
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static Optional<DocumentKind> kind(String name) {
        return Arrays.stream(DocumentKind.values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
