package org.duban.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person typed into a form they sent after their session had ended (the idle timeout): kept in the new
 * session while they sign in again, then put back into the same page's fields ({@link KeptFormRestorer}). Passwords,
 * files and the page's state are not kept.
 *
 * @param page   the address to go back to after signing in: the page the form was on (its Referer, when it is one
 *               of ours), else the address it was sent to
 * @param fields each field's client id and the values sent
 */
public record KeptForm(String page, Map<String, String[]> fields) implements Serializable {

    static final String SESSION_KEY = KeptForm.class.getName();

    /** Set on the request whose page the kept text was put back into: the form's client id. */
    public static final String RESTORED_FORM = KeptForm.class.getName() + ".restored";

    /** The form the request carries, if it is a Faces form post (it has a view state). */
    /** At most this many characters are kept (a form is a few thousand); a larger post keeps nothing. */
    private static final int LIMIT = 100_000;

    /**
     * The form the request carries, if it is a Faces form post sent after the person's session ended (the browser
     * names a session the server no longer has) from one of our own pages (the browser says so: Sec-Fetch-Site or
     * Origin), and not larger than {@link #LIMIT} characters; otherwise none.
     */
    static KeptForm of(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || request.getRequestedSessionId() == null
                || request.isRequestedSessionIdValid() || !sameOrigin(request)) {
            return null;
        }
        if (request.getCharacterEncoding() == null) {
            try {
                // every page is UTF-8; read before Faces sets it, the parts would be read as ISO-8859-1 (mojibake)
                request.setCharacterEncoding("UTF-8");
            } catch (java.io.UnsupportedEncodingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        if (request.getParameter("jakarta.faces.ViewState") == null) {
            return null;
        }
        Map<String, String[]> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.startsWith("jakarta.faces.") && !name.startsWith("javax.faces.") && !name.startsWith("primefaces.")
                    && !name.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                fields.put(name, values.clone());
            }
        });
        long size = fields.entrySet().stream().mapToLong(field -> field.getKey().length()
                + java.util.Arrays.stream(field.getValue()).mapToLong(String::length).sum()).sum();
        return size > LIMIT ? null : new KeptForm(returnAddress(request), fields);
    }

    /** Sent by a page of ours: the browser's Sec-Fetch-Site, or where it has none, its Origin. */
    private static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equals(site);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String own = request.getScheme() + "://" + request.getServerName();
        int port = request.getServerPort();
        boolean defaultPort = port == 80 && "http".equals(request.getScheme()) || port == 443 && "https".equals(request.getScheme());
        return origin.equals(defaultPort ? own : own + ":" + port);
    }

    /** The page the form was on, when the browser says so and it is ours; else where the form was sent. */
    private static String returnAddress(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath();
                if (path != null && path.startsWith(request.getContextPath() + "/") && !path.contains("login.xhtml")) {
                    return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException notAnAddress) {
                // fall back to the address the form was sent to
            }
        }
        return request.getRequestURI();
    }

    /** Is this request for the page the form was on (its path and query)? */
    boolean isFor(HttpServletRequest request) {
        String query = request.getQueryString();
        return page.equals(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
