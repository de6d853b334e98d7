package org.duban.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * After an administrator's password reset, the person sees nothing but the password page until they have chosen a
 * new password. The flag is put in the session at sign-in and removed when the password is changed.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String MUST_CHANGE = "duban.mustChangePassword";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        // the container's decoded, normalised path: "/jakarta.faces.resource/../home.xhtml" is home.xhtml here
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean open = path.equals("/password.xhtml") || path.equals("/login.xhtml")
                || path.startsWith("/jakarta.faces.resource/");
        if (session != null && session.getAttribute(MUST_CHANGE) != null && !open) {
            response.sendRedirect(request.getContextPath() + "/password.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
