package org.duban.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.duban.settings.SettingsService;

import java.io.IOException;

/**
 * The headers every answer carries: no plugins, no framing by other sites, no guessing of content types, no
 * full addresses leaked to other sites, no copy of a private page kept by the browser. PrimeFaces writes inline scripts, so the policy does not forbid those.
 * The one exception: the to-do widget ({@value #WIDGET}) may be framed by the portal's addresses that the
 * administrator lists ({@code frame-ancestors}, and no {@code X-Frame-Options}, which cannot name them).
 */
// FORWARD too: a protected address answers with the sign-in form by forwarding to it (the mechanism, before any
// filter of the request), and ERROR: the error pages are answers as well
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";
    /** The page the college portal embeds. */
    public static final String WIDGET = "/widget.xhtml";

    @EJB
    private SettingsService settings;

    /** The headers every answer carries, on an answer written before (or without) this filter. */
    public static void applyTo(HttpServletResponse response) {
        applyTo(response, "");
    }

    /** The headers, with {@code portal} (origins separated by spaces, or empty) allowed to frame the answer. */
    private static void applyTo(HttpServletResponse response, String portal) {
        response.setHeader("Content-Security-Policy", portal.isEmpty() ? POLICY
                : POLICY.replace("frame-ancestors 'self'", "frame-ancestors 'self' " + portal));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (portal.isEmpty()) {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applyTo(response, WIDGET.equals(request.getServletPath())
                ? String.join(" ", settings.current().getPortalOrigins()) : "");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            // Pages are private: after signing out, the back button must ask the server again, not show a copy.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
