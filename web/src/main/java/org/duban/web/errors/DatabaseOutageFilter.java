package org.duban.web.errors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A request that failed because the database cannot be reached gets {@link UnavailablePage} instead of web.xml's
 * error page, which would fail the same way (its header counts the person's to-dos). Any other failure goes on to
 * the error page as before. (Most requests during an outage never get here: the sign-in mechanism reads the account
 * first and answers itself; this is for a database lost while a page was being made. An ajax request lost so gets
 * PrimeFaces' error dialog with an error id.)
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (response.isCommitted() || !DatabaseOutage.explains(failure)) {
                throw failure;
            }
            UnavailablePage.send(request, response);
        }
    }
}
