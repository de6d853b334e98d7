package org.duban.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.duban.audit.Origin;

import java.io.IOException;

/**
 * Tells the audit trail where each request comes from: the address the server saw. (Behind a reverse proxy that is
 * the proxy; the server's own settings decide whether a forwarded address is trusted.)
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestOrigin extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private Origin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (origin.address() == null) {
            origin.from(request.getRemoteAddr());
        }
        chain.doFilter(request, response);
    }

    /**
     * The application's address as the client reached it, {@code https://host:port/duban} (no slash at the end): for
     * addresses given to other programs (a calendar feed, the identity service's return addresses).
     */
    public static String application(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
