package org.duban.web.files;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.duban.web.errors.Refused;

import java.io.IOException;

/**
 * A download the services refuse is answered as a refusal, not an error: 403 when the caller's role or the object
 * is refused (the 403 page records it in the audit trail), 404 when there is no such thing (or not yet). Anything else
 * goes on to the error page.
 */
@WebFilter(urlPatterns = {"/files/*", "/download/*"})
public class RefusedDownloads extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException failure) {
            Refused refused = Refused.in(failure).filter(r -> !response.isCommitted()).orElseThrow(() -> failure);
            response.sendError(refused.status());
        }
    }
}
