package org.duban.web.files;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.duban.item.Attachment;
import org.duban.item.ItemQueries;

import java.io.IOException;

/**
 * Downloads an attachment under its original name, for whoever may see its item (the service checks), from the
 * database: files never lie under the web root. A refusal is answered 403 or 404 ({@link RefusedDownloads}).
 */
@WebServlet("/files/*")
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ItemQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment attachment = queries.attachment(id);
        Downloads.send(response, attachment.getContentType() == null ? "application/octet-stream"
                : attachment.getContentType(), attachment.getFileName(), attachment.getBytes());
    }
}
